import { and, count, desc, eq, isNull } from "drizzle-orm";
import { db } from "../kit/db/db.server";
import { notification } from "./schema.server";

/** How many notifications the user has not read, for the header. */
export async function unreadCount(userId: string): Promise<number> {
  const [row] = await db()
    .select({ n: count() })
    .from(notification)
    .where(and(eq(notification.userId, userId), isNull(notification.readAt)));
  return row?.n ?? 0;
}

/** The user's own notifications, newest first. */
export async function notificationsOf(userId: string, limit = 100) {
  return db()
    .select({
      id: notification.id,
      kind: notification.kind,
      messageKey: notification.messageKey,
      values: notification.values,
      link: notification.link,
      createdAt: notification.createdAt,
      readAt: notification.readAt,
      doneAt: notification.doneAt,
      doneReason: notification.doneReason,
    })
    .from(notification)
    .where(eq(notification.userId, userId))
    .orderBy(desc(notification.createdAt), desc(notification.id))
    .limit(limit);
}
