import { contactOrganizations, ownPractitionerIds, type CurrentUser } from "../kit/permissions/roles";

/**
 * Who belongs to a group on a day: the one rule set that group pages, meetings and group documents
 * share. The organisation is the member (decision 0060); a membership may name a practitioner card
 * of it. A person acts through their own practitioner card, and a contact person answers for their
 * organisation. Only memberships current on the day count: past and future ones give nothing.
 */
export interface MembershipPeriod {
  startsOn: string;
  endsOn: string | null;
}

export interface Membership extends MembershipPeriod {
  organizationId: string;
  practitionerId: string | null;
  position: string;
}

/** Whether a membership is current on a day (ISO date strings compare in date order). */
export const isCurrent = (m: MembershipPeriod, day: string) => m.startsOn <= day && (!m.endsOn || m.endsOn >= day);

/** The positions that run a group: its chair and its secretary (not a vice-chair or a deputy). */
export const officerPositions = ["chair", "secretary"] as const;

export const isOfficerPosition = (position: string) => (officerPositions as readonly string[]).includes(position);

/** The user is the person a membership names, through one of their own practitioner cards. */
export const isNamedIn = (user: CurrentUser | null, m: Pick<Membership, "practitionerId">) =>
  !!m.practitionerId && ownPractitionerIds(user).includes(m.practitionerId);

/** The user is named in a current chair or secretary membership; contact persons are never officers. */
export function isOfficerOf(user: CurrentUser | null, memberships: readonly Omit<Membership, "organizationId">[], day: string): boolean {
  return memberships.some((m) => isOfficerPosition(m.position) && isCurrent(m, day) && isNamedIn(user, m));
}

/** The user is a contact person of an organisation that is a current member, whoever its seat names. */
export function speaksForMemberOrganisation(user: CurrentUser | null, memberships: readonly Membership[], day: string): boolean {
  const organizations = contactOrganizations(user);
  return memberships.some((m) => isCurrent(m, day) && organizations.includes(m.organizationId));
}

/** A current member: named in a current membership, or a contact person of a current member organisation. */
export function isMemberOf(user: CurrentUser | null, memberships: readonly Membership[], day: string): boolean {
  return memberships.some((m) => isCurrent(m, day) && isNamedIn(user, m)) || speaksForMemberOrganisation(user, memberships, day);
}
