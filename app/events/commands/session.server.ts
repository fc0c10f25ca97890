import { isUuid } from "../../kit/validation/uuid";
import { and, eq } from "drizzle-orm";
import { instantInFinland } from "../../kit/dates/calendar";
import type { CurrentUser } from "../../kit/permissions/roles";
import { NotFound, requirePermission } from "../../kit/validation/errors";
import { parseInput } from "../../kit/validation/fields";
import { sessionInput, type SessionInput } from "../inputs";
import { canManageEvent } from "../permissions";
import { event, eventSession } from "../schema.server";
import { audited, inTransaction, lockedEvent, type Transaction } from "./shared.server";

/** Adds an item to the event's programme. */
export async function addSession(caller: CurrentUser, eventId: string, raw: SessionInput, executor?: Transaction): Promise<string> {
  const input = parseInput(sessionInput, raw);
  return inTransaction(executor, async (tx) => {
    const e = await lockedEvent(tx, eventId);
    requirePermission(canManageEvent(caller, e), `change the programme of event ${eventId}`);
    const values = {
      eventId,
      title: input.title,
      speaker: input.speaker ?? "",
      startsAt: instantInFinland(input.date, input.startTime),
      endsAt: instantInFinland(input.date, input.endTime),
    };
    const [row] = await tx.insert(eventSession).values(values).returning({ id: eventSession.id });
    await tx.update(event).set({ updatedAt: new Date() }).where(eq(event.id, eventId));
    await audited(tx, caller, "event_session", row.id, "create", null, {
      ...values,
      startsAt: values.startsAt.toISOString(),
      endsAt: values.endsAt.toISOString(),
    });
    return row.id;
  });
}

/** Takes an item off the programme. */
export async function removeSession(caller: CurrentUser, eventId: string, sessionId: string): Promise<void> {
  // A form's id that is no uuid names no session: 404, not a database error.
  if (!isUuid(sessionId)) throw new NotFound("session");
  await inTransaction(undefined, async (tx) => {
    const e = await lockedEvent(tx, eventId);
    requirePermission(canManageEvent(caller, e), `change the programme of event ${eventId}`);
    const removed = await tx
      .delete(eventSession)
      .where(and(eq(eventSession.id, sessionId), eq(eventSession.eventId, eventId)))
      .returning();
    if (removed.length === 0) throw new NotFound(`session ${sessionId}`);
    await tx.update(event).set({ updatedAt: new Date() }).where(eq(event.id, eventId));
    await audited(tx, caller, "event_session", sessionId, "delete", { title: removed[0].title, startsAt: removed[0].startsAt.toISOString() }, null);
  });
}
