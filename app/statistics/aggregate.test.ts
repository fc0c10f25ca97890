import { describe, expect, it } from "vitest";
import { columnValue, sumBy, totalOf } from "./aggregate";
import type { Figure } from "./measures";

const a = "00000000-0000-4000-8000-00000000000a";
const b = "00000000-0000-4000-8000-00000000000b";
const figure = (month: string, organizationId: string, measure: Figure["measure"], value: number, channel: string | null = null): Figure => ({
  month,
  organizationId,
  serviceId: null,
  channel,
  measure,
  value,
});

describe("summing the statistics", () => {
  const figures = [
    figure("2026-01", a, "bookings", 4, "phone"),
    figure("2026-01", a, "bookingsHeld", 3, "phone"),
    figure("2026-03", b, "bookings", 2, "video"),
    figure("2026-03", a, "satisfactionAnswers", 2),
    figure("2026-03", a, "satisfactionScoreSum", 9),
    figure("2025-12", a, "bookings", 100, "phone"),
  ];

  it("gives every month of the period a row, in order, and leaves out months outside it", () => {
    const rows = sumBy(figures, "month", ["2026-01", "2026-02", "2026-03"]);
    expect(rows.map((r) => [r.key, r.totals.bookings, r.totals.satisfactionAnswers])).toEqual([
      ["2026-01", 4, 0],
      ["2026-02", 0, 0],
      ["2026-03", 2, 2],
    ]);
  });

  it("puts the largest organisation or channel first, and none as its own group", () => {
    expect(sumBy(figures, "organization", []).map((r) => [r.key, r.totals.bookings])).toEqual([
      [a, 104],
      [b, 2],
    ]);
    expect(sumBy(figures, "channel", []).map((r) => r.key)).toEqual(["phone", "video", null]);
  });

  it("derives averages from sums and says nothing where there is nothing to average", () => {
    const totals = totalOf(figures);
    expect(columnValue(totals, "satisfactionAverage")).toBe(4.5);
    expect(columnValue(totals, "contactAnswerHoursAverage")).toBeNull();
    expect(columnValue(totals, "bookings")).toBe(106);
  });
});
