import type { CurrentUser } from "../../kit/permissions/roles";
import { isMemberOf, isOfficerOf, type Membership } from "../membership";
import { canManageGroups } from "../permissions";

/**
 * Who may do what with a group's meetings. The region's coordinators and admins run every group's
 * meetings; the group's current chair or secretary runs their own group's; the group's current
 * members (a named person through their practitioner card, or a member organisation's contact
 * person) read the meetings and propose agenda items until the deadline; a sub-group's chair or
 * secretary proposes items on the sub-group's behalf. Nobody else sees anything.
 */
export interface MeetingGroupScope {
  regionCode: string;
  memberships: Membership[];
}

/** Plan, change and cancel meetings, invite, keep the agenda, attendance, minutes, decisions and action items. */
export function canRunMeetings(user: CurrentUser | null, scope: MeetingGroupScope, today: string): boolean {
  return canManageGroups(user, scope.regionCode) || isOfficerOf(user, scope.memberships, today);
}

export function canReadMeetings(user: CurrentUser | null, scope: MeetingGroupScope, today: string): boolean {
  return canRunMeetings(user, scope, today) || isMemberOf(user, scope.memberships, today);
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
  if (subGroup) return beforeDeadline && canRunMeetings(user, subGroup, today);
  if (canRunMeetings(user, scope, today)) return true;
  return beforeDeadline && isMemberOf(user, scope.memberships, today);
}
