import { contactOrganizations, isAdmin, ownPractitionerIds, type CurrentUser } from "../kit/permissions/roles";

/**
 * Who may do what with bookings. Practitioners publish their own bookable services and handle their
 * own bookings; a contact person does both for their organisation (shared services, colleagues'
 * bookings); admins everything. Coordinators run the network, not its calendars: they see none of
 * its citizens' bookings. Citizens act on their own booking through its manage link only.
 */
export interface BookableScope {
  organizationId: string;
  scope: string;
  practitionerIds: string[];
}

export function canPublishBookable(user: CurrentUser | null, bookable: BookableScope): boolean {
  if (isAdmin(user) || contactOrganizations(user).includes(bookable.organizationId)) return true;
  const own = ownPractitionerIds(user);
  return bookable.scope === "practitioner" && bookable.practitionerIds.length === 1 && own.includes(bookable.practitionerIds[0]);
}

/** See a booking's details, mark it held, no-show or cancelled, and move it. */
export function canHandleBooking(user: CurrentUser | null, booking: { practitionerId: string | null; organizationId: string }): boolean {
  if (isAdmin(user) || contactOrganizations(user).includes(booking.organizationId)) return true;
  return !!booking.practitionerId && ownPractitionerIds(user).includes(booking.practitionerId);
}

/** Block time away from a practitioner's calendar: their own, or a colleague's as the organisation's contact person. */
export function canBlockTime(user: CurrentUser | null, practitioner: { id: string; organizationId: string }): boolean {
  return canHandleBooking(user, { practitionerId: practitioner.id, organizationId: practitioner.organizationId });
}

/** The organisation's video meeting address template. */
export function canSetMeetingLink(user: CurrentUser | null, organizationId: string): boolean {
  return isAdmin(user) || contactOrganizations(user).includes(organizationId);
}

/** The bookings page is for those who can have or handle bookings. */
export function canUseBookings(user: CurrentUser | null): boolean {
  return isAdmin(user) || contactOrganizations(user).length > 0 || ownPractitionerIds(user).length > 0;
}
