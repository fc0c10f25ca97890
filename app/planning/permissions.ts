import { contactOrganizations, coordinatedRegions, isAdmin, type CurrentUser } from "../kit/permissions/roles";

/**
 * Who may do what with a region's plans. The region's coordinators (and admins) write the action
 * plan and the communication plan and run the self-assessment; contact persons of the region's member
 * organisations read them, update the status of the actions their organisation owns, and answer the
 * self-assessment. Practitioners without another role, other regions and anonymous visitors see
 * nothing: these are the steering group's working documents, not public pages.
 */
export interface RegionScope {
  regionCode: string;
  /** The organisations in the region's network. */
  memberOrganizationIds: readonly string[];
}

export const canEditPlans = (user: CurrentUser | null, regionCode: string): boolean => isAdmin(user) || coordinatedRegions(user).includes(regionCode);

/** Contact person of at least one member organisation of the region. */
export const isRegionContact = (user: CurrentUser | null, scope: RegionScope): boolean =>
  contactOrganizations(user).some((id) => scope.memberOrganizationIds.includes(id));

export const canReadPlans = (user: CurrentUser | null, scope: RegionScope): boolean => canEditPlans(user, scope.regionCode) || isRegionContact(user, scope);

/** An action's status: the coordinators, and contact persons of an owner organisation that is in the region. */
export function canUpdateActionStatus(user: CurrentUser | null, scope: RegionScope, ownerOrganizationIds: readonly string[]): boolean {
  if (canEditPlans(user, scope.regionCode)) return true;
  return contactOrganizations(user).some((id) => ownerOrganizationIds.includes(id) && scope.memberOrganizationIds.includes(id));
}

export const canManageRounds = (user: CurrentUser | null, regionCode: string): boolean => canEditPlans(user, regionCode);

/** Members answer: the region's coordinators and contact persons of member organisations, while the round is open. */
export function canAnswerRound(user: CurrentUser | null, scope: RegionScope, roundStatus: string): boolean {
  if (!user || roundStatus !== "open") return false;
  return coordinatedRegions(user).includes(scope.regionCode) || isRegionContact(user, scope);
}
