import { contactOrganizations, coordinatedRegions, isAdmin, type CurrentUser } from "../kit/permissions/roles";
import { isOfficerOf, type Membership } from "./membership";

/**
 * Who may change the network's groups and its partnership agreement. Coordinators of the region and
 * admins run everything; a group's current chair or secretary keeps that group's members; a contact
 * person accepts the agreement for their own organisation. Everyone may read the public pages.
 */
export function canManageGroups(user: CurrentUser | null, regionCode: string): boolean {
  return isAdmin(user) || coordinatedRegions(user).includes(regionCode);
}

export interface GroupScope {
  regionCode: string;
  memberships: Omit<Membership, "organizationId">[];
}

/** The current chair and secretary act through their own practitioner card. */
export function isGroupOfficer(user: CurrentUser | null, group: GroupScope, today: string): boolean {
  return isOfficerOf(user, group.memberships, today);
}

export function canEditGroupMembers(user: CurrentUser | null, group: GroupScope, today: string): boolean {
  return canManageGroups(user, group.regionCode) || isGroupOfficer(user, group, today);
}

export function canPublishAgreement(user: CurrentUser | null, regionCode: string): boolean {
  return canManageGroups(user, regionCode);
}

export function canSeeAgreementOverview(user: CurrentUser | null, regionCode: string): boolean {
  return canManageGroups(user, regionCode);
}

/** How a user may accept for an organisation: as its contact person, on its behalf, or not at all. */
export function acceptanceCapacity(user: CurrentUser | null, organizationId: string, regionCode: string): "contact" | "onBehalf" | null {
  if (contactOrganizations(user).includes(organizationId)) return "contact";
  if (canManageGroups(user, regionCode)) return "onBehalf";
  return null;
}
