import { contactOrganizations, coordinatedRegions, isAdmin, type CurrentUser } from "../kit/permissions/roles";
import { keepsSharedRecord, mayPlaceInRegions, type SharedKeepingScope } from "../kit/permissions/shared-keeping";

/**
 * Who keeps a project card (decision 0219): admins; the coordinators of any of its regions; the
 * contact persons of its partner organisations. The cards themselves are public.
 */
export type ProjectScope = SharedKeepingScope;

export const canManageProject = (user: CurrentUser | null, scope: ProjectScope): boolean => keepsSharedRecord(user, scope);

export { mayPlaceInRegions };

/** A new card: the user must be able to keep it and to place it in its regions. */
export function canCreateProject(user: CurrentUser | null, scope: ProjectScope, ownNetworkRegions: string[]): boolean {
  return canManageProject(user, scope) && mayPlaceInRegions(user, scope.regionCodes, ownNetworkRegions);
}

/** The work list: coordinators, contact persons and admins (practitioners read the public cards). */
export const canOpenProjects = (user: CurrentUser | null): boolean =>
  !!user && (isAdmin(user) || coordinatedRegions(user).length > 0 || contactOrganizations(user).length > 0);
