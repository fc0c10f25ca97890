import { coordinatedRegions, contactOrganizations, isAdmin, ownPractitionerIds, type CurrentUser } from "../kit/permissions/roles";

/**
 * Who may change what in the network map. Every command asks here before it writes; routes ask
 * here to decide what to show. Coordinators act within their region's network, contact persons
 * within their organisation, practitioners on their own card.
 */
export interface OrganizationScope {
  id: string;
  regionCodes: string[];
}

export function canCreateOrganization(user: CurrentUser | null, regionCode: string): boolean {
  return isAdmin(user) || coordinatedRegions(user).includes(regionCode);
}

export function canManageMemberships(user: CurrentUser | null, regionCode: string): boolean {
  return isAdmin(user) || coordinatedRegions(user).includes(regionCode);
}

/** Edit the organisation and keep its service points, services and people current. */
export function canManageOrganization(user: CurrentUser | null, organization: OrganizationScope): boolean {
  if (isAdmin(user)) return true;
  if (contactOrganizations(user).includes(organization.id)) return true;
  const regions = coordinatedRegions(user);
  return organization.regionCodes.some((code) => regions.includes(code));
}

export function canEditPractitioner(user: CurrentUser | null, practitioner: { id: string; organization: OrganizationScope }): boolean {
  return ownPractitionerIds(user).includes(practitioner.id) || canManageOrganization(user, practitioner.organization);
}

/** Lists of entries not verified for 12 months, per region. */
export function canSeeStaleEntries(user: CurrentUser | null, regionCode: string): boolean {
  return isAdmin(user) || coordinatedRegions(user).includes(regionCode);
}

/** A CSV import run and its report are its starter's (the rows may name people); admins see every run. */
export function canSeeImportRun(user: CurrentUser | null, run: { startedBy: string }): boolean {
  return !!user && (run.startedBy === user.id || isAdmin(user));
}
