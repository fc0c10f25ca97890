import { contactOrganizations, coordinatedRegions, isAdmin, ownPractitionerIds, type CurrentUser } from "../../kit/permissions/roles";
import { isCurrent } from "../inputs";

/**
 * Who may do what with a group's meetings. The region's coordinators and admins run every group's
 * meetings; the group's current chair or secretary runs their own group's; the group's current
 * members (a named person through their practitioner card, or a member organisation's contact
 * person) read the meetings and propose agenda items until the deadline; a sub-group's chair or
 * secretary proposes items on the sub-group's behalf. Nobody else sees anything.
 */
export interface MeetingGroupScope {
  regionCode: string;
  memberships: { organizationId: string; practitionerId: string | null; position: string; startsOn: string; endsOn: string | null }[];
}

const runsRegion = (user: CurrentUser | null, scope: MeetingGroupScope) => isAdmin(user) || coordinatedRegions(user).includes(scope.regionCode);

export function isMeetingOfficer(user: CurrentUser | null, scope: MeetingGroupScope, today: string): boolean {
  const own = ownPractitionerIds(user);
  return scope.memberships.some((m) => !!m.practitionerId && own.includes(m.practitionerId) && (m.position === "chair" || m.position === "secretary") && isCurrent(m, today));
}

export function isGroupMember(user: CurrentUser | null, scope: MeetingGroupScope, today: string): boolean {
  const own = ownPractitionerIds(user);
  const contact = contactOrganizations(user);
  return scope.memberships.some((m) => isCurrent(m, today) && ((!!m.practitionerId && own.includes(m.practitionerId)) || contact.includes(m.organizationId)));
}

/** Plan, change and cancel meetings, invite, keep the agenda, attendance, minutes, decisions and action items. */
export function canRunMeetings(user: CurrentUser | null, scope: MeetingGroupScope, today: string): boolean {
  return runsRegion(user, scope) || isMeetingOfficer(user, scope, today);
}

export function canReadMeetings(user: CurrentUser | null, scope: MeetingGroupScope, today: string): boolean {
  return canRunMeetings(user, scope, today) || isGroupMember(user, scope, today);
}

/**
 * Propose an agenda item: members until the deadline, those who run the meetings at any time, and
 * a sub-group's chair or secretary (on the sub-group's behalf) until the deadline.
 */
export function canProposeAgendaItem(
  user: CurrentUser | null,
  scope: MeetingGroupScope,
  today: string,
  beforeDeadline: boolean,
  subGroup?: MeetingGroupScope | null,
): boolean {
  if (subGroup) return beforeDeadline && (isMeetingOfficer(user, subGroup, today) || runsRegion(user, subGroup));
  if (canRunMeetings(user, scope, today)) return true;
  return beforeDeadline && isGroupMember(user, scope, today);
}
