import { and, isNotNull, isNull, lt } from "drizzle-orm";
import { recordChanges, systemActor } from "~/audit/public.server";
import { monthsBefore } from "../../kit/dates/calendar";
import { db } from "../../kit/db/db.server";
import { contactRequest } from "../schema.server";

/** The person's details in a request: what the retention job deletes. */
export const personalFields = { name: null, phone: null, email: null, note: null, preferredTimes: null, tokenHash: null } as const;

/**
 * Deletes the person's details from requests closed (or withdrawn) more than `months` ago; the rows
 * stay for the statistics, their follow-up links stop working. Safe to run again: a purged row is
 * skipped. Returns how many requests were purged.
 */
export async function purgeClosedContactRequests(now: Date, months: number): Promise<number> {
  return db().transaction(async (tx) => {
    const purged = await tx
      .update(contactRequest)
      .set({ ...personalFields, personalDataDeletedAt: now })
      .where(and(isNotNull(contactRequest.closedAt), lt(contactRequest.closedAt, monthsBefore(now, months)), isNull(contactRequest.personalDataDeletedAt)))
      .returning({ id: contactRequest.id });
    const actor = systemActor("retention");
    await recordChanges(
      tx,
      purged.map((r) => ({
        actor,
        entityType: "contact_request",
        entityId: r.id,
        action: "purge",
        before: null,
        after: { personalDataDeletedAt: now.toISOString() },
      })),
    );
    return purged.length;
  });
}
