import { isDeepStrictEqual } from "node:util";
import type { CurrentUser } from "../kit/permissions/roles";
import type { Database } from "../kit/db/db.server";
import { auditEvent, type FieldChange } from "./schema.server";

/** Whoever made a change: a signed-in user, or the system (imports at start, demo data). */
export type Actor = Pick<CurrentUser, "id" | "name"> | { id: null; name: string };

export const systemActor = (name = "system"): Actor => ({ id: null, name });

/** A signed-in user as the actor of their change: by their name, or their e-mail address when they have none. */
export const actorOf = (caller: CurrentUser): Actor => ({ id: caller.id, name: caller.name || caller.email });

type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
type Executor = Database | Transaction;

/** The fields whose values differ between two versions of a record. */
export function diffFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  ignore: string[] = ["createdAt", "updatedAt"],
): Record<string, FieldChange> {
  const changes: Record<string, FieldChange> = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    if (ignore.includes(key)) continue;
    const oldValue = before?.[key] ?? null;
    const newValue = after?.[key] ?? null;
    // Deep equality ignores key order: jsonb returns object keys in its own order.
    if (!isDeepStrictEqual(oldValue, newValue)) changes[key] = { old: oldValue, new: newValue };
  }
  return changes;
}

/**
 * Records a change in the audit trail, in the caller's transaction so that the change and its record
 * are written together or not at all. Nothing is recorded when nothing changed.
 */
export interface Change {
  actor: Actor;
  entityType: string;
  entityId: string;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export async function recordChange(executor: Executor, change: Change): Promise<void> {
  await recordChanges(executor, [change]);
}

/** Records many changes in one statement (a CSV import's rows); each is the event recordChange would write. */
export async function recordChanges(executor: Executor, changes: Change[]): Promise<void> {
  const events = changes.flatMap((change) => {
    const fields = diffFields(change.before, change.after);
    if (change.action === "update" && Object.keys(fields).length === 0) return [];
    const { actor, entityType, entityId, action } = change;
    return [{ actorUserId: actor.id, actorLabel: actor.name, entityType, entityId, action, changes: fields }];
  });
  if (events.length) await executor.insert(auditEvent).values(events);
}
