import { contactOrganizations, coordinatedRegions, isAdmin, type CurrentUser } from "../kit/permissions/roles";

/** Where a user works (network-map's workScopeOf): their organisations, and the regions of those and of their coordination. */
export interface WorkScope {
  organizationIds: readonly string[];
  regionCodes: readonly string[];
}

/** What the checks need to know of a chat. */
export interface ChatPlace {
  regionCode: string;
  assignedUserId: string | null;
}

/**
 * Who plans a shift (decision 0205): the region's coordinators for any member organisation, a
 * contact person for their own organisation's people, administrators anywhere.
 */
export function canPlanShift(user: CurrentUser | null, scope: WorkScope, shift: { regionCode: string; organizationId: string }): boolean {
  if (isAdmin(user) || coordinatedRegions(user).includes(shift.regionCode)) return true;
  return contactOrganizations(user).includes(shift.organizationId) && scope.regionCodes.includes(shift.regionCode);
}

/** Whether the roster page has anything to plan for the user. */
export const plansShifts = (user: CurrentUser | null): boolean => isAdmin(user) || coordinatedRegions(user).length > 0 || contactOrganizations(user).length > 0;

/** Region-wide settings and the canned answers are the coordinators' (and administrators'). */
export function canManageRegionChat(user: CurrentUser | null, regionCode: string): boolean {
  return isAdmin(user) || coordinatedRegions(user).includes(regionCode);
}

/** Only the person on the shift asks for a swap. */
export const canAskSwap = (user: CurrentUser | null, shift: { userId: string }): boolean => !!user && user.id === shift.userId;

/**
 * The transcript is read only by the person the chat is with now: the one who took it, or the one
 * it was transferred to. A coordinator or an administrator does not read chats.
 */
export const canReadChat = (user: CurrentUser | null, place: ChatPlace): boolean => !!user && place.assignedUserId === user.id;

/** A queued chat is taken by someone on duty in its region now (`dutyRegions`: the regions of their current shifts). */
export const canTakeChat = (dutyRegions: readonly string[], place: ChatPlace & { status: string }): boolean =>
  place.status === "queued" && dutyRegions.includes(place.regionCode);
