import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  dayOfWeek,
  daysBetween,
  earlierBy,
  endOfDayInFinland,
  instantFromIso,
  instantInFinland,
  laterBy,
  milliseconds,
  monthsBefore,
  startOfDayInFinland,
  startOfMonth,
  todayInFinland,
  wallClockInFinland,
  yearInFinland,
} from "./calendar";

describe("the day in Finland", () => {
  it("turns at midnight in Helsinki, not in UTC", () => {
    expect(todayInFinland(new Date("2026-05-31T20:59:59Z"))).toBe("2026-05-31");
    expect(todayInFinland(new Date("2026-05-31T21:00:00Z"))).toBe("2026-06-01"); // summer: UTC+3
    expect(todayInFinland(new Date("2026-12-31T21:59:59Z"))).toBe("2026-12-31");
    expect(todayInFinland(new Date("2026-12-31T22:00:00Z"))).toBe("2027-01-01"); // winter: UTC+2
    expect(yearInFinland(new Date("2026-12-31T22:30:00Z"))).toBe(2027);
    expect(todayInFinland()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe("wall-clock time in Finland", () => {
  it("converts both ways in summer and winter", () => {
    expect(instantInFinland("2026-07-01", "09:30").toISOString()).toBe("2026-07-01T06:30:00.000Z");
    expect(instantInFinland("2026-12-01", "09:30").toISOString()).toBe("2026-12-01T07:30:00.000Z");
    expect(wallClockInFinland(new Date("2026-07-01T06:30:00Z"))).toEqual({ date: "2026-07-01", time: "09:30" });
    expect(wallClockInFinland(new Date("2026-12-31T22:15:59.999Z"))).toEqual({ date: "2027-01-01", time: "00:15" });
  });

  it("moves a time that the spring change skips forward, and takes the first of a repeated autumn hour", () => {
    // 29.3.2026 the clocks go from 03:00 to 04:00; 25.10.2026 from 04:00 back to 03:00.
    expect(instantInFinland("2026-03-29", "03:30").toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(wallClockInFinland(instantInFinland("2026-03-29", "03:30")).time).toBe("04:30");
    expect(instantInFinland("2026-10-25", "03:30").toISOString()).toBe("2026-10-25T00:30:00.000Z");
  });

  it("knows where a Finnish day starts and ends", () => {
    expect(startOfDayInFinland("2027-01-01").toISOString()).toBe("2026-12-31T22:00:00.000Z");
    expect(startOfDayInFinland("2026-06-01").toISOString()).toBe("2026-05-31T21:00:00.000Z");
    expect(endOfDayInFinland("2026-03-12").toISOString()).toBe("2026-03-12T21:59:59.999Z");
    // The day of the spring change has 23 hours.
    expect(endOfDayInFinland("2026-03-29").toISOString()).toBe("2026-03-29T20:59:59.999Z");
  });
});

describe("ISO texts as instants", () => {
  it("read an offset when there is one, and wall-clock time in the given zone when not", () => {
    expect(instantFromIso("2025-01-31T12:30:15.250Z", "UTC")?.toISOString()).toBe("2025-01-31T12:30:15.250Z");
    expect(instantFromIso("2025-06-30T12:30+03:00", "UTC")?.toISOString()).toBe("2025-06-30T09:30:00.000Z");
    expect(instantFromIso("2025-06-30 12:30", "UTC")?.toISOString()).toBe("2025-06-30T12:30:00.000Z");
    expect(instantFromIso("2025-06-30", "Europe/Helsinki")?.toISOString()).toBe("2025-06-29T21:00:00.000Z");
  });

  it("refuse days not on the calendar and what is not ISO", () => {
    for (const text of ["2026-02-31", "2026-02-31T10:00Z", "31.1.2025", "", "huomenna"]) expect(instantFromIso(text, "UTC"), text).toBeUndefined();
  });
});

describe("calendar arithmetic on days", () => {
  it("adds days and months across month ends, leap days and years", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2026-01-01", 60)).toBe("2026-03-02");
    expect(addMonths("2027-01-31", 1)).toBe("2027-02-28");
    expect(addMonths("2026-11-15", 2)).toBe("2027-01-15");
    expect(startOfMonth("2026-08-17")).toBe("2026-08-01");
  });

  it("counts the days between two days, whatever the clocks do", () => {
    expect(daysBetween("2026-03-01", "2026-03-31")).toBe(30);
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2); // over the spring change
    expect(daysBetween("2026-12-31", "2026-12-01")).toBe(-30);
    expect(daysBetween("2028-01-01", "2029-01-01")).toBe(366);
  });

  it("numbers the weekdays from Monday", () => {
    expect(dayOfWeek("2027-02-15")).toBe(1);
    expect(dayOfWeek("2027-02-21")).toBe(7);
  });
});

describe("instants", () => {
  it("go back months by the Finnish calendar", () => {
    expect(monthsBefore(new Date("2027-03-15T10:00:00Z"), 12).toISOString()).toBe("2026-03-15T10:00:00.000Z");
    expect(monthsBefore(new Date("2028-02-29T10:00:00Z"), 12).toISOString()).toBe("2027-02-28T10:00:00.000Z");
    // Summer time then, winter time now: the same wall-clock time, one hour apart in UTC.
    expect(monthsBefore(new Date("2026-11-15T10:00:00Z"), 6).toISOString()).toBe("2026-05-15T09:00:00.000Z");
  });

  it("move by exact lengths of time, a day being 24 hours", () => {
    expect(milliseconds({ days: 14 })).toBe(14 * 86_400_000);
    expect(milliseconds({ minutes: 5 })).toBe(300_000);
    expect(laterBy(new Date("2026-03-28T12:00:00Z"), { days: 1 }).toISOString()).toBe("2026-03-29T12:00:00.000Z");
    expect(earlierBy(new Date("2026-03-15T12:00:00Z"), { days: 14 }).toISOString()).toBe("2026-03-01T12:00:00.000Z");
  });
});
