import { describe, expect, it } from "vitest";
import { formatNumber } from "./numbers";

describe("numbers in prose", () => {
  it("are written in the page's language", () => {
    expect(formatNumber(1234.5, "fi")).toBe("1\u00a0234,5");
    expect(formatNumber(1234.5, "sv")).toBe("1\u00a0234,5");
    expect(formatNumber(1000, "en")).toBe("1\u00a0000");
    expect(formatNumber(2.345, "fi", { maximumFractionDigits: 1 })).toBe("2,3");
    expect(formatNumber(2.345, "fi")).toBe("2,345");
  });
});
