import { describe, expect, it } from "vitest";
import { Temporal } from "temporal-polyfill";
import { bookingTimeZone, fairChoice, finnishDayOf, freeSlots, instantOf, nearestSlots, type PractitionerCalendar, type SlotRules } from "./slots";

const rules = (overrides: Partial<SlotRules> = {}): SlotRules => ({
  durationMinutes: 45,
  bufferMinutes: 15,
  minimumNoticeHours: 0,
  horizonDays: 1000,
  dailyCap: null,
  weekly: [{ weekday: 1, startsAt: "09:00", endsAt: "12:00" }],
  exceptions: [],
  ...overrides,
});
const free = (id: string, busy: PractitionerCalendar["busy"] = [], perDay: Record<string, number> = {}): PractitionerCalendar => ({
  id,
  busy,
  bookedPerDay: new Map(Object.entries(perDay)),
});
const iso = (slots: { start: Date }[]) => slots.map((s) => s.start.toISOString());
const none = new Set<string>();
// A Sunday long before the days asked for: notice and horizon do not cut.
const now = new Date("2027-01-03T12:00:00Z");

describe("free times", () => {
  it("cuts the opening into back-to-back times with the buffer between", () => {
    const slots = freeSlots(rules(), [free("a")], { from: "2027-01-04", to: "2027-01-10", now, holidays: none });
    // Monday 4.1.2027, 9.00, 10.00 and 11.00 Finnish winter time (UTC+2); 11.00–11.45 still fits.
    expect(iso(slots)).toEqual(["2027-01-04T07:00:00.000Z", "2027-01-04T08:00:00.000Z", "2027-01-04T09:00:00.000Z"]);
    expect(slots[0].end.toISOString()).toBe("2027-01-04T07:45:00.000Z");
  });

  it("keeps 9.00 Finnish time on both sides of the March change (29.3.2027 is the first summer Monday)", () => {
    const slots = freeSlots(rules({ weekly: [{ weekday: 1, startsAt: "09:00", endsAt: "10:00" }] }), [free("a")], {
      from: "2027-03-22",
      to: "2027-03-29",
      now,
      holidays: none,
    });
    expect(iso(slots)).toEqual(["2027-03-22T07:00:00.000Z", "2027-03-29T06:00:00.000Z"]);
  });

  it("offers no time the spring change skips: 2.00–5.00 on 28.3.2027 is two hours long", () => {
    const slots = freeSlots(rules({ durationMinutes: 60, bufferMinutes: 0, weekly: [{ weekday: 7, startsAt: "02:00", endsAt: "05:00" }] }), [free("a")], {
      from: "2027-03-28",
      to: "2027-03-28",
      now,
      holidays: none,
    });
    // 2.00 (UTC+2) and 4.00 (UTC+3) are an hour apart; 3.00 does not exist that night and is no time.
    expect(iso(slots)).toEqual(["2027-03-28T00:00:00.000Z", "2027-03-28T01:00:00.000Z"]);
  });

  it("keeps 9.00 Finnish time across the October change (1.11.2027 is the first winter Monday)", () => {
    const slots = freeSlots(rules({ weekly: [{ weekday: 1, startsAt: "09:00", endsAt: "10:00" }] }), [free("a")], {
      from: "2027-10-25",
      to: "2027-11-01",
      now,
      holidays: none,
    });
    expect(iso(slots)).toEqual(["2027-10-25T06:00:00.000Z", "2027-11-01T07:00:00.000Z"]);
  });

  it("closes public holidays unless an exception opens the day, and follows exceptions", () => {
    const query = { from: "2027-12-06", to: "2027-12-13", now, holidays: new Set(["2027-12-06"]) };
    expect(iso(freeSlots(rules({ durationMinutes: 180, bufferMinutes: 0 }), [free("a")], query))).toEqual(["2027-12-13T07:00:00.000Z"]);
    const opened = rules({ durationMinutes: 180, bufferMinutes: 0, exceptions: [{ day: "2027-12-06", startsAt: "10:00", endsAt: "13:00" }] });
    expect(iso(freeSlots(opened, [free("a")], query))).toEqual(["2027-12-06T08:00:00.000Z", "2027-12-13T07:00:00.000Z"]);
    const closed = rules({ durationMinutes: 180, bufferMinutes: 0, exceptions: [{ day: "2027-12-13", startsAt: null, endsAt: null }] });
    expect(freeSlots(closed, [free("a")], query)).toEqual([]);
  });

  it("leaves out times a booking's buffer or blocked time meets, and days at their cap", () => {
    const query = { from: "2027-01-04", to: "2027-01-04", now, holidays: none };
    // A booking 10.00–10.45 with its buffer to 11.00 takes the 10.00 time only.
    const booked = free("a", [{ start: Date.parse("2027-01-04T08:00:00Z"), end: Date.parse("2027-01-04T09:00:00Z") }]);
    expect(iso(freeSlots(rules(), [booked], query))).toEqual(["2027-01-04T07:00:00.000Z", "2027-01-04T09:00:00.000Z"]);
    // Blocked 9.30–9.40: the 9.00 time (with its buffer to 10.00) cannot be had.
    const blocked = free("a", [{ start: Date.parse("2027-01-04T07:30:00Z"), end: Date.parse("2027-01-04T07:40:00Z") }]);
    expect(iso(freeSlots(rules(), [blocked], query))).toEqual(["2027-01-04T08:00:00.000Z", "2027-01-04T09:00:00.000Z"]);
    expect(freeSlots(rules({ dailyCap: 2 }), [free("a", [], { "2027-01-04": 2 })], query)).toEqual([]);
  });

  it("respects the minimum notice and the horizon", () => {
    const monday = new Date("2027-01-04T07:30:00Z");
    const slots = freeSlots(rules({ minimumNoticeHours: 1, horizonDays: 7 }), [free("a")], {
      from: "2027-01-01",
      to: "2027-02-01",
      now: monday,
      holidays: none,
    });
    // 10.00 is within the hour's notice of 9.30, 11.00 is not; the Monday a week on is the horizon's last day.
    expect(iso(slots)).toEqual(["2027-01-04T09:00:00.000Z", "2027-01-11T07:00:00.000Z", "2027-01-11T08:00:00.000Z", "2027-01-11T09:00:00.000Z"]);
  });

  it("offers a time while any practitioner is free, naming those who are", () => {
    const query = { from: "2027-01-04", to: "2027-01-04", now, holidays: none };
    const busyAtNine = free("a", [{ start: Date.parse("2027-01-04T07:00:00Z"), end: Date.parse("2027-01-04T08:00:00Z") }]);
    const slots = freeSlots(rules(), [busyAtNine, free("b")], query);
    expect(slots.map((s) => s.practitionerIds)).toEqual([["b"], ["a", "b"], ["a", "b"]]);
  });
});

