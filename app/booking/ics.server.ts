import ICAL from "ical.js";
import { config } from "../kit/config.server";

/** One booked time as a calendar event: the same UID for its whole life, SEQUENCE raised on each change. */
export interface CalendarBooking {
  icsUid: string;
  icsSequence: number;
  startsAt: Date;
  endsAt: Date;
  summary: string;
  location: string;
  description: string;
  cancelled: boolean;
}

const PRODID = "-//Elo//Booking//FI";

function organizerAddress(): string {
  const match = /<([^>]+)>/.exec(config.mailFrom);
  return (match ? match[1] : config.mailFrom).trim();
}

function calendar(method: "REQUEST" | "CANCEL" | "PUBLISH", name?: string): ICAL.Component {
  const vcalendar = new ICAL.Component("vcalendar");
  vcalendar.addPropertyWithValue("prodid", PRODID);
  vcalendar.addPropertyWithValue("version", "2.0");
  vcalendar.addPropertyWithValue("calscale", "GREGORIAN");
  vcalendar.addPropertyWithValue("method", method);
  if (name) vcalendar.addPropertyWithValue("x-wr-calname", name);
  return vcalendar;
}

function event(b: CalendarBooking, now: Date): ICAL.Component {
  const vevent = new ICAL.Component("vevent");
  vevent.addPropertyWithValue("uid", b.icsUid);
  vevent.addPropertyWithValue("sequence", b.icsSequence);
  vevent.addPropertyWithValue("dtstamp", ICAL.Time.fromJSDate(now, true));
  // UTC instants: every calendar shows them in its own zone, with no VTIMEZONE to get wrong (decision 0197).
  vevent.addPropertyWithValue("dtstart", ICAL.Time.fromJSDate(b.startsAt, true));
  vevent.addPropertyWithValue("dtend", ICAL.Time.fromJSDate(b.endsAt, true));
  vevent.addPropertyWithValue("summary", b.summary);
  if (b.location) vevent.addPropertyWithValue("location", b.location);
  if (b.description) vevent.addPropertyWithValue("description", b.description);
  vevent.addPropertyWithValue("status", b.cancelled ? "CANCELLED" : "CONFIRMED");
  return vevent;
}

/** The citizen's invitation (METHOD:REQUEST) or its cancellation (METHOD:CANCEL), for e-mail. */
export function bookingIcs(b: CalendarBooking, method: "REQUEST" | "CANCEL", recipient: string, now = new Date()): string {
  const vcalendar = calendar(method);
  const vevent = event({ ...b, cancelled: b.cancelled || method === "CANCEL" }, now);
  const organizer = vevent.addPropertyWithValue("organizer", `mailto:${organizerAddress()}`);
  organizer.setParameter("cn", "Elo");
  const attendee = vevent.addPropertyWithValue("attendee", `mailto:${recipient}`);
  attendee.setParameter("role", "REQ-PARTICIPANT");
  attendee.setParameter("partstat", method === "REQUEST" ? "ACCEPTED" : "DECLINED");
  vcalendar.addSubcomponent(vevent);
  return vcalendar.toString() + "\r\n";
}

/** A practitioner's private feed of their bookings (decision 0181's personal feeds). */
export function practitionerFeedIcs(name: string, bookings: CalendarBooking[], now = new Date()): string {
  const vcalendar = calendar("PUBLISH", name);
  for (const b of bookings) vcalendar.addSubcomponent(event(b, now));
  return vcalendar.toString() + "\r\n";
}
