import { describe, expect, it } from "vitest";
import { isApplicationOpen } from "./application-period";

describe("application period", () => {
  it("is open between its start and end, both inclusive", () => {
    const period = { applicationStart: "2026-03-01", applicationEnd: "2026-03-15", personalStart: false };
    expect(isApplicationOpen(period, "2026-02-28")).toBe(false);
    expect(isApplicationOpen(period, "2026-03-01")).toBe(true);
    expect(isApplicationOpen(period, "2026-03-15")).toBe(true);
    expect(isApplicationOpen(period, "2026-03-16")).toBe(false);
  });

  it("without dates is continuous only with a personal start", () => {
    expect(isApplicationOpen({ applicationStart: null, applicationEnd: null, personalStart: true }, "2026-01-01")).toBe(true);
    expect(isApplicationOpen({ applicationStart: null, applicationEnd: null, personalStart: false }, "2026-01-01")).toBe(false);
    expect(isApplicationOpen({ applicationStart: null, applicationEnd: "2026-01-31", personalStart: false }, "2026-01-01")).toBe(true);
  });
});
