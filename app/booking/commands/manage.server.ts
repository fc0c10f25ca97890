import { and, eq, sql } from "drizzle-orm";
import { actorOf, editConflict, recordChange, type Actor } from "~/audit/public.server";
import { practitioner } from "~/network-map/public.server";
import { db, type Transaction } from "../../kit/db/db.server";
import type { CurrentUser } from "../../kit/permissions/roles";
import { InvalidInput, NotFound, requirePermission } from "../../kit/validation/errors";
import { parseInput } from "../../kit/validation/fields";
import { blockInput, moveInput, statusInput } from "../inputs";
import { hashSecretToken, isSecretTokenShaped } from "../../kit/secret-token.server";
import { canBlockTime, canHandleBooking } from "../permissions";
import { bookableById } from "../queries.server";
import { blockedTime, bookableService, booking } from "../schema.server";
import { finnishDayOf } from "../slots";
import { slotsOf } from "../queries.server";
import { SlotTaken, alternativesTo, auditView, citizenActor, isTimeConflict } from "./book.server";
import { queueCitizenMail, queueSatisfactionQuestion } from "./citizen-mail.server";
import { scheduleReminder } from "./reminder.server";

type BookingRow = typeof booking.$inferSelect;

/** The booking of a manage link, or null (unknown, erased, or not a token at all). */
export async function bookingByToken(token: string): Promise<BookingRow | null> {
  if (!isSecretTokenShaped(token)) return null;
  const [row] = await db()
    .select()
    .from(booking)
    .where(eq(booking.manageTokenHash, hashSecretToken(token)));
  return row ?? null;
}

async function cancel(tx: Transaction, row: BookingRow, actor: Actor, version?: number): Promise<void> {
  const where = version === undefined ? eq(booking.id, row.id) : and(eq(booking.id, row.id), eq(booking.version, version));
  const [after] = await tx
    .update(booking)
    .set({ status: "cancelled", icsSequence: sql`${booking.icsSequence} + 1`, version: sql`${booking.version} + 1`, updatedAt: new Date() })
    .where(where)
    .returning();
  if (!after) throw await editConflict(tx, "booking", [row.id], "booking");
  await recordChange(tx, { actor, entityType: "booking", entityId: row.id, action: "cancel", before: auditView(row), after: auditView(after) });
  await queueCitizenMail(tx, row.id, "cancelled");
}

/** The citizen cancels through the manage link; a time already past or cancelled cannot be. */
export async function cancelByToken(token: string, now = new Date()): Promise<void> {
  const row = await bookingByToken(token);
  if (!row) throw new NotFound("booking");
  if (row.status !== "booked" || row.startsAt <= now) throw new InvalidInput([{ path: "_", key: "booking.notChangeable" }]);
  await db().transaction((tx) => cancel(tx, row, citizenActor()));
}

/**
 * Moves a booking to another free time of its service, with the same practitioner when one is
 * named (a shared service's "any" booking may move to a colleague's time). SEQUENCE goes up and the
 * citizen gets the changed invitation; the reminder moves with it. A time taken meanwhile answers
 * SlotTaken, as booking does.
 */
async function move(row: BookingRow, start: Date, actor: Actor, options: { version?: number; anyPractitioner: boolean; now: Date }): Promise<void> {
  if (row.groupSessionId) throw new InvalidInput([{ path: "start", key: "booking.groupMove" }]);
  const bookable = await bookableById(row.bookableServiceId);
  if (!bookable) throw new NotFound("bookable service");
  const day = finnishDayOf(start.getTime());
  const practitionerId = options.anyPractitioner ? undefined : (row.practitionerId ?? undefined);
  // A time overlapping the booking's present one is busy with it and not offered: move it further.
  const slot = (await slotsOf(bookable, { from: day, to: day }, { practitionerId, now: options.now })).find((s) => s.start.getTime() === start.getTime());
  if (!slot) throw new SlotTaken(await alternativesTo(bookable, start, practitionerId));
  const chosen = row.practitionerId && slot.practitionerIds.includes(row.practitionerId) ? row.practitionerId : slot.practitionerIds[0];
  try {
    await db().transaction(async (tx) => {
      const where = options.version === undefined ? eq(booking.id, row.id) : and(eq(booking.id, row.id), eq(booking.version, options.version));
      const [after] = await tx
        .update(booking)
        .set({
          practitionerId: chosen,
          startsAt: slot.start,
          endsAt: slot.end,
          busyUntil: new Date(slot.end.getTime() + bookable.bufferMinutes * 60_000),
          icsSequence: sql`${booking.icsSequence} + 1`,
          version: sql`${booking.version} + 1`,
          updatedAt: new Date(),
        })
        .where(and(where, eq(booking.status, "booked")))
        .returning();
      if (!after) throw await editConflict(tx, "booking", [row.id], "booking");
      await recordChange(tx, { actor, entityType: "booking", entityId: row.id, action: "move", before: auditView(row), after: auditView(after) });
      await queueCitizenMail(tx, row.id, "moved");
      await scheduleReminder(tx, after, options.now);
    });
  } catch (error) {
    if (isTimeConflict(error)) throw new SlotTaken(await alternativesTo(bookable, start, practitionerId));
    throw error;
  }
}

