import { isAdmin, type CurrentUser } from "~/kit/permissions/roles";

/** The outbox holds every message with its invitation links: admins only. */
export const canReadOutbox = (user: CurrentUser | null) => isAdmin(user);
