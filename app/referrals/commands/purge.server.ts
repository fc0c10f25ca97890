import { and, isNotNull, isNull, lt, or } from "drizzle-orm";
import { recordChanges, systemActor } from "~/audit/public.server";
import { monthsBefore, todayInFinland } from "../../kit/dates/calendar";
import { db } from "../../kit/db/db.server";
import { referral } from "../schema.server";

/**
 * Deletes the client's details from referrals whose consent has ended (sharing ends with it) and
 * from those closed more than `months` ago, as for contact requests. The rows stay for the
 * statistics. Safe to run again. Returns how many referrals were purged.
 */
export async function purgeReferrals(now: Date, months: number): Promise<number> {
  return db().transaction(async (tx) => {
    const purged = await tx
      .update(referral)
      .set({ clientName: null, clientPhone: null, clientEmail: null, clientLanguage: null, background: null, purpose: null, personalDataDeletedAt: now })
      .where(
        and(
          isNull(referral.personalDataDeletedAt),
          or(lt(referral.consentUntil, todayInFinland(now)), and(isNotNull(referral.closedAt), lt(referral.closedAt, monthsBefore(now, months)))),
        ),
      )
      .returning({ id: referral.id });
    const actor = systemActor("retention");
    await recordChanges(
      tx,
      purged.map((r) => ({
        actor,
        entityType: "referral",
        entityId: r.id,
        action: "purge",
        before: null,
        after: { personalDataDeletedAt: now.toISOString() },
      })),
    );
    return purged.length;
  });
}