/** The citizen rebooks through the manage link. */
export async function rebookByToken(token: string, start: Date, now = new Date()): Promise<void> {
  const row = await bookingByToken(token);
  if (!row) throw new NotFound("booking");
  if (row.status !== "booked" || row.startsAt <= now) throw new InvalidInput([{ path: "_", key: "booking.notChangeable" }]);
  const [shared] = await db().select({ scope: bookableService.scope }).from(bookableService).where(eq(bookableService.id, row.bookableServiceId));
  await move(row, start, citizenActor(), { anyPractitioner: shared?.scope === "organization", now });
}

async function handledBooking(caller: CurrentUser, bookingId: string): Promise<BookingRow> {
  const [found] = await db()
    .select({ row: booking, organizationId: bookableService.organizationId })
    .from(booking)
    .innerJoin(bookableService, eq(bookableService.id, booking.bookableServiceId))
    .where(eq(booking.id, bookingId));
  if (!found) throw new NotFound("booking");
  requirePermission(canHandleBooking(caller, { practitionerId: found.row.practitionerId, organizationId: found.organizationId }), "handle booking");
  return found.row;
}

/** The practitioner marks the booking held, no-show or cancelled (a cancellation tells the citizen). */
export async function setBookingStatus(caller: CurrentUser, raw: unknown): Promise<void> {
  const input = parseInput(statusInput, raw);
  const row = await handledBooking(caller, input.bookingId);
  if (input.status === "cancelled") {
    if (row.status === "cancelled") throw new InvalidInput([{ path: "status", key: "booking.notChangeable" }]);
    await db().transaction((tx) => cancel(tx, row, actorOf(caller), input.version));
    return;
  }
  if (row.status === "cancelled") throw new InvalidInput([{ path: "status", key: "booking.notChangeable" }]);
  await db().transaction(async (tx) => {
    const [after] = await tx
      .update(booking)
      .set({ status: input.status, version: sql`${booking.version} + 1`, updatedAt: new Date() })
      .where(and(eq(booking.id, row.id), eq(booking.version, input.version)))
      .returning();
    if (!after) throw await editConflict(tx, "booking", [row.id], "booking");
    await recordChange(tx, {
      actor: actorOf(caller),
      entityType: "booking",
      entityId: row.id,
      action: "update",
      before: auditView(row),
      after: auditView(after),
    });
    if (input.status === "held" && row.status !== "held") await queueSatisfactionQuestion(tx, row.id);
  });
}

/** The practitioner moves a booking; the citizen is e-mailed the changed time. */
export async function moveBooking(caller: CurrentUser, raw: unknown, now = new Date()): Promise<void> {
  const input = parseInput(moveInput, raw);
  const row = await handledBooking(caller, input.bookingId);
  if (row.status !== "booked") throw new InvalidInput([{ path: "start", key: "booking.notChangeable" }]);
  await move(row, input.start, actorOf(caller), { version: input.version, anyPractitioner: false, now });
}

/** Blocks time away from a practitioner's calendar; bookings already in it stay (the page lists them). */
export async function blockTime(caller: CurrentUser, raw: unknown): Promise<string> {
  const input = parseInput(blockInput, raw);
  const [person] = await db()
    .select({ id: practitioner.id, organizationId: practitioner.organizationId })
    .from(practitioner)
    .where(eq(practitioner.id, input.practitionerId));
  if (!person) throw new NotFound("practitioner");
  requirePermission(canBlockTime(caller, person), "block time");
  return db().transaction(async (tx) => {
    const [row] = await tx
      .insert(blockedTime)
      .values({ practitionerId: person.id, startsAt: input.startsAt, endsAt: input.endsAt, reason: input.reason ?? "" })
      .returning();
    await recordChange(tx, {
      actor: actorOf(caller),
      entityType: "booking_block",
      entityId: row.id,
      action: "create",
      before: null,
      after: { practitionerId: row.practitionerId, startsAt: row.startsAt.toISOString(), endsAt: row.endsAt.toISOString() },
    });
    return row.id;
  });
}
