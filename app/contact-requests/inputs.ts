import { z } from "zod";
import { code, issueMessage, optionalEmail, optionalPhone, requiredText } from "../kit/validation/fields";
import { editVersion } from "../kit/validation/version";
import { languages } from "../kit/i18n/languages";
import { serviceLanguages, topics } from "~/network-map/public";

/** How the citizen wishes to be contacted, and how the practitioner answered. */
export const contactChannels = ["phone", "email", "video", "visit"] as const;
export type ContactChannel = (typeof contactChannels)[number];

/** received → handling (claimed) → answered → closed; withdrawn by the citizen at any point before closing. */
export const requestStatuses = ["received", "handling", "answered", "closed", "withdrawn"] as const;
export type RequestStatus = (typeof requestStatuses)[number];
/** The queue page's views: waiting for an answer, answered but open, and closed or withdrawn. */
export const queueViews = ["open", "answered", "closed"] as const;
export type QueueView = (typeof queueViews)[number];

/** "Other" for a topic the service's own list does not name. */
export const requestTopics = [...topics, "other"] as const;

/** Lengths of the public form's fields; the whole post is limited too (the route reads at most this many bytes). */
export const requestLimits = { name: 120, preferredTimes: 300, note: 1000, formBytes: 16_384 } as const;

const consent = z.literal("yes", { message: issueMessage("contactRequests.consentRequired") });

/** What a citizen sends with the public form. */
export const requestInput = z
  .object({
    serviceId: z.uuid({ message: issueMessage("validation.uuid") }),
    topic: code(requestTopics),
    language: code(serviceLanguages),
    channel: code(contactChannels),
    preferredTimes: requiredText(requestLimits.preferredTimes),
    name: requiredText(requestLimits.name),
    phone: optionalPhone,
    email: optionalEmail,
    note: z
      .string()
      .trim()
      .max(requestLimits.note, { message: issueMessage("validation.tooLong", { max: requestLimits.note }) })
      .optional()
      .transform((v) => v || undefined),
    consent,
    pageLanguage: z.enum(languages, { message: "validation.invalid" }),
  })
  // The channel the citizen asks for needs the detail to use it; some way back is always needed.
  .superRefine((v, ctx) => {
    if (!v.phone && !v.email) ctx.addIssue({ code: "custom", path: ["phone"], message: issueMessage("contactRequests.contactNeeded") });
    if ((v.channel === "phone" || v.channel === "visit") && !v.phone && v.email)
      ctx.addIssue({ code: "custom", path: ["phone"], message: issueMessage("contactRequests.phoneNeeded") });
    if (v.channel === "email" && !v.email) ctx.addIssue({ code: "custom", path: ["email"], message: issueMessage("contactRequests.emailNeeded") });
  });
/** The form as sent: every field a string, judged by `requestInput`. */
export type RequestInput = Partial<Record<keyof z.input<typeof requestInput>, string>>;

export const claimInput = z.object({ version: editVersion });
export const answerInput = z.object({ answerChannel: code(contactChannels), version: editVersion });
export const closeInput = z.object({ version: editVersion });
export const queueSettingInput = z.object({ regionCode: requiredText(40), sharedQueue: z.enum(["yes", "no"], { message: "validation.invalid" }) });
