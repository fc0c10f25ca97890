/**
 * What other features may use of governance: they import it from here, never from
 * governance's internal modules (the layering test enforces it). Nothing here is server-only, so pages may
 * import it.
 */
export { isCurrent, todayInFinland } from "./inputs";
export { finnishParts } from "./meetings/inputs";
export { canEditGroupMembers, canManageGroups, isGroupOfficer } from "./permissions";
