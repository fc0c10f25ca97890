import { describe, expect, it } from "vitest";
import { niceMaximum } from "./chart";

describe("the chart's axis", () => {
  it("rounds the top up to 1, 2 or 5 times a power of ten", () => {
    expect([0, 1, 3, 7, 10, 11, 180, 2400].map(niceMaximum)).toEqual([1, 1, 5, 10, 10, 20, 200, 5000]);
  });
});
