import { z } from "zod";
import { code, dateField, issueMessage, limits, optionalDateField, optionalText, optionalUrl, requiredText, uuid } from "../../kit/validation/fields";

// Keys outside "validation." travel as JSON, the form issuesFromZod reads.

export const agendaStatuses = ["proposed", "accepted", "rejected"] as const;
export type AgendaStatus = (typeof agendaStatuses)[number];
export const minutesStatuses = ["draft", "circulated", "approved"] as const;
export type MinutesStatus = (typeof minutesStatuses)[number];
export const actionStatuses = ["open", "in_progress", "done"] as const;
export type ActionStatus = (typeof actionStatuses)[number];

const isoDate = dateField(issueMessage("governance.validation.date"), { trim: true });
const clock = z
  .string({ message: issueMessage("meetings.validation.time") })
  .trim()
  .regex(/^([01]\d|2[0-3])[:.][0-5]\d$/, { message: issueMessage("meetings.validation.time") })
  .transform((v) => v.replace(".", ":"));
const optionalDate = optionalDateField(isoDate);
const version = z.coerce.number({ message: "validation.invalid" }).int().min(1);

/** A meeting in the year plan; times are local time in Finland. */
export const meetingInput = z
  .object({
    date: isoDate,
    startTime: clock,
    endTime: clock,
    place: optionalText(),
    onlineUrl: optionalUrl,
    theme: requiredText(),
    agendaDeadline: isoDate,
  })
  .refine((m) => m.endTime > m.startTime, { message: issueMessage("meetings.validation.endBeforeStart"), path: ["endTime"] })
  .refine((m) => !!m.place || !!m.onlineUrl, { message: issueMessage("meetings.validation.placeOrLink"), path: ["place"] })
  .refine((m) => m.agendaDeadline <= m.date, { message: issueMessage("meetings.validation.deadlineAfterMeeting"), path: ["agendaDeadline"] });
export type MeetingInput = z.input<typeof meetingInput>;

export const agendaItemInput = z.object({
  title: requiredText(),
  description: optionalText(limits.longText),
  /** A sub-group on whose behalf the item is proposed. */
  proposedByGroupId: uuid.optional(),
});
export type AgendaItemInput = z.input<typeof agendaItemInput>;

/** The whole agenda as the chair or secretary saves it: each item's status and place in the order. */
export const agendaInput = z.object({
  version,
  items: z
    .array(
      z.object({
        id: uuid,
        // Any text a form sends; the list decides (so a form needs no cast to pass it on).
        status: z.string().pipe(code(agendaStatuses)),
        position: z.coerce.number({ message: "validation.invalid" }).int({ message: "validation.invalid" }).min(1, { message: "validation.invalid" }).max(999, { message: "validation.invalid" }),
      }),
    )
    .max(500),
});
export type AgendaInput = z.input<typeof agendaInput>;

export const minutesInput = z.object({
  version,
  text: z.string().max(100_000, { message: issueMessage("validation.tooLong", { max: 100_000 }) }),
});
export type MinutesInput = z.input<typeof minutesInput>;

export const decisionInput = z.object({
  version,
  decision: z.string().trim().max(limits.longText, { message: issueMessage("validation.tooLong", { max: limits.longText }) }),
});
export type DecisionInput = z.input<typeof decisionInput>;

export const actionItemInput = z.object({
  description: requiredText(limits.longText),
  owner: requiredText(),
  organizationId: uuid.optional(),
  dueOn: optionalDate,
  status: code(actionStatuses).default("open"),
});
export type ActionItemInput = z.input<typeof actionItemInput>;

export const attendanceInput = z.object({ present: z.array(uuid).max(500).transform((v) => [...new Set(v)]) });
export type AttendanceInput = z.input<typeof attendanceInput>;

/** The offset of Finnish time from UTC at a moment, in minutes (120 in winter, 180 in summer). */
function helsinkiOffsetMinutes(at: Date): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Helsinki", hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const local = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return Math.round((local - at.getTime()) / 60_000);
}

/** A wall-clock time in Finland ("2026-03-12", "13:00") as an instant. */
export function finnishTime(date: string, time: string): Date {
  const naive = new Date(`${date}T${time}:00Z`);
  const first = new Date(naive.getTime() - helsinkiOffsetMinutes(naive) * 60_000);
  return new Date(naive.getTime() - helsinkiOffsetMinutes(first) * 60_000);
}

/** An instant as Finnish wall-clock date and time. */
export function finnishParts(at: Date): { date: string; time: string } {
  const local = new Date(at.getTime() + helsinkiOffsetMinutes(at) * 60_000).toISOString();
  return { date: local.slice(0, 10), time: local.slice(11, 16) };
}

/** The agenda deadline is the end of its day in Finland. */
export const deadlineOf = (date: string) => new Date(finnishTime(date, "23:59").getTime() + 59_999);
