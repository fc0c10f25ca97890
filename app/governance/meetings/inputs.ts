import { z } from "zod";
import { endOfDayInFinland } from "../../kit/dates/calendar";
import { dateField, optionalDateField, timeField } from "../../kit/validation/date-fields";
import { code, issueMessage, limits, optionalText, optionalUrl, requiredText, uuid } from "../../kit/validation/fields";

// Keys outside "validation." travel as JSON, the form issuesFromZod reads.

export const agendaStatuses = ["proposed", "accepted", "rejected"] as const;
export type AgendaStatus = (typeof agendaStatuses)[number];
export const minutesStatuses = ["draft", "circulated", "approved"] as const;
export type MinutesStatus = (typeof minutesStatuses)[number];
export const actionStatuses = ["open", "in_progress", "done"] as const;
export type ActionStatus = (typeof actionStatuses)[number];

const version = z.coerce.number({ message: "validation.invalid" }).int().min(1);

/** A meeting in the year plan; times are local time in Finland. */
export const meetingInput = z
  .object({
    date: dateField("meetings.date"),
    startTime: timeField("meetings.startTime"),
    endTime: timeField("meetings.endTime"),
    place: optionalText(),
    onlineUrl: optionalUrl,
    theme: requiredText(),
    agendaDeadline: dateField("meetings.agendaDeadline"),
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
        position: z.coerce
          .number({ message: "validation.invalid" })
          .int({ message: "validation.invalid" })
          .min(1, { message: "validation.invalid" })
          .max(999, { message: "validation.invalid" }),
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
  decision: z
    .string()
    .trim()
    .max(limits.longText, { message: issueMessage("validation.tooLong", { max: limits.longText }) }),
});
export type DecisionInput = z.input<typeof decisionInput>;

export const actionItemInput = z.object({
  description: requiredText(limits.longText),
  owner: requiredText(),
  organizationId: uuid.optional(),
  dueOn: optionalDateField("meetings.actionDue"),
  status: code(actionStatuses).default("open"),
});
export type ActionItemInput = z.input<typeof actionItemInput>;

export const attendanceInput = z.object({
  present: z
    .array(uuid)
    .max(500)
    .transform((v) => [...new Set(v)]),
});
export type AttendanceInput = z.input<typeof attendanceInput>;

/** The agenda deadline is the end of its day in Finland. */
export const deadlineOf = endOfDayInFinland;
