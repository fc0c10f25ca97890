import { invitationCalendar, publishedCalendar, type CalendarEntry } from "../kit/calendar-entry.server";

/** One booked time as a calendar event: the same UID for its whole life, SEQUENCE raised on each change. */
export type CalendarBooking = Omit<CalendarEntry, "url" | "updatedAt">;

const PRODID = "-//Elo//Booking//FI";

/** The citizen's invitation (METHOD:REQUEST) or its cancellation (METHOD:CANCEL), for e-mail. */
export function bookingIcs(b: CalendarBooking, method: "REQUEST" | "CANCEL", recipient: string, now = new Date()): string {
  return invitationCalendar(PRODID, b, method, recipient, now);
}

/** A practitioner's private feed of their bookings (decision 0181's personal feeds). */
export function practitionerFeedIcs(name: string, bookings: CalendarBooking[], now = new Date()): string {
  return publishedCalendar(PRODID, bookings, name, now);
}
