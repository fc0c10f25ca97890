/**
 * The server half of governance's public entry (public.ts is the other): the tables other features
 * reference or read, and the commands that make groups and memberships (for their tests and data).
 */
export { groupMembership, networkGroup } from "./schema.server";
export { createGroup } from "./commands/group.server";
export { addMember } from "./commands/membership.server";
export { loadGroupWithMemberships, type GroupWithMemberships } from "./group-scope.server";
export { meeting } from "./meetings/schema.server";
/** The daily reminders' schedules (agreement expiry and acceptance, missing minutes), for the shell to install. */
export { reminderSchedules } from "./tasks.server";