describe("fair share", () => {
  it("gives the time to the one with the fewest bookings to come, then the least recently given one", () => {
    const history = {
      upcoming: new Map([["a", 2]]),
      lastAssignedAt: new Map([
        ["b", 2000],
        ["c", 1000],
      ]),
    };
    expect(fairChoice(["a", "b", "c"], history)).toBe("c");
    expect(fairChoice(["a", "b", "d"], history)).toBe("d");
    expect(fairChoice(["a"], history)).toBe("a");
    expect(fairChoice([], history)).toBeUndefined();
  });

  it("shows the free times nearest a taken one, in time order", () => {
    const slot = (at: string) => ({ start: new Date(at), end: new Date(at), practitionerIds: ["a"] });
    const slots = [slot("2027-01-04T07:00:00Z"), slot("2027-01-04T09:00:00Z"), slot("2027-01-05T07:00:00Z"), slot("2027-01-04T10:00:00Z")];
    expect(iso(nearestSlots(slots, new Date("2027-01-04T08:00:00Z"), 2))).toEqual(["2027-01-04T07:00:00.000Z", "2027-01-04T09:00:00.000Z"]);
  });
});

describe("the remembered shapes of days", () => {
  it("give the same instants and days as the time-zone database for every quarter hour of 2027", () => {
    for (let day = Temporal.PlainDate.from("2027-01-01"); day.year === 2027; day = day.add({ days: 1 })) {
      for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
        const zoned = day.toZonedDateTime({ timeZone: bookingTimeZone, plainTime: new Temporal.PlainTime(Math.floor(minutes / 60), minutes % 60) });
        expect(instantOf(day.toString(), minutes)).toBe(zoned.epochMilliseconds);
        expect(finnishDayOf(zoned.epochMilliseconds)).toBe(zoned.toPlainDate().toString());
      }
    }
  });
});
