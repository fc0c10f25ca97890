import { describe, expect, it } from "vitest";
import { addMonths, lastTwelveMonths, monthForInput, monthsBetween, parseMonth } from "./months";

describe("months", () => {
  it("reads a month as Finns type it", () => {
    expect(parseMonth("3/2026")).toBe("2026-03");
    expect(parseMonth("03.2026")).toBe("2026-03");
    expect(parseMonth(" 2026-3 ")).toBe("2026-03");
    expect(parseMonth("12/2026")).toBe("2026-12");
    for (const bad of ["13/2026", "0/2026", "3/26", "maaliskuu", ""]) expect(parseMonth(bad), bad).toBeNull();
    expect(monthForInput("2026-03")).toBe("3/2026");
  });

  it("counts months across years", () => {
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(addMonths("2026-12", 1)).toBe("2027-01");
    expect(addMonths("2026-03", -27)).toBe("2023-12");
    expect(monthsBetween("2026-11", "2027-02")).toEqual(["2026-11", "2026-12", "2027-01", "2027-02"]);
    expect(monthsBetween("2026-03", "2026-02")).toEqual([]);
    expect(lastTwelveMonths("2026-12-07")).toEqual({ from: "2026-01", to: "2026-12" });
    expect(lastTwelveMonths("2027-02-28")).toEqual({ from: "2026-03", to: "2027-02" });
  });
});
