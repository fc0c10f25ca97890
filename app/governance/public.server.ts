/**
 * What other features may use of governance on the server: they import it from here, never from
 * governance's internal modules (the layering test enforces it).
 */
export { meeting } from "./meetings/schema.server";
export { groupMembership, networkGroup } from "./schema.server";
