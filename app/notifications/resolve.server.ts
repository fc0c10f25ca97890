import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Transaction } from "../kit/db/db.server";
import type { DoneReason } from "./notification";
import { notification } from "./schema.server";

export interface Resolution {
  /** The cause the notifications were written with (NotificationInput.cause). */
  cause: string;
  reason: DoneReason;
  /** Only these users' notifications, e.g. the contact persons of the organisation that accepted. */
  recipients?: readonly string[];
}

/**
 * Marks the notifications about a cause done, inside the caller's transaction: the command that
 * resolves the cause (accepting the agreement, circulating the minutes) calls it, so a notification
 * is done exactly when its cause is. A done notification counts as read and shows its reason.
 * Notifications already done keep their first reason.
 *
 * @returns how many notifications were marked done
 */
export async function resolveNotifications(tx: Transaction, resolution: Resolution): Promise<number> {
  if (resolution.recipients && resolution.recipients.length === 0) return 0;
  const rows = await tx
    .update(notification)
    .set({ doneAt: sql`now()`, doneReason: resolution.reason, readAt: sql`coalesce(${notification.readAt}, now())` })
    .where(
      and(
        eq(notification.cause, resolution.cause),
        isNull(notification.doneAt),
        resolution.recipients ? inArray(notification.userId, [...resolution.recipients]) : undefined,
      ),
    )
    .returning({ id: notification.id });
  return rows.length;
}
