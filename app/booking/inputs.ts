import { z } from "zod";
import { languages } from "../kit/i18n/languages";
import { code, codes, issueMessage, optionalEmail, optionalPhone, optionalText, requiredText, uuid } from "../kit/validation/fields";

/** The channels a booked time can be had in (a subset of the network map's channel codes). */
export const bookingChannels = ["in_person", "phone", "video"] as const;
export type BookingChannel = (typeof bookingChannels)[number];

export const bookingKinds = ["individual", "group"] as const;
export const bookingScopes = ["practitioner", "organization"] as const;

export const bookingLimits = { name: 120, note: 500, reason: 200, template: 300, rules: 21, exceptions: 60 } as const;

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: issueMessage("booking.badTime") });

/** A date and time from the citizen's form or the API: ISO 8601 with an offset (or Z). */
const instant = z
  .string({ message: issueMessage("validation.required") })
  .max(40)
  .refine((v) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(v) && !Number.isNaN(Date.parse(v)), {
    message: issueMessage("booking.badStart"),
  })
  .transform((v) => new Date(v));

/**
 * What a citizen sends to book a time (the form and `POST /api/v1/bookings`). An e-mail address or
 * a phone number is needed, and the consent; the note is short and optional.
 */
export const bookingInput = z
  .object({
    bookableServiceId: uuid,
    start: instant,
    channel: code(bookingChannels),
    /** A named practitioner, or none for "the first free one". */
    practitionerId: uuid.optional(),
    name: requiredText(bookingLimits.name),
    email: optionalEmail,
    phone: optionalPhone,
    note: optionalText(bookingLimits.note),
    language: z.enum(languages, { message: issueMessage("validation.invalid") }),
    consent: z.literal(true, { message: issueMessage("booking.consentRequired") }),
  })
  .refine((v) => v.email || v.phone, { message: issueMessage("booking.contactRequired"), path: ["email"] });
export type BookingInput = z.input<typeof bookingInput>;

export const weeklyRuleInput = z
  .object({ weekday: z.coerce.number().int().min(1).max(7), startsAt: time, endsAt: time })
  .refine((r) => r.startsAt < r.endsAt, { message: issueMessage("booking.badTimeOrder"), path: ["endsAt"] });

export const exceptionInput = z
  .object({
    day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: issueMessage("booking.badDate") }),
    startsAt: time.nullable(),
    endsAt: time.nullable(),
  })
  .refine((e) => (e.startsAt === null) === (e.endsAt === null) && (e.startsAt === null || e.startsAt < e.endsAt!), {
    message: issueMessage("booking.badTimeOrder"),
    path: ["endsAt"],
  });

/** A bookable service as its publisher saves it. */
export const bookableServiceInput = z
  .object({
    serviceId: uuid,
    scope: code(bookingScopes),
    kind: code(bookingKinds),
    capacity: z.coerce
      .number()
      .int()
      .min(1, { message: issueMessage("booking.badNumber") })
      .max(500, { message: issueMessage("booking.badNumber") }),
    practitionerIds: z
      .array(uuid)
      .min(1, { message: issueMessage("booking.practitionerRequired") })
      .max(200),
    durationMinutes: z.coerce
      .number()
      .int()
      .min(5, { message: issueMessage("booking.badNumber") })
      .max(480, { message: issueMessage("booking.badNumber") }),
    bufferMinutes: z.coerce
      .number()
      .int()
      .min(0)
      .max(240, { message: issueMessage("booking.badNumber") }),
    minimumNoticeHours: z.coerce
      .number()
      .int()
      .min(0)
      .max(24 * 60, { message: issueMessage("booking.badNumber") }),
    horizonDays: z.coerce
      .number()
      .int()
      .min(1, { message: issueMessage("booking.badNumber") })
      .max(365, { message: issueMessage("booking.badNumber") }),
    dailyCap: z.coerce
      .number()
      .int()
      .min(1, { message: issueMessage("booking.badNumber") })
      .max(100)
      .nullable(),
    channels: codes(bookingChannels).refine((v) => v.length > 0, { message: issueMessage("booking.channelRequired") }),
    servicePointId: uuid.nullable(),
    phone: optionalPhone,
    languages: z
      .array(z.string().regex(/^[a-z]{2}$/))
      .min(1, { message: issueMessage("booking.languageRequired") })
      .max(20),
    topics: z.array(z.string().max(60)).max(30),
    weekly: z.array(weeklyRuleInput).max(bookingLimits.rules),
    exceptions: z.array(exceptionInput).max(bookingLimits.exceptions),
  })
  .refine((v) => !v.channels.includes("in_person") || v.servicePointId, { message: issueMessage("booking.servicePointRequired"), path: ["servicePointId"] })
  .refine((v) => !v.channels.includes("phone") || v.phone, { message: issueMessage("booking.phoneRequired"), path: ["phone"] })
  .refine((v) => v.scope === "organization" || v.practitionerIds.length === 1, { message: issueMessage("booking.onePractitioner"), path: ["practitionerIds"] })
  .refine((v) => v.kind === "group" || v.capacity === 1, { message: issueMessage("booking.capacityIndividual"), path: ["capacity"] });
export type BookableServiceInput = z.input<typeof bookableServiceInput>;

export const meetingLinkInput = z.object({
  organizationId: uuid,
  template: z
    .string()
    .trim()
    .max(bookingLimits.template, { message: issueMessage("validation.tooLong", { max: bookingLimits.template }) })
    .refine((v) => /^https:\/\/[^\s]+$/.test(v) && v.includes("{booking}"), { message: issueMessage("booking.badTemplate", { placeholder: "{booking}" }) }),
});

export const blockInput = z
  .object({
    practitionerId: uuid,
    startsAt: instant,
    endsAt: instant,
    reason: optionalText(bookingLimits.reason),
  })
  .refine((b) => b.startsAt < b.endsAt, { message: issueMessage("booking.badTimeOrder"), path: ["endsAt"] });

export const practitionerStatuses = ["held", "no_show", "cancelled"] as const;
export const statusInput = z.object({ bookingId: uuid, status: code(practitionerStatuses), version: z.coerce.number().int() });
export const moveInput = z.object({ bookingId: uuid, start: instant, version: z.coerce.number().int() });

/** The slots API's period: at most the six weeks a page or a client needs at once. */
export const slotPeriodInput = z
  .object({
    from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: issueMessage("booking.badDate") }),
    to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: issueMessage("booking.badDate") }),
  })
  .refine((p) => p.from <= p.to && Date.parse(p.to) - Date.parse(p.from) <= 42 * 86_400_000, { message: issueMessage("booking.badPeriod"), path: ["to"] });
