import type { CurrentUser } from "../kit/permissions/roles";
import { keepsSharedRecord, mayPlaceInRegions, type SharedKeepingScope } from "../kit/permissions/shared-keeping";

/**
 * Who keeps a mobile point (decision 0201): admins; the coordinators of any of its regions; the
 * contact persons of its staff organisations. Practitioners whose card is in a staff organisation
 * record the visit log. The timetable itself is public.
 */
export type MobilePointScope = SharedKeepingScope;

export const canManageMobilePoint = (user: CurrentUser | null, scope: MobilePointScope): boolean => keepsSharedRecord(user, scope);

export { mayPlaceInRegions };

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
