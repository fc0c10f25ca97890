import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { groupFeedIcs, meetingInvitationIcs } from "./ics.server";
import { instantInFinland } from "../../kit/dates/calendar";

const base = {
  id: "5b0c1e0e-0000-4000-8000-000000000001",
  icsUid: "abc@elo",
  icsSequence: 0,
  startsAt: instantInFinland("2026-03-12", "13:00"),
  endsAt: instantInFinland("2026-03-12", "15:00"),
  theme: "Ohjaamo-yhteistyö; uusi malli, osa 2",
  groupName: "Lapin ELO",
  place: "Hallituskatu 5, Rovaniemi",
  onlineUrl: "https://meet.example/elo",
  status: "planned",
  updatedAt: new Date("2026-01-01T00:00:00Z"),
};

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents("vevent") };
}

describe("iCalendar", () => {
  it("invitations parse, carry METHOD:REQUEST, the UID and the SEQUENCE, and Finnish time", () => {
    const text = meetingInvitationIcs(base, "REQUEST", "jasen@example.fi");
    expect(text).toContain("\r\n");
    const { calendar, events } = parse(text);
    expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
    expect(events).toHaveLength(1);
    const event = new ICAL.Event(events[0]);
    expect(event.uid).toBe("abc@elo");
    expect(event.sequence).toBe(0);
    expect(event.summary).toBe("Lapin ELO: Ohjaamo-yhteistyö; uusi malli, osa 2");
    // 13:00 in Finland in March is 11:00 UTC.
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-03-12T11:00:00.000Z");
    expect(event.endDate.toJSDate().toISOString()).toBe("2026-03-12T13:00:00.000Z");
    expect(events[0].getFirstPropertyValue("attendee")).toBe("mailto:jasen@example.fi");
    expect(events[0].getFirstPropertyValue("status")).toBe("CONFIRMED");
  });

  it("cancellations keep the UID with a higher SEQUENCE and METHOD:CANCEL", () => {
    const { calendar, events } = parse(meetingInvitationIcs({ ...base, icsSequence: 2, status: "cancelled" }, "CANCEL", "jasen@example.fi"));
    expect(calendar.getFirstPropertyValue("method")).toBe("CANCEL");
    expect(events[0].getFirstPropertyValue("uid")).toBe("abc@elo");
    expect(events[0].getFirstPropertyValue("sequence")).toBe(2);
    expect(events[0].getFirstPropertyValue("status")).toBe("CANCELLED");
  });

  it("the feed lists every meeting with its own UID", () => {
    const { calendar, events } = parse(groupFeedIcs("Lapin ELO", [base, { ...base, icsUid: "def@elo", status: "cancelled" }]));
    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    expect(events.map((e) => [e.getFirstPropertyValue("uid"), e.getFirstPropertyValue("status")])).toEqual([
      ["abc@elo", "CONFIRMED"],
      ["def@elo", "CANCELLED"],
    ]);
  });
});
