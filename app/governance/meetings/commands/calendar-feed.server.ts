import { and, eq } from "drizzle-orm";
import type { CurrentUser } from "../../../kit/permissions/roles";
import { recordChange } from "~/audit/public.server";
import { db } from "../../../kit/db/db.server";
import { NotFound, requirePermission } from "../../../kit/validation/errors";
import { todayInFinland } from "../../../kit/dates/calendar";
import { actorOf } from "~/network-map/public.server";
import { canReadMeetings } from "../permissions";
import { memberCalendarFeed } from "../schema.server";
import { loadScope, newFeedToken } from "./shared.server";

/**
 * Gives the caller a new calendar feed address of the group: the old address stops working at
 * once (a leaked or shared address). Audited on the group, without the secret itself.
 */
export async function rotateCalendarFeed(caller: CurrentUser, groupId: string): Promise<void> {
  await db().transaction(async (tx) => {
    const scope = await loadScope(tx, groupId);
    if (!scope) throw new NotFound(`group ${groupId}`);
    requirePermission(canReadMeetings(caller, scope, todayInFinland()), `rotate the calendar feed of group ${groupId}`);
    const mine = and(eq(memberCalendarFeed.groupId, groupId), eq(memberCalendarFeed.userId, caller.id));
    const [before] = await tx.select({ createdAt: memberCalendarFeed.createdAt }).from(memberCalendarFeed).where(mine);
    await tx.delete(memberCalendarFeed).where(mine);
    const [after] = await tx
      .insert(memberCalendarFeed)
      .values({ groupId, userId: caller.id, token: newFeedToken() })
      .returning({ createdAt: memberCalendarFeed.createdAt });
    await recordChange(tx, {
      actor: actorOf(caller),
      entityType: "network_group",
      entityId: groupId,
      action: "update",
      before: { calendarFeedCreatedAt: before?.createdAt ?? null },
      after: { calendarFeedCreatedAt: after.createdAt },
    });
  });
}
