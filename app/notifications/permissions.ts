import type { CurrentUser } from "../kit/permissions/roles";

/** A notification is its recipient's own: nobody else reads it or marks it read, not even an admin. */
export function canReadNotification(user: CurrentUser | null, notification: { userId: string }): boolean {
  return !!user && user.id === notification.userId;
}
