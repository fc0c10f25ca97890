import { eq } from "drizzle-orm";
import { actorOf, recordChange } from "~/audit/public.server";
import { checkCodes } from "~/network-map/public.server";
import { db } from "../../kit/db/db.server";
import type { CurrentUser } from "../../kit/permissions/roles";
import { requirePermission, throwIfIssues } from "../../kit/validation/errors";
import { parseInput } from "../../kit/validation/fields";
import { queueSettingInput } from "../inputs";
import { canConfigureQueue } from "../permissions";
import { contactQueueSetting } from "../schema.server";

/** A coordinator turns the region's shared queue on or off; requests already waiting stay where they are. */
export async function setSharedQueue(caller: CurrentUser, raw: { regionCode: string; sharedQueue: string }): Promise<void> {
  const input = parseInput(queueSettingInput, raw);
  requirePermission(canConfigureQueue(caller, input.regionCode), `configure the queue of ${input.regionCode}`);
  const sharedQueue = input.sharedQueue === "yes";
  await db().transaction(async (tx) => {
    throwIfIssues(await checkCodes(tx, [{ path: "regionCode", table: "region", values: [input.regionCode] }]));
    const [before] = await tx.select().from(contactQueueSetting).where(eq(contactQueueSetting.regionCode, input.regionCode)).for("update");
    const updatedBy = caller.name || caller.email;
    await tx
      .insert(contactQueueSetting)
      .values({ regionCode: input.regionCode, sharedQueue, updatedBy })
      .onConflictDoUpdate({ target: contactQueueSetting.regionCode, set: { sharedQueue, updatedBy, updatedAt: new Date() } });
    await recordChange(tx, {
      actor: actorOf(caller),
      entityType: "contact_queue_setting",
      entityId: input.regionCode,
      action: before ? "update" : "create",
      before: before ? { sharedQueue: before.sharedQueue } : null,
      after: { sharedQueue },
    });
  });
}
