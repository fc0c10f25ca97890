import { contactOrganizations, coordinatedRegions, isAdmin, type CurrentUser } from "./roles";

/**
 * A record kept together by regions and organisations (a mobile point, a project card): its regions
 * and the organisations that run it.
 */
export interface SharedKeepingScope {
  regionCodes: string[];
  organizationIds: string[];
}

/** Admins; the coordinators of any of its regions; the contact persons of any of its organisations. */
export function keepsSharedRecord(user: CurrentUser | null, scope: SharedKeepingScope): boolean {
  if (!user) return false;
  if (isAdmin(user)) return true;
  const regions = coordinatedRegions(user);
  const organizations = contactOrganizations(user);
  return scope.regionCodes.some((r) => regions.includes(r)) || scope.organizationIds.some((o) => organizations.includes(o));
}

/**
 * Whether the user may put such a record in these regions: admins anywhere; others only in regions
 * they coordinate or whose network one of their own organisations belongs to (`ownNetworkRegions`).
 */
export function mayPlaceInRegions(user: CurrentUser | null, regionCodes: string[], ownNetworkRegions: string[]): boolean {
  if (!user) return false;
  if (isAdmin(user)) return true;
  const allowed = new Set([...coordinatedRegions(user), ...ownNetworkRegions]);
  return regionCodes.every((r) => allowed.has(r));
}
