import { randomUUID } from "node:crypto";
import { and, eq, ne, sql } from "drizzle-orm";
import { recordChange, systemActor } from "~/audit/public.server";
import { db, type Transaction } from "../../kit/db/db.server";
import { finnishDayOf } from "../slots";
import { InvalidInput, NotFound } from "../../kit/validation/errors";
import { parseInput } from "../../kit/validation/fields";
import { bookingInput, type BookingInput } from "../inputs";
import { hashSecretToken } from "../../kit/secret-token.server";
import { manageTokenOf } from "../manage-token.server";
import { assignmentHistory, bookableById, slotsOf, type Bookable, type OfferedSlot } from "../queries.server";
import { assignmentLog, booking, groupSession } from "../schema.server";
import { fairChoice, nearestSlots } from "../slots";
import { queueCitizenMail } from "./citizen-mail.server";
import { scheduleReminder } from "./reminder.server";

/** The time asked for was taken by someone else first (or is not free): the route answers 409 with these. */
export class SlotTaken extends Error {
  constructor(public readonly alternatives: OfferedSlot[]) {
    super("The time is no longer free");
  }
}

/**
 * PostgreSQL's exclusion_violation and unique_violation, however the driver wraps them, and the
 * deadlock two inserts of overlapping times can end in: an exclusion constraint checks after its
 * index entry is in, so two waiters may wait on each other, and one of them is aborted.
 */
export function isTimeConflict(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (code === "23P01" || code === "23505" || code === "40P01") return true;
  }
  return false;
}

/** The audit trail names the citizen's booking by its time and channel only, never by its person. */
export const citizenActor = () => systemActor("citizen");

const auditView = (row: typeof booking.$inferSelect) => ({
  bookableServiceId: row.bookableServiceId,
  practitionerId: row.practitionerId,
  startsAt: row.startsAt.toISOString(),
  channel: row.channel,
  status: row.status,
});

/** The free times around a taken one, on its day and the two weeks after, for the 409 answer. */
export async function alternativesTo(bookable: Bookable, start: Date, practitionerId?: string): Promise<OfferedSlot[]> {
  const day = finnishDayOf(start.getTime());
  const to = finnishDayOf(start.getTime() + 14 * 86_400_000);
  // The time just taken is not offered back, even while its booking is still being written.
  const free = (await slotsOf(bookable, { from: day, to }, { practitionerId })).filter((s) => s.start.getTime() !== start.getTime());
  return nearestSlots(free, start, 5) as OfferedSlot[];
}

async function takeSeat(tx: Transaction, bookable: Bookable, slot: OfferedSlot): Promise<{ sessionId: string; seatNo: number }> {
  await tx
    .insert(groupSession)
    .values({
      bookableServiceId: bookable.id,
      practitionerId: slot.practitionerIds[0],
      startsAt: slot.start,
      endsAt: slot.end,
      busyUntil: new Date(slot.end.getTime() + bookable.bufferMinutes * 60_000),
      capacity: bookable.capacity,
    })
    .onConflictDoNothing();
  // The lock makes the count and the new seat one step: the next one waits here and counts again.
  const [session] = await tx
    .select()
    .from(groupSession)
    .where(and(eq(groupSession.bookableServiceId, bookable.id), eq(groupSession.startsAt, slot.start)))
    .for("update");
  const [{ taken }] = await tx
    .select({ taken: sql<number>`count(*)::int` })
    .from(booking)
    .where(and(eq(booking.groupSessionId, session.id), ne(booking.status, "cancelled")));
  if (taken >= session.capacity) throw new SlotTaken([]);
  return { sessionId: session.id, seatNo: taken + 1 };
}

/**
 * Books a time for a citizen (no account). The time must be one of the service's free times; with
 * no practitioner named, the fair share picks one of those free then. The database has the last
 * word: a time taken meanwhile fails the insert (exclusion constraint, or the seat count under the
 * session's lock) and nothing is written. Returns the booking and its manage token.
 */
export async function bookTime(rawInput: BookingInput, now = new Date()): Promise<{ id: string; manageToken: string }> {
  const input = parseInput(bookingInput, rawInput);
  const bookable = await bookableById(input.bookableServiceId);
  if (!bookable || bookable.status !== "active") throw new NotFound("bookable service");
  if (!bookable.channels.includes(input.channel)) throw new InvalidInput([{ path: "channel", key: "booking.channelNotOffered" }]);
  if (input.practitionerId && !bookable.practitioners.some((p) => p.id === input.practitionerId))
    throw new InvalidInput([{ path: "practitionerId", key: "booking.practitionerNotOffered" }]);
  const day = finnishDayOf(input.start.getTime());
  const slot = (await slotsOf(bookable, { from: day, to: day }, { practitionerId: input.practitionerId, now })).find(
    (s) => s.start.getTime() === input.start.getTime(),
  );
  if (!slot) throw new SlotTaken(await alternativesTo(bookable, input.start, input.practitionerId));
  const practitionerId = input.practitionerId ?? fairChoice(slot.practitionerIds, await assignmentHistory(bookable.id, slot.practitionerIds, now));
  const id = randomUUID();
  const manageToken = manageTokenOf(id);
  try {
    await db().transaction(async (tx) => {
      // Attempts at one practitioner's same time queue on nothing: whoever holds this lock is taking
      // that time now, so the others hear at once that it was taken (the exclusion constraint stays
      // the guarantee for overlapping times that start differently).
      if (practitionerId && bookable.kind !== "group") {
        const {
          rows: [lock],
        } = await tx.execute<{ locked: boolean }>(
          sql`select pg_try_advisory_xact_lock(hashtext(${`booking:${practitionerId}:${slot.start.toISOString()}`})) as locked`,
        );
        if (!lock.locked) throw new SlotTaken([]);
      }
      const seat = bookable.kind === "group" ? await takeSeat(tx, bookable, slot) : null;
      const [row] = await tx
        .insert(booking)
        .values({
          id,
          bookableServiceId: bookable.id,
          practitionerId: seat ? null : practitionerId,
          groupSessionId: seat?.sessionId,
          seatNo: seat?.seatNo,
          startsAt: slot.start,
          endsAt: slot.end,
          busyUntil: new Date(slot.end.getTime() + (seat ? 0 : bookable.bufferMinutes) * 60_000),
          channel: input.channel,
          language: input.language,
          name: input.name,
          email: input.email ?? null,
          phone: input.phone ?? null,
          note: input.note ?? null,
          consentAt: now,
          icsUid: `${id}@elo`,
          manageTokenHash: hashSecretToken(manageToken),
        })
        .returning();
      if (practitionerId && !seat) {
        await tx
          .insert(assignmentLog)
          .values({ bookableServiceId: bookable.id, practitionerId, lastAssignedAt: now })
          .onConflictDoUpdate({ target: [assignmentLog.bookableServiceId, assignmentLog.practitionerId], set: { lastAssignedAt: now } });
      }
      await recordChange(tx, { actor: citizenActor(), entityType: "booking", entityId: id, action: "create", before: null, after: auditView(row) });
      await queueCitizenMail(tx, id, "confirmed");
      await scheduleReminder(tx, row, now);
    });
  } catch (error) {
    if (error instanceof SlotTaken || isTimeConflict(error)) throw new SlotTaken(await alternativesTo(bookable, input.start, input.practitionerId));
    throw error;
  }
  return { id, manageToken };
}

export { auditView };
