/**
 * What other features may use of accounts on the server: they import it from here, never from
 * accounts's internal modules (the layering test enforces it).
 */
export { roleAssignment, user } from "./schema.server";
export { currentUserById } from "./queries/user-by-id.server";
export { staffUserIds } from "./queries/staff.server";
