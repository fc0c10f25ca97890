import { eq } from "drizzle-orm";
import { recordChange, systemActor } from "~/audit/public.server";
import { actorOf } from "~/network-map/public.server";
import type { Transaction } from "../../kit/db/db.server";
import type { CurrentUser } from "../../kit/permissions/roles";
import { NotFound } from "../../kit/validation/errors";
import { event } from "../schema.server";

export type { Transaction };

export { inTransaction } from "../../kit/db/db.server";

export type AuditedEntity = "event" | "event_session" | "event_registration";

/** The audit event of a change, in the command's transaction; a person registering is "citizen", never named. */
export const audited = (
  tx: Transaction,
  caller: CurrentUser | "citizen" | "retention",
  entityType: AuditedEntity,
  entityId: string,
  action: string,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
) =>
  recordChange(tx, {
    actor: typeof caller === "string" ? systemActor(caller) : actorOf(caller),
    entityType,
    entityId,
    action,
    before,
    after,
  });

/**
 * The event's row, locked: every change of its seats (a registration, a cancellation, a new
 * capacity) takes this lock first, so that counting the seats and taking one are a single step.
 */
export async function lockedEvent(tx: Transaction, eventId: string) {
  const [row] = await tx.select().from(event).where(eq(event.id, eventId)).for("update");
  if (!row) throw new NotFound(`event ${eventId}`);
  return row;
}

/** What the audit trail keeps of a registration: its place in the queue and its status, never the person. */
export const registrationAuditView = (r: { eventId: string; queueNo: number; status: string }) => ({
  eventId: r.eventId,
  queueNo: r.queueNo,
  status: r.status,
});
