import { contactOrganizations, coordinatedRegions, isAdmin, isNetworkMember, type CurrentUser } from "../kit/permissions/roles";

/**
 * Who may do what with events (decision 0215). The organiser organisation's contact persons and the
 * region's coordinators run an event: they edit it, see its registrations, check people in and
 * send the feedback form; admins everything. Practitioners take part like anyone (they register
 * through the same form) and see the network-only events once signed in.
 */
export interface EventScope {
  regionCode: string;
  organizerId: string;
}

export function canManageEvent(user: CurrentUser | null, scope: EventScope): boolean {
  if (!user) return false;
  return isAdmin(user) || coordinatedRegions(user).includes(scope.regionCode) || contactOrganizations(user).includes(scope.organizerId);
}

/** The work pages' list of events: those who may run some event. */
export const canOpenEventWork = (user: CurrentUser | null): boolean =>
  isAdmin(user) || coordinatedRegions(user).length > 0 || contactOrganizations(user).length > 0;

/** A public event is for everyone; a network-only one for signed-in members of the network. */
export const canSeeEvent = (user: CurrentUser | null, event: { visibility: string }): boolean => event.visibility === "public" || isNetworkMember(user);
