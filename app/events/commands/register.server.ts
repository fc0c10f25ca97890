import { and, asc, eq, ne, sql } from "drizzle-orm";
import { db } from "../../kit/db/db.server";
import { InvalidInput, NotFound } from "../../kit/validation/errors";
import { parseInput } from "../../kit/validation/fields";
import { isSecretTokenShaped } from "../../kit/secret-token.server";
import { registrationInput, type RegistrationInput } from "../inputs";
import { event, eventRegistration } from "../schema.server";
import { cancelTokenOf, feedbackTokenOf, hashSecretToken } from "../tokens.server";
import { queueRegistrationMail } from "./mail.server";
import { audited, inTransaction, lockedEvent, registrationAuditView, type Transaction } from "./shared.server";

export interface RegistrationOutcome {
  id: string;
  /** The cancellation link's secret; only ever in the person's e-mail and the page they are sent to. */
  token: string;
  status: "confirmed" | "waiting";
}

/** Whether registration is open now: the event is on, has not started, and is within its registration window. */
export function registrationOpen(e: { status: string; startsAt: Date; registrationOpensAt: Date | null; registrationClosesAt: Date | null }, now: Date) {
  if (e.status !== "scheduled" || e.startsAt <= now) return false;
  if (e.registrationOpensAt && now < e.registrationOpensAt) return false;
  return !e.registrationClosesAt || now <= e.registrationClosesAt;
}

const confirmedCount = async (tx: Transaction, eventId: string) =>
  (
    await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(eventRegistration)
      .where(and(eq(eventRegistration.eventId, eventId), eq(eventRegistration.status, "confirmed")))
  )[0].n;

/** The person's place on the waiting list (1 = next in line). */
export async function waitingPosition(executor: Transaction | ReturnType<typeof db>, eventId: string, queueNo: number): Promise<number> {
  const [{ n }] = await executor
    .select({ n: sql<number>`count(*)::int` })
    .from(eventRegistration)
    .where(and(eq(eventRegistration.eventId, eventId), eq(eventRegistration.status, "waiting"), sql`${eventRegistration.queueNo} <= ${queueNo}`));
  return n;
}

/**
 * Registers a person (no account). The event's row is locked for the count and the new row, so that
 * concurrent registrations queue there and never overfill it: while seats are free the person is
 * confirmed, after that they go on the waiting list in the order they came (decision 0215). One
 * registration per e-mail address and event. Writes nothing when refused.
 */
export async function registerForEvent(raw: RegistrationInput, now = new Date(), executor?: Transaction): Promise<RegistrationOutcome> {
  const input = parseInput(registrationInput, raw);
  return inTransaction(executor, async (tx) => {
    const e = await lockedEvent(tx, input.eventId);
    if (!registrationOpen(e, now)) throw new InvalidInput([{ path: "form", key: "events.registrationClosed" }]);
    const [already] = await tx
      .select({ id: eventRegistration.id })
      .from(eventRegistration)
      .where(
        and(
          eq(eventRegistration.eventId, e.id),
          ne(eventRegistration.status, "cancelled"),
          sql`lower(${eventRegistration.email}) = ${input.email.toLowerCase()}`,
        ),
      );
    if (already) throw new InvalidInput([{ path: "email", key: "events.validation.alreadyRegistered" }]);
    const status = (await confirmedCount(tx, e.id)) < e.capacity ? "confirmed" : "waiting";
    const queueNo = e.lastQueueNo + 1;
    await tx.update(event).set({ lastQueueNo: queueNo }).where(eq(event.id, e.id));
    const id = crypto.randomUUID();
    const token = cancelTokenOf(id);
    const [row] = await tx
      .insert(eventRegistration)
      .values({
        id,
        eventId: e.id,
        queueNo,
        status,
        name: input.name,
        email: input.email,
        organizationName: input.organizationName ?? null,
        language: input.language,
        cancelTokenHash: hashSecretToken(token),
        feedbackTokenHash: hashSecretToken(feedbackTokenOf(id)),
        createdAt: now,
      })
      .returning();
    await audited(tx, "citizen", "event_registration", id, "create", null, registrationAuditView(row));
    await queueRegistrationMail(tx, id, status, status === "waiting" ? await waitingPosition(tx, e.id, queueNo) : undefined);
    return { id, token, status };
  });
}

/** The registration a cancellation link names, or null (the link is wrong, or its details have been erased). */
export async function registrationByToken(token: string) {
  if (!isSecretTokenShaped(token)) return null;
  const [row] = await db()
    .select({ registration: eventRegistration, event })
    .from(eventRegistration)
    .innerJoin(event, eq(event.id, eventRegistration.eventId))
    .where(eq(eventRegistration.cancelTokenHash, hashSecretToken(token)));
  return row ?? null;
}

/**
 * Fills the event's free seats from the waiting list, first come first served, and e-mails each
 * promoted person; in the caller's transaction, which holds the event's lock. Nobody is promoted
 * once the event has started.
 */
export async function promoteFromWaitingList(tx: Transaction, e: { id: string; capacity: number; startsAt: Date }, now: Date): Promise<number> {
  if (e.startsAt <= now) return 0;
  const free = e.capacity - (await confirmedCount(tx, e.id));
  if (free <= 0) return 0;
  const next = await tx
    .select()
    .from(eventRegistration)
    .where(and(eq(eventRegistration.eventId, e.id), eq(eventRegistration.status, "waiting")))
    .orderBy(asc(eventRegistration.queueNo))
    .limit(free);
  for (const r of next) {
    await tx.update(eventRegistration).set({ status: "confirmed", promotedAt: now }).where(eq(eventRegistration.id, r.id));
    await audited(tx, "citizen", "event_registration", r.id, "promote", registrationAuditView(r), registrationAuditView({ ...r, status: "confirmed" }));
    await queueRegistrationMail(tx, r.id, "promoted");
  }
  return next.length;
}

/**
 * Cancels a registration through its link (no account), up to the event's start. A freed seat goes
 * to the first on the waiting list at once. Cancelling twice is no error: the page says it is done.
 */
export async function cancelRegistration(token: string, now = new Date()): Promise<{ eventId: string }> {
  const found = await registrationByToken(token);
  if (!found) throw new NotFound("registration");
  return db().transaction(async (tx) => {
    const e = await lockedEvent(tx, found.event.id);
    const [r] = await tx.select().from(eventRegistration).where(eq(eventRegistration.id, found.registration.id));
    if (r.status === "cancelled") return { eventId: e.id };
    if (e.startsAt <= now) throw new InvalidInput([{ path: "form", key: "events.cancelTooLate" }]);
    await tx.update(eventRegistration).set({ status: "cancelled", cancelledAt: now }).where(eq(eventRegistration.id, r.id));
    await audited(tx, "citizen", "event_registration", r.id, "cancel", registrationAuditView(r), registrationAuditView({ ...r, status: "cancelled" }));
    await queueRegistrationMail(tx, r.id, "cancelled");
    if (r.status === "confirmed") await promoteFromWaitingList(tx, e, now);
    return { eventId: e.id };
  });
}
