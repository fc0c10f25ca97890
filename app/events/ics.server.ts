import { invitationCalendar, publishedCalendar, type CalendarEntry } from "../kit/calendar-entry.server";

const PRODID = "-//Elo//Events//FI";

/** An event as a calendar entry: one UID for its whole life, SEQUENCE raised on each change of time or place; with its page. */
export type CalendarEvent = CalendarEntry & { url: string; updatedAt: Date };

/** Public calendar entries (METHOD:PUBLISH): one event's `.ics`, or a region's feed. */
export function publishedIcs(events: CalendarEvent[], name?: string, now = new Date()): string {
  return publishedCalendar(PRODID, events, name, now);
}

/** The registered person's invitation (METHOD:REQUEST) or its withdrawal (METHOD:CANCEL), for e-mail. */
export function attendeeIcs(e: CalendarEvent, method: "REQUEST" | "CANCEL", recipient: string, now = new Date()): string {
  return invitationCalendar(PRODID, e, method, recipient, now);
}
