/**
 * What other features may use of notifications on the server: they import it from here, never from
 * notifications's internal modules (the layering test enforces it).
 */
export { notify } from "./notify.server";
export { resolveNotifications, type Resolution } from "./resolve.server";
export { notificationCause, type DoneReason } from "./notification";
