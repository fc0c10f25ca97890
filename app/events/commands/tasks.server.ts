import { and, eq, inArray, isNotNull, isNull, lt, or } from "drizzle-orm";
import { z } from "zod";
import { dailyAt, defineTask, enqueueJob } from "~/jobs/public.server";
import { monthsBefore } from "../../kit/dates/calendar";
import { db, type Database, type Transaction } from "../../kit/db/db.server";
import { event, eventRegistration } from "../schema.server";
import { queueRegistrationMail } from "./mail.server";
import { audited } from "./shared.server";

/** How long before the event its reminder goes out. */
export const reminderLeadHours = 24;

/**
 * The reminder of one event to everyone confirmed, due a day before it. The job names the start it
 * was scheduled for: a moved event's old job finds another start and sends nothing (the new one
 * replaces it under the same key anyway), a cancelled event's none.
 */
export const eventReminderTask = defineTask("events.remind", {
  maxAttempts: 5,
  parse: (payload) => z.object({ id: z.uuid(), startsAt: z.iso.datetime() }).parse(payload),
  run: async ({ id, startsAt }) => {
    await db().transaction(async (tx) => {
      const [e] = await tx
        .select({ id: event.id })
        .from(event)
        .where(and(eq(event.id, id), eq(event.status, "scheduled"), eq(event.startsAt, new Date(startsAt))));
      if (!e) return;
      const confirmed = await tx
        .select({ id: eventRegistration.id })
        .from(eventRegistration)
        .where(and(eq(eventRegistration.eventId, id), eq(eventRegistration.status, "confirmed")));
      for (const r of confirmed) await queueRegistrationMail(tx, r.id, "reminder");
    });
  },
});

/** Schedules (or moves) the event's reminder in the caller's transaction; none when the event is under a day away. */
export async function scheduleEventReminder(executor: Database | Transaction, e: { id: string; startsAt: Date }, now = new Date()): Promise<void> {
  const runAt = new Date(e.startsAt.getTime() - reminderLeadHours * 3_600_000);
  if (runAt <= now) return;
  await enqueueJob(executor, eventReminderTask, { id: e.id, startsAt: e.startsAt.toISOString() }, { key: `events.remind:${e.id}`, runAt });
}

/** Months after the event when its registrations' personal data is erased (decision 0216). */
export const registrationRetentionMonths = 12;

/**
 * Erases the name, e-mail address, organisation and links of registrations to events that ended
 * more than `registrationRetentionMonths` ago. What is left (status, queue number, check-in) still
 * counts the participants for reports and holds nobody's personal data.
 */
export async function eraseOldRegistrations(now = new Date()): Promise<number> {
  const before = monthsBefore(now, registrationRetentionMonths);
  return db().transaction(async (tx) => {
    const ended = tx.select({ id: event.id }).from(event).where(lt(event.endsAt, before));
    const erased = await tx
      .update(eventRegistration)
      .set({ name: null, email: null, organizationName: null, cancelTokenHash: null, feedbackTokenHash: null, contactErasedAt: now })
      .where(
        and(
          isNull(eventRegistration.contactErasedAt),
          or(isNotNull(eventRegistration.name), isNotNull(eventRegistration.email)),
          inArray(eventRegistration.eventId, ended),
        ),
      )
      .returning({ id: eventRegistration.id });
    for (const { id } of erased) await audited(tx, "retention", "event_registration", id, "erase_contact", null, { contactErasedAt: now.toISOString() });
    return erased.length;
  });
}

export const eraseRegistrationsTask = defineTask("events.erase-registrations", { run: async () => void (await eraseOldRegistrations()) });
export const eventSchedules = [dailyAt(eraseRegistrationsTask, "03:40")];
export const eventTasks = [eventReminderTask, ...eventSchedules.map((s) => s.task)] as const;
