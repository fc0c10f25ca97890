import { and, desc, eq, inArray } from "drizzle-orm";
import type { Transaction } from "../kit/db/db.server";
import { EditConflict } from "../kit/validation/errors";
import { auditEvent } from "./schema.server";

/** An edit conflict naming who last changed the entity and when, according to the audit trail. */
export async function editConflict(tx: Transaction, entityType: string, entityIds: string[], what: string): Promise<EditConflict> {
  const [last] = await tx
    .select({ actor: auditEvent.actorLabel, at: auditEvent.at })
    .from(auditEvent)
    .where(and(eq(auditEvent.entityType, entityType), inArray(auditEvent.entityId, entityIds)))
    .orderBy(desc(auditEvent.at))
    .limit(1);
  return new EditConflict(what, last?.actor ?? null, last?.at ?? null);
}
