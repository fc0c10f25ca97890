import { coordinatedRegions, isAdmin, type CurrentUser } from "../kit/permissions/roles";

/** Where a user works (network-map's workScopeOf): their organisations, and the regions of those and of their coordination. */
export interface WorkScope {
  organizationIds: readonly string[];
  regionCodes: readonly string[];
}

/** The queue a request waits in: its organisation's own, or a region's shared one. */
export interface QueuePlace {
  organizationId: string;
  regionCode: string | null;
}

/**
 * Who reads and handles a contact request, and so sees the person's details (decision 0199): the
 * contact persons and practitioners of the organisation for its own queue; for a region's shared
 * queue, those of every member organisation and the region's coordinators. Administrators run the
 * system, not the guidance, and see none.
 */
export function canHandleRequest(scope: WorkScope, place: QueuePlace): boolean {
  return place.regionCode === null ? scope.organizationIds.includes(place.organizationId) : scope.regionCodes.includes(place.regionCode);
}

/** Whether someone has any queue to look at: a member of an organisation, or a coordinator. */
export const hasQueue = (scope: WorkScope): boolean => scope.organizationIds.length > 0 || scope.regionCodes.length > 0;

/** Coordinators decide for their region whether its requests go to one shared queue; administrators for any. */
export function canConfigureQueue(user: CurrentUser | null, regionCode: string): boolean {
  return isAdmin(user) || coordinatedRegions(user).includes(regionCode);
}
