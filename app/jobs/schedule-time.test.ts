import { describe, expect, it } from "vitest";
import { localClock, nextLocalTime, utcCronFor } from "./schedule-time";

describe("schedule times in Finnish time", () => {
  it("turn 07:00 into the two UTC hours it falls on, summer (UTC+3) and winter (UTC+2)", () => {
    expect(utcCronFor("07:00", "Europe/Helsinki", 2026)).toBe("0 4,5 * * *");
    expect(utcCronFor("00:30", "Europe/Helsinki", 2026)).toBe("30 21,22 * * *");
    expect(utcCronFor("07:00", "UTC", 2026)).toBe("0 7 * * *");
  });

  it("read the local clock of a UTC time", () => {
    expect(localClock(new Date("2026-01-15T05:00:00Z"), "Europe/Helsinki")).toBe("07:00");
    expect(localClock(new Date("2026-01-15T04:00:00Z"), "Europe/Helsinki")).toBe("06:00");
    expect(localClock(new Date("2026-07-15T04:00:00Z"), "Europe/Helsinki")).toBe("07:00");
    expect(localClock(new Date("2026-07-15T05:00:00Z"), "Europe/Helsinki")).toBe("08:00");
  });

  it("find the next run, across the changes to and from summer time", () => {
    expect(nextLocalTime("07:00", "Europe/Helsinki", new Date("2026-01-15T05:00:00Z")).toISOString()).toBe("2026-01-16T05:00:00.000Z");
    expect(nextLocalTime("07:00", "Europe/Helsinki", new Date("2026-01-15T04:59:00Z")).toISOString()).toBe("2026-01-15T05:00:00.000Z");
    // Summer time begins on 29 March 2026 and ends on 25 October 2026.
    expect(nextLocalTime("07:00", "Europe/Helsinki", new Date("2026-03-28T06:00:00Z")).toISOString()).toBe("2026-03-29T04:00:00.000Z");
    expect(nextLocalTime("07:00", "Europe/Helsinki", new Date("2026-10-24T06:00:00Z")).toISOString()).toBe("2026-10-25T05:00:00.000Z");
  });
});
