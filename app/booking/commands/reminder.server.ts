import { and, eq, isNotNull, isNull, lt, or } from "drizzle-orm";
import { z } from "zod";
import { dailyAt, defineTask, enqueueJob } from "~/jobs/public.server";
import { db, type Database, type Transaction } from "../../kit/db/db.server";
import { monthsBefore } from "../../kit/dates/calendar";
import { recordChange, systemActor } from "~/audit/public.server";
import { booking } from "../schema.server";
import { queueCitizenMail } from "./citizen-mail.server";

/** How long before the time the reminder goes out. */
export const reminderLeadHours = 24;

/**
 * The reminder of one booking, due 24 h before its time. The job names the time it was scheduled
 * for; at send time the booking must still be booked for that very time, so a cancelled or moved
 * booking's old reminder sends nothing (a moved one has a new job under the same key).
 */
export const bookingReminderTask = defineTask("booking.remind", {
  maxAttempts: 5,
  parse: (payload) => z.object({ id: z.uuid(), startsAt: z.iso.datetime() }).parse(payload),
  run: async ({ id, startsAt }) => {
    await db().transaction(async (tx) => {
      const [row] = await tx
        .select({ id: booking.id })
        .from(booking)
        .where(and(eq(booking.id, id), eq(booking.status, "booked"), eq(booking.startsAt, new Date(startsAt))));
      if (row) await queueCitizenMail(tx, id, "reminder");
    });
  },
});

/** Schedules (or moves) the booking's reminder in the caller's transaction; none when the time is under 24 h away. */
export async function scheduleReminder(executor: Database | Transaction, row: { id: string; startsAt: Date; email: string | null }, now: Date): Promise<void> {
  const runAt = new Date(row.startsAt.getTime() - reminderLeadHours * 3_600_000);
  if (!row.email || runAt <= now) return;
  await enqueueJob(executor, bookingReminderTask, { id: row.id, startsAt: row.startsAt.toISOString() }, { key: `booking.remind:${row.id}`, runAt });
}

/** Months after the time when a booking's contact details are erased (decision 0196). */
export const contactRetentionMonths = 6;

/**
 * Erases the contact details (name, e-mail, phone, note, manage link) of bookings whose time
 * ended more than `contactRetentionMonths` ago. What is left (service, time, channel, status) is
 * what the statistics count and holds no personal data.
 */
export async function eraseOldContacts(now = new Date()): Promise<number> {
  const before = monthsBefore(now, contactRetentionMonths);
  return db().transaction(async (tx) => {
    const erased = await tx
      .update(booking)
      .set({ name: null, email: null, phone: null, note: null, manageTokenHash: null, contactErasedAt: now })
      .where(and(lt(booking.endsAt, before), isNull(booking.contactErasedAt), or(isNotNull(booking.name), isNotNull(booking.email), isNotNull(booking.phone))))
      .returning({ id: booking.id });
    for (const { id } of erased)
      await recordChange(tx, {
        actor: systemActor("retention"),
        entityType: "booking",
        entityId: id,
        action: "erase_contact",
        before: null,
        after: { contactErasedAt: now.toISOString() },
      });
    return erased.length;
  });
}

export const eraseContactsTask = defineTask("booking.erase-contacts", { run: async () => void (await eraseOldContacts()) });
export const bookingSchedules = [dailyAt(eraseContactsTask, "03:30")];
