import { z } from "zod";
import { code, issueMessage, requiredText } from "../kit/validation/fields";
import { serviceLanguages, topics } from "~/network-map/public";

/** queued → active (someone on duty took it) → ended. */
export const chatStatuses = ["queued", "active", "ended"] as const;
export type ChatStatus = (typeof chatStatuses)[number];

/** The languages a chat is offered in: the service languages. */
export const chatLanguages = serviceLanguages;
/** "Other" for a question outside the topic list. */
export const chatTopics = [...topics, "other"] as const;
/** What the chat was about, told by the practitioner at the end, for the statistics. */
export const endTopics = chatTopics;

/** Lengths: a message is a chat line, not a letter; the whole post is limited too. */
export const chatLimits = { firstName: 60, message: 2000, formBytes: 8192, cannedTitle: 80, cannedBody: 2000, swapNote: 300 } as const;

/** A chat may be resumed from the same browser this long after its last activity. */
export const resumeMinutes = 10;

const optionalFirstName = z
  .string()
  .trim()
  .max(chatLimits.firstName, { message: issueMessage("validation.tooLong", { max: chatLimits.firstName }) })
  .optional()
  .transform((v) => v || undefined);

/** The citizen's one start step. */
export const startInput = z.object({
  regionCode: requiredText(40),
  language: code(chatLanguages),
  topic: code(chatTopics),
  firstName: optionalFirstName,
  serviceId: z.uuid({ message: issueMessage("validation.uuid") }).optional(),
});
/** The form as sent: every field a string, judged by `startInput`. */
export type StartInput = Partial<Record<keyof z.input<typeof startInput>, string>>;

export const messageInput = z.object({ body: requiredText(chatLimits.message) });

export const endInput = z.object({ endTopic: code(endTopics) });

export const transferInput = z.object({ toShiftId: z.uuid({ message: issueMessage("validation.uuid") }) });

const instant = z.iso.datetime({ offset: true, message: issueMessage("validation.invalid") }).transform((v) => new Date(v));

export const shiftInput = z
  .object({
    regionCode: requiredText(40),
    organizationId: z.uuid({ message: issueMessage("validation.uuid") }),
    userId: requiredText(100),
    startsAt: instant,
    endsAt: instant,
    languages: z.array(code(chatLanguages)).min(1, { message: issueMessage("chatRoster.languagesRequired") }),
    topics: z.array(code(chatTopics)),
  })
  .refine((v) => v.endsAt > v.startsAt, { path: ["endsAt"], message: issueMessage("chatRoster.endBeforeStart") });
export type ShiftInput = Omit<Partial<Record<keyof z.input<typeof shiftInput>, string>>, "languages" | "topics"> & { languages?: string[]; topics?: string[] };

export const swapInput = z.object({
  note: z
    .string()
    .trim()
    .max(chatLimits.swapNote, { message: issueMessage("validation.tooLong", { max: chatLimits.swapNote }) })
    .optional()
    .transform((v) => v || undefined),
});

export const cannedInput = z.object({
  regionCode: requiredText(40),
  language: code(chatLanguages),
  title: requiredText(chatLimits.cannedTitle),
  body: requiredText(chatLimits.cannedBody),
});

export const regionSettingInput = z.object({
  regionCode: requiredText(40),
  autoAssign: z.enum(["yes", "no"], { message: "validation.invalid" }),
  maxParallel: z.coerce
    .number({ message: issueMessage("validation.invalid") })
    .int({ message: issueMessage("validation.invalid") })
    .min(1, { message: issueMessage("validation.invalid") })
    .max(10, { message: issueMessage("validation.invalid") }),
});
