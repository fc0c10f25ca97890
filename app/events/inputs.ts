import { z } from "zod";
import { languages } from "../kit/i18n/languages";
import { dateField, optionalDateField, timeField } from "../kit/validation/date-fields";
import { code, issueMessage, limits, localizedText, optionalText, optionalUrl, requiredText, uuid } from "../kit/validation/fields";
import { editVersion } from "../kit/validation/version";

export const eventKinds = ["training", "info_session", "industry_day"] as const;
export type EventKind = (typeof eventKinds)[number];
export const eventAudiences = ["practitioners", "citizens", "companies"] as const;
export type EventAudience = (typeof eventAudiences)[number];
export const eventVisibilities = ["public", "network"] as const;

export const eventLimits = { name: 120, organization: 200, comment: 2000, capacity: 5000, formBytes: 8_000 } as const;

const regionCode = z.string().regex(/^maakunta_\d{2}$/, { message: "validation.invalid" });
const wholeNumber = (min: number, max: number) =>
  z.coerce
    .number({ message: "validation.invalid" })
    .int({ message: "validation.invalid" })
    .min(min, { message: issueMessage("events.validation.between", { min, max }) })
    .max(max, { message: issueMessage("events.validation.between", { min, max }) });

/**
 * An event as the work form sends it: days and times as people in Finland type them, wall-clock
 * time in Finland; the end day defaults to the start day. Registration closes at the end of its day.
 */
export const eventInput = z
  .object({
    version: editVersion,
    kind: code(eventKinds),
    audience: code(eventAudiences),
    visibility: code(eventVisibilities),
    regionCode,
    organizerId: uuid,
    title: localizedText({ required: true }),
    description: localizedText({ max: limits.longText }),
    servicePointId: z.union([z.literal("").transform(() => undefined), uuid]).optional(),
    address: optionalText(300),
    remoteUrl: optionalUrl,
    date: dateField("events.date"),
    startTime: timeField("events.startTime"),
    endDate: optionalDateField("events.endDate"),
    endTime: timeField("events.endTime"),
    capacity: wholeNumber(1, eventLimits.capacity),
    registrationOpens: optionalDateField("events.registrationOpens"),
    registrationCloses: optionalDateField("events.registrationCloses"),
  })
  .refine((v) => `${v.endDate ?? v.date}T${v.endTime}` > `${v.date}T${v.startTime}`, {
    message: issueMessage("events.validation.endBeforeStart"),
    path: ["endTime"],
  })
  .refine((v) => v.servicePointId || v.address || v.remoteUrl, { message: issueMessage("events.validation.placeRequired"), path: ["address"] });
export type EventInput = z.input<typeof eventInput>;
export type ParsedEvent = z.output<typeof eventInput>;

export const sessionInput = z
  .object({
    date: dateField("events.date"),
    startTime: timeField("events.startTime"),
    endTime: timeField("events.endTime"),
    title: localizedText({ required: true }),
    speaker: optionalText(),
  })
  .refine((v) => v.endTime > v.startTime, { message: issueMessage("events.validation.endBeforeStart"), path: ["endTime"] });
export type SessionInput = z.input<typeof sessionInput>;

/**
 * What a person sends to register (no account): an e-mail address is needed, as the confirmation,
 * the cancellation link and a promotion from the waiting list all go there.
 */
export const registrationInput = z.object({
  eventId: uuid,
  name: requiredText(eventLimits.name),
  email: requiredText(limits.email).pipe(z.email({ message: issueMessage("validation.email") })),
  organizationName: optionalText(eventLimits.organization),
  language: z.enum(languages, { message: issueMessage("validation.invalid") }),
  consent: z.literal(true, { message: issueMessage("events.validation.consent") }),
});
export type RegistrationInput = z.input<typeof registrationInput>;

export const feedbackInput = z.object({
  rating: wholeNumber(1, 5),
  comment: optionalText(eventLimits.comment),
});
export type FeedbackInput = z.input<typeof feedbackInput>;
