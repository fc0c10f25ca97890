import { and, asc, eq, inArray } from "drizzle-orm";
import type { Transaction } from "../../kit/db/db.server";
import { staffUserIds } from "~/accounts/public.server";
import { networkMembership } from "~/network-map/public.server";
import type { QueuePlace } from "../permissions";
import { contactQueueSetting } from "../schema.server";

/** The queue a new request of an organisation goes to: the first of its regions that uses a shared queue, else its own. */
export async function queuePlaceOf(tx: Transaction, organizationId: string): Promise<QueuePlace> {
  const regions = (
    await tx.select({ code: networkMembership.regionCode }).from(networkMembership).where(eq(networkMembership.organizationId, organizationId))
  ).map((r) => r.code);
  if (regions.length === 0) return { organizationId, regionCode: null };
  const [shared] = await tx
    .select({ regionCode: contactQueueSetting.regionCode })
    .from(contactQueueSetting)
    .where(and(inArray(contactQueueSetting.regionCode, regions), eq(contactQueueSetting.sharedQueue, true)))
    .orderBy(asc(contactQueueSetting.regionCode))
    .limit(1);
  return { organizationId, regionCode: shared?.regionCode ?? null };
}

/** The accounts that handle a queue. */
export const queuePeople = (tx: Transaction, place: QueuePlace): Promise<string[]> =>
  place.regionCode === null ? staffUserIds(tx, { organizationIds: [place.organizationId] }) : staffUserIds(tx, { regionCodes: [place.regionCode] });
