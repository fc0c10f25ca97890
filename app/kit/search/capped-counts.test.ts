import { describe, expect, it } from "vitest";
import { countCap, displayCount, readCappedCounts } from "./capped-counts";

describe("capped counts", () => {
  it("are exact up to the cap", () => {
    const counts = readCappedCounts(
      [
        { value: "kind:service", count: 3 },
        { value: "#", count: 3 },
      ],
      3,
    );
    expect(counts).toEqual({ matched: 3, capped: false, values: [{ value: "kind:service", count: 3 }] });
  });

  it("are not shown above the cap", () => {
    const counts = readCappedCounts(
      [
        { value: "kind:service", count: 4 },
        { value: "#", count: 4 },
      ],
      3,
    );
    expect(counts).toEqual({ matched: 4, capped: true, values: [] });
  });

  it("read as a number, or as the cap and a plus above it", () => {
    expect(displayCount(1, false, "fi")).toBe("1");
    expect(displayCount(countCap + 1, true, "fi")).toBe(`1\u00a0000+`);
    expect(displayCount(12345, false, "en")).toBe("12,345");
  });
});
