import { contactOrganizations, coordinatedRegions, isAdmin, type CurrentUser } from "../kit/permissions/roles";

/**
 * Who keeps a mobile point (decision 0201): admins; the coordinators of any of its regions; the
 * contact persons of its staff organisations. Practitioners whose card is in a staff organisation
 * record the visit log. The timetable itself is public.
 */
export interface MobilePointScope {
  regionCodes: string[];
  organizationIds: string[];
}

export function canManageMobilePoint(user: CurrentUser | null, scope: MobilePointScope): boolean {
  if (!user) return false;
  if (isAdmin(user)) return true;
  const regions = coordinatedRegions(user);
  const organizations = contactOrganizations(user);
  return scope.regionCodes.some((r) => regions.includes(r)) || scope.organizationIds.some((o) => organizations.includes(o));
}

/**
 * Whether the user may put a point in these regions: admins anywhere; others only in regions they
 * coordinate or whose network one of their own organisations belongs to (`ownNetworkRegions`).
 */
export function mayPlaceInRegions(user: CurrentUser | null, regionCodes: string[], ownNetworkRegions: string[]): boolean {
  if (!user) return false;
  if (isAdmin(user)) return true;
  const allowed = new Set([...coordinatedRegions(user), ...ownNetworkRegions]);
  return regionCodes.every((r) => allowed.has(r));
}

/** A new point: the user must be able to keep it and to place it in its regions. */
export function canCreateMobilePoint(user: CurrentUser | null, scope: MobilePointScope, ownNetworkRegions: string[]): boolean {
  return canManageMobilePoint(user, scope) && mayPlaceInRegions(user, scope.regionCodes, ownNetworkRegions);
}

/** Record visitors and topics: those who keep the point, and the staff organisations' practitioners (`ownOrganizationIds` of their cards). */
export function canRecordVisitLog(user: CurrentUser | null, scope: MobilePointScope, ownOrganizationIds: string[]): boolean {
  return canManageMobilePoint(user, scope) || (!!user && scope.organizationIds.some((o) => ownOrganizationIds.includes(o)));
}

/** The work page's list: anyone with a role may open it; it shows only the points they keep. */
export const canOpenMobilePoints = (user: CurrentUser | null): boolean => !!user && user.grants.length > 0;
