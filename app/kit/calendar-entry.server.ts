import ICAL from "ical.js";
import { config } from "./config.server";

/** One thing in a calendar (a booked time, an event): the same UID for its whole life, SEQUENCE raised on each change. */
export interface CalendarEntry {
  icsUid: string;
  icsSequence: number;
  startsAt: Date;
  endsAt: Date;
  summary: string;
  location: string;
  description: string;
  cancelled: boolean;
  /** Its page, when it has a public one. */
  url?: string;
  updatedAt?: Date;
}

export type CalendarMethod = "REQUEST" | "CANCEL" | "PUBLISH";

function calendar(productId: string, method: CalendarMethod, name?: string): ICAL.Component {
  const vcalendar = new ICAL.Component("vcalendar");
  vcalendar.addPropertyWithValue("prodid", productId);
  vcalendar.addPropertyWithValue("version", "2.0");
  vcalendar.addPropertyWithValue("calscale", "GREGORIAN");
  vcalendar.addPropertyWithValue("method", method);
  if (name) vcalendar.addPropertyWithValue("x-wr-calname", name);
  return vcalendar;
}

function vevent(entry: CalendarEntry, now: Date): ICAL.Component {
  const component = new ICAL.Component("vevent");
  component.addPropertyWithValue("uid", entry.icsUid);
  component.addPropertyWithValue("sequence", entry.icsSequence);
  component.addPropertyWithValue("dtstamp", ICAL.Time.fromJSDate(now, true));
  // UTC instants: every calendar shows them in its own zone, with no VTIMEZONE to get wrong (decision 0197).
  component.addPropertyWithValue("dtstart", ICAL.Time.fromJSDate(entry.startsAt, true));
  component.addPropertyWithValue("dtend", ICAL.Time.fromJSDate(entry.endsAt, true));
  if (entry.updatedAt) component.addPropertyWithValue("last-modified", ICAL.Time.fromJSDate(entry.updatedAt, true));
  component.addPropertyWithValue("summary", entry.summary);
  if (entry.location) component.addPropertyWithValue("location", entry.location);
  if (entry.description) component.addPropertyWithValue("description", entry.description);
  if (entry.url) component.addPropertyWithValue("url", entry.url);
  component.addPropertyWithValue("status", entry.cancelled ? "CANCELLED" : "CONFIRMED");
  return component;
}

/** Published entries (METHOD:PUBLISH): one entry's `.ics`, or a feed. */
export function publishedCalendar(productId: string, entries: CalendarEntry[], name?: string, now = new Date()): string {
  const vcalendar = calendar(productId, "PUBLISH", name);
  for (const entry of entries) vcalendar.addSubcomponent(vevent(entry, now));
  return vcalendar.toString() + "\r\n";
}

function organizerAddress(): string {
  const match = /<([^>]+)>/.exec(config.mailFrom);
  return (match ? match[1] : config.mailFrom).trim();
}

/** One person's invitation (METHOD:REQUEST) or its withdrawal (METHOD:CANCEL), for e-mail, organised by Elo. */
export function invitationCalendar(productId: string, entry: CalendarEntry, method: "REQUEST" | "CANCEL", recipient: string, now = new Date()): string {
  const vcalendar = calendar(productId, method);
  const component = vevent({ ...entry, cancelled: entry.cancelled || method === "CANCEL" }, now);
  component.addPropertyWithValue("organizer", `mailto:${organizerAddress()}`).setParameter("cn", "Elo");
  const attendee = component.addPropertyWithValue("attendee", `mailto:${recipient}`);
  attendee.setParameter("role", "REQ-PARTICIPANT");
  attendee.setParameter("partstat", method === "REQUEST" ? "ACCEPTED" : "DECLINED");
  vcalendar.addSubcomponent(component);
  return vcalendar.toString() + "\r\n";
}
