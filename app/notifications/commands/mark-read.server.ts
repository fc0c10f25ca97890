import { and, eq, isNull } from "drizzle-orm";
import type { CurrentUser } from "../../kit/permissions/roles";
import { recordChange } from "~/audit/public.server";
import { db, type Transaction } from "../../kit/db/db.server";
import { actorOf } from "~/network-map/public.server";
import { NotFound, requirePermission } from "../../kit/validation/errors";
import { canReadNotification } from "../permissions";
import { notification } from "../schema.server";

/** Marks one of the user's notifications read; marking it again changes nothing. */
export async function markRead(caller: CurrentUser, id: string): Promise<void> {
  await db().transaction(async (tx) => {
    const [row] = await tx.select({ userId: notification.userId, readAt: notification.readAt }).from(notification).where(eq(notification.id, id)).for("update");
    // Someone else's notification is answered as if it did not exist: its existence is not theirs to know.
    if (!row || !canReadNotification(caller, row)) throw new NotFound(`notification ${id}`);
    if (row.readAt) return;
    const readAt = new Date();
    await tx.update(notification).set({ readAt }).where(eq(notification.id, id));
    await recordChange(tx, {
      actor: actorOf(caller),
      entityType: "notification",
      entityId: id,
      action: "read",
      before: { readAt: null },
      after: { readAt: readAt.toISOString() },
    });
  });
}

/** Marks all of the user's unread notifications read. */
export async function markAllRead(caller: CurrentUser, executor?: Transaction): Promise<number> {
  requirePermission(caller.id !== "system", "mark notifications read");
  const run = async (tx: Transaction) => {
    const rows = await tx
      .update(notification)
      .set({ readAt: new Date() })
      .where(and(eq(notification.userId, caller.id), isNull(notification.readAt)))
      .returning({ id: notification.id });
    if (rows.length)
      await recordChange(tx, {
        actor: actorOf(caller),
        entityType: "notification",
        entityId: caller.id,
        action: "readAll",
        before: null,
        after: { count: rows.length },
      });
    return rows.length;
  };
  return executor ? run(executor) : db().transaction(run);
}
