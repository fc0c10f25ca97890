import { z } from "zod";
import { code, issueMessage, optionalEmail, optionalPhone, optionalText, requiredText } from "../kit/validation/fields";
import { dateField } from "../kit/validation/date-fields";
import { editVersion } from "../kit/validation/version";
import { serviceLanguages } from "~/network-map/public";

/** What of the client the referral may carry: each only when the client agreed to share it. */
export const sharableFields = ["name", "phone", "email", "language", "background"] as const;
export type SharableField = (typeof sharableFields)[number];

/** sent → accepted or declined; an accepted one gets its outcome and is completed. */
export const referralStatuses = ["sent", "accepted", "declined", "completed"] as const;
export type ReferralStatus = (typeof referralStatuses)[number];

/** What the receiving organisation did: booking links come with the booking feature; until then "time booked" is recorded here. */
export const referralOutcomes = ["contacted", "time_booked", "no_answer", "client_declined"] as const;

/** The longest consent a referral records: sharing never goes on without an end. */
export const maxConsentDays = 366;

export const referralLimits = { purpose: 1000, background: 2000, reason: 1000, name: 120 } as const;

export const referralInput = z
  .object({
    fromOrganizationId: z.uuid({ message: issueMessage("validation.uuid") }),
    serviceId: z.uuid({ message: issueMessage("referrals.chooseService") }),
    sharedFields: z.array(code(sharableFields)).default([]),
    purpose: requiredText(referralLimits.purpose),
    consentUntil: dateField("referrals.consentUntil"),
    consent: z.literal("yes", { message: issueMessage("referrals.consentRequired") }),
    clientName: optionalText(referralLimits.name),
    clientPhone: optionalPhone,
    clientEmail: optionalEmail,
    clientLanguage: z
      .string()
      .optional()
      .transform((v) => v || undefined)
      .pipe(code(serviceLanguages).optional()),
    background: optionalText(referralLimits.background),
  })
  .superRefine((v, ctx) => {
    const shared = new Set(v.sharedFields);
    // The partner must know whom to contact and how: the name and one way to reach the client.
    if (!shared.has("name")) ctx.addIssue({ code: "custom", path: ["sharedFields"], message: issueMessage("referrals.nameMustBeShared") });
    if (!shared.has("phone") && !shared.has("email"))
      ctx.addIssue({ code: "custom", path: ["sharedFields"], message: issueMessage("referrals.contactMustBeShared") });
    const given: Record<SharableField, unknown> = {
      name: v.clientName,
      phone: v.clientPhone,
      email: v.clientEmail,
      language: v.clientLanguage,
      background: v.background,
    };
    const path: Record<SharableField, string> = {
      name: "clientName",
      phone: "clientPhone",
      email: "clientEmail",
      language: "clientLanguage",
      background: "background",
    };
    for (const field of shared) if (!given[field]) ctx.addIssue({ code: "custom", path: [path[field]], message: issueMessage("referrals.sharedButEmpty") });
  });
/** The form as sent: strings, and the ticked shared fields; judged by `referralInput`. */
export type ReferralInput = Partial<Record<Exclude<keyof z.input<typeof referralInput>, "sharedFields">, string>> & { sharedFields?: string[] };

export const responseInput = z
  .object({
    decision: z.enum(["accept", "decline"], { message: "validation.invalid" }),
    declineReason: optionalText(referralLimits.reason),
    version: editVersion,
  })
  .refine((v) => v.decision === "accept" || !!v.declineReason, { path: ["declineReason"], message: issueMessage("referrals.reasonRequired") });

export const outcomeInput = z.object({ outcome: code(referralOutcomes), version: editVersion });
