import ICAL from "ical.js";
import { config } from "../../kit/config.server";

export interface CalendarMeeting {
  id: string;
  icsUid: string;
  icsSequence: number;
  startsAt: Date;
  endsAt: Date;
  theme: string;
  groupName: string;
  place: string;
  onlineUrl: string | null;
  status: string;
  updatedAt: Date;
}

const PRODID = "-//Elo//Meetings//FI";

function organizerAddress(): string {
  const match = /<([^>]+)>/.exec(config.mailFrom);
  return (match ? match[1] : config.mailFrom).trim();
}

function event(m: CalendarMeeting, now: Date, method: "REQUEST" | "CANCEL" | null): ICAL.Component {
  const vevent = new ICAL.Component("vevent");
  vevent.addPropertyWithValue("uid", m.icsUid);
  vevent.addPropertyWithValue("sequence", m.icsSequence);
  vevent.addPropertyWithValue("dtstamp", ICAL.Time.fromJSDate(now, true));
  vevent.addPropertyWithValue("dtstart", ICAL.Time.fromJSDate(m.startsAt, true));
  vevent.addPropertyWithValue("dtend", ICAL.Time.fromJSDate(m.endsAt, true));
  vevent.addPropertyWithValue("last-modified", ICAL.Time.fromJSDate(m.updatedAt, true));
  vevent.addPropertyWithValue("summary", `${m.groupName}: ${m.theme}`);
  const location = [m.place, m.onlineUrl].filter(Boolean).join(" – ");
  if (location) vevent.addPropertyWithValue("location", location);
  const url = `${config.publicUrl}/fi/work/meetings/${m.id}`;
  vevent.addPropertyWithValue("url", url);
  vevent.addPropertyWithValue("description", [m.theme, m.onlineUrl, url].filter(Boolean).join("\n"));
  const cancelled = method === "CANCEL" || m.status === "cancelled";
  vevent.addPropertyWithValue("status", cancelled ? "CANCELLED" : "CONFIRMED");
  if (method) {
    const organizer = vevent.addPropertyWithValue("organizer", `mailto:${organizerAddress()}`);
    organizer.setParameter("cn", "Elo");
  }
  return vevent;
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

/** An invitation (METHOD:REQUEST) or cancellation (METHOD:CANCEL) of one meeting, for e-mail. */
export function meetingInvitationIcs(m: CalendarMeeting, method: "REQUEST" | "CANCEL", recipient: string, now = new Date()): string {
  const vcalendar = calendar(method);
  const vevent = event(m, now, method);
  const attendee = vevent.addPropertyWithValue("attendee", `mailto:${recipient}`);
  attendee.setParameter("role", "REQ-PARTICIPANT");
  if (method === "REQUEST") {
    attendee.setParameter("partstat", "NEEDS-ACTION");
    attendee.setParameter("rsvp", "FALSE");
  }
  vcalendar.addSubcomponent(vevent);
  return vcalendar.toString() + "\r\n";
}

/** A group's calendar feed: every meeting, cancelled ones marked so. */
export function groupFeedIcs(groupName: string, meetings: CalendarMeeting[], now = new Date()): string {
  const vcalendar = calendar("PUBLISH", groupName);
  for (const m of meetings) vcalendar.addSubcomponent(event(m, now, null));
  return vcalendar.toString() + "\r\n";
}
