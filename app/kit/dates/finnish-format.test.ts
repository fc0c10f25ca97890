import { describe, expect, it } from "vitest";
import { dateForInput, finnishClock, finnishDate, timeForInput } from "./finnish-format";

describe("Finnish forms of ISO dates and times", () => {
  it("write days without leading zeros and times with a dot", () => {
    expect(finnishDate("2027-02-05")).toBe("5.2.2027");
    expect(finnishDate("2026-12-31")).toBe("31.12.2026");
    expect(finnishClock("09:30")).toBe("09.30");
    expect(() => finnishDate("5.2.2027")).toThrow();
    expect(() => finnishClock("9.30")).toThrow();
  });

  it("show stored values in a field in the Finnish form and what the user typed as it was", () => {
    expect(dateForInput("2027-02-15")).toBe("15.2.2027");
    expect(dateForInput("31.2.2027")).toBe("31.2.2027");
    expect(dateForInput(undefined)).toBe("");
    expect(dateForInput(null)).toBe("");
    expect(timeForInput("09:00")).toBe("9.00");
    expect(timeForInput("13:30")).toBe("13.30");
    expect(timeForInput("9.60")).toBe("9.60");
    expect(timeForInput(undefined)).toBe("");
  });
});
