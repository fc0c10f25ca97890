import { and, eq, isNull } from "drizzle-orm";
import { db } from "../../kit/db/db.server";
import type { CurrentUser } from "../../kit/permissions/roles";
import { InvalidInput, NotFound, requirePermission } from "../../kit/validation/errors";
import { parseInput } from "../../kit/validation/fields";
import { isSecretTokenShaped } from "../../kit/secret-token.server";
import { feedbackInput, type FeedbackInput } from "../inputs";
import { canManageEvent } from "../permissions";
import { event, eventFeedback, eventRegistration } from "../schema.server";
import { hashSecretToken } from "../tokens.server";
import { queueRegistrationMail } from "./mail.server";
import { audited, lockedEvent, registrationAuditView } from "./shared.server";

/** Marks a confirmed person arrived, or takes the mark back (a tap on the wrong name). */
export async function setCheckedIn(caller: CurrentUser, registrationId: string, arrived: boolean, now = new Date()): Promise<void> {
  await db().transaction(async (tx) => {
    const [row] = await tx
      .select({ registration: eventRegistration, event })
      .from(eventRegistration)
      .innerJoin(event, eq(event.id, eventRegistration.eventId))
      .where(eq(eventRegistration.id, registrationId))
      .for("update", { of: eventRegistration });
    if (!row) throw new NotFound(`registration ${registrationId}`);
    requirePermission(canManageEvent(caller, row.event), `check in to event ${row.event.id}`);
    if (row.registration.status !== "confirmed") throw new InvalidInput([{ path: "form", key: "events.checkIn.notConfirmed" }]);
    const checkedInAt = arrived ? (row.registration.checkedInAt ?? now) : null;
    await tx.update(eventRegistration).set({ checkedInAt }).where(eq(eventRegistration.id, registrationId));
    await audited(
      tx,
      caller,
      "event_registration",
      registrationId,
      arrived ? "check_in" : "undo_check_in",
      { ...registrationAuditView(row.registration), checkedIn: !!row.registration.checkedInAt },
      { ...registrationAuditView(row.registration), checkedIn: arrived },
    );
  });
}

/**
 * Sends the feedback form's link to everyone confirmed (checked in or not: a check-in list is not
 * always kept), once, after the event has ended.
 */
export async function sendFeedbackForm(caller: CurrentUser, eventId: string, now = new Date()): Promise<number> {
  return db().transaction(async (tx) => {
    const e = await lockedEvent(tx, eventId);
    requirePermission(canManageEvent(caller, e), `send the feedback form of event ${eventId}`);
    if (e.endsAt > now) throw new InvalidInput([{ path: "form", key: "events.feedback.notEnded" }]);
    if (e.feedbackSentAt) throw new InvalidInput([{ path: "form", key: "events.feedback.alreadySent" }]);
    const recipients = await tx
      .select({ id: eventRegistration.id })
      .from(eventRegistration)
      .where(and(eq(eventRegistration.eventId, eventId), eq(eventRegistration.status, "confirmed"), isNull(eventRegistration.feedbackGivenAt)));
    for (const r of recipients) await queueRegistrationMail(tx, r.id, "feedback");
    await tx.update(event).set({ feedbackSentAt: now }).where(eq(event.id, eventId));
    await audited(tx, caller, "event", eventId, "send_feedback", null, { feedbackSentAt: now.toISOString(), recipients: recipients.length });
    return recipients.length;
  });
}

/** The registration a feedback link names, or null. */
export async function feedbackTarget(token: string) {
  if (!isSecretTokenShaped(token)) return null;
  const [row] = await db()
    .select({ registrationId: eventRegistration.id, feedbackGivenAt: eventRegistration.feedbackGivenAt, event })
    .from(eventRegistration)
    .innerJoin(event, eq(event.id, eventRegistration.eventId))
    .where(eq(eventRegistration.feedbackTokenHash, hashSecretToken(token)));
  return row ?? null;
}

/** Stores one answer per registration, apart from the person: the answer names only the event. */
export async function answerFeedback(token: string, raw: FeedbackInput, now = new Date()): Promise<void> {
  const input = parseInput(feedbackInput, raw);
  const target = await feedbackTarget(token);
  if (!target) throw new NotFound("feedback link");
  await db().transaction(async (tx) => {
    const marked = await tx
      .update(eventRegistration)
      .set({ feedbackGivenAt: now })
      .where(and(eq(eventRegistration.id, target.registrationId), isNull(eventRegistration.feedbackGivenAt)))
      .returning({ id: eventRegistration.id });
    if (marked.length === 0) throw new InvalidInput([{ path: "form", key: "events.feedback.alreadyGiven" }]);
    await tx.insert(eventFeedback).values({ eventId: target.event.id, rating: input.rating, comment: input.comment ?? "" });
  });
}
