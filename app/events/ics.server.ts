import ICAL from "ical.js";
import { config } from "../kit/config.server";

const PRODID = "-//Elo//Events//FI";

/** An event as a calendar entry: one UID for its whole life, SEQUENCE raised on each change of time or place. */
export interface CalendarEvent {
  icsUid: string;
  icsSequence: number;
  startsAt: Date;
  endsAt: Date;
  updatedAt: Date;
  summary: string;
  location: string;
  description: string;
  url: string;
  cancelled: boolean;
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

function vevent(e: CalendarEvent, now: Date): ICAL.Component {
  const component = new ICAL.Component("vevent");
  component.addPropertyWithValue("uid", e.icsUid);
  component.addPropertyWithValue("sequence", e.icsSequence);
  component.addPropertyWithValue("dtstamp", ICAL.Time.fromJSDate(now, true));
  // UTC instants, as booking's (decision 0197): every calendar shows them in its own zone.
  component.addPropertyWithValue("dtstart", ICAL.Time.fromJSDate(e.startsAt, true));
  component.addPropertyWithValue("dtend", ICAL.Time.fromJSDate(e.endsAt, true));
  component.addPropertyWithValue("last-modified", ICAL.Time.fromJSDate(e.updatedAt, true));
  component.addPropertyWithValue("summary", e.summary);
  if (e.location) component.addPropertyWithValue("location", e.location);
  if (e.description) component.addPropertyWithValue("description", e.description);
  component.addPropertyWithValue("url", e.url);
  component.addPropertyWithValue("status", e.cancelled ? "CANCELLED" : "CONFIRMED");
  return component;
}

/** Public calendar entries (METHOD:PUBLISH): one event's `.ics`, or a region's feed. */
export function publishedIcs(events: CalendarEvent[], name?: string, now = new Date()): string {
  const vcalendar = calendar("PUBLISH", name);
  for (const e of events) vcalendar.addSubcomponent(vevent(e, now));
  return vcalendar.toString() + "\r\n";
}

function organizerAddress(): string {
  const match = /<([^>]+)>/.exec(config.mailFrom);
  return (match ? match[1] : config.mailFrom).trim();
}

/** The registered person's invitation (METHOD:REQUEST) or its withdrawal (METHOD:CANCEL), for e-mail. */
export function attendeeIcs(e: CalendarEvent, method: "REQUEST" | "CANCEL", recipient: string, now = new Date()): string {
  const vcalendar = calendar(method);
  const component = vevent({ ...e, cancelled: e.cancelled || method === "CANCEL" }, now);
  component.addPropertyWithValue("organizer", `mailto:${organizerAddress()}`).setParameter("cn", "Elo");
  const attendee = component.addPropertyWithValue("attendee", `mailto:${recipient}`);
  attendee.setParameter("role", "REQ-PARTICIPANT");
  attendee.setParameter("partstat", method === "REQUEST" ? "ACCEPTED" : "DECLINED");
  vcalendar.addSubcomponent(component);
  return vcalendar.toString() + "\r\n";
}
