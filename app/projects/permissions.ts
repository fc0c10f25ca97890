import { contactOrganizations, coordinatedRegions, isAdmin, type CurrentUser } from "../kit/permissions/roles";

/**
 * Who keeps a project card (decision 0219): admins; the coordinators of any of its regions; the
 * contact persons of its partner organisations. The cards themselves are public.
 */
export interface ProjectScope {
  regionCodes: string[];
  organizationIds: string[];
}

export function canManageProject(user: CurrentUser | null, scope: ProjectScope): boolean {
  if (!user) return false;
  if (isAdmin(user)) return true;
  const regions = coordinatedRegions(user);
  const organizations = contactOrganizations(user);
  return scope.regionCodes.some((r) => regions.includes(r)) || scope.organizationIds.some((o) => organizations.includes(o));
}

/**
 * Whether the user may put a card in these regions: admins anywhere; others only in regions they
 * coordinate or whose network one of their own organisations belongs to (`ownNetworkRegions`).
 */
export function mayPlaceInRegions(user: CurrentUser | null, regionCodes: string[], ownNetworkRegions: string[]): boolean {
  if (!user) return false;
  if (isAdmin(user)) return true;
  const allowed = new Set([...coordinatedRegions(user), ...ownNetworkRegions]);
  return regionCodes.every((r) => allowed.has(r));
}

/** A new card: the user must be able to keep it and to place it in its regions. */
export function canCreateProject(user: CurrentUser | null, scope: ProjectScope, ownNetworkRegions: string[]): boolean {
  return canManageProject(user, scope) && mayPlaceInRegions(user, scope.regionCodes, ownNetworkRegions);
}

/** The work list: coordinators, contact persons and admins (practitioners read the public cards). */
export const canOpenProjects = (user: CurrentUser | null): boolean =>
  !!user && (isAdmin(user) || coordinatedRegions(user).length > 0 || contactOrganizations(user).length > 0);
