import { describe, expect, it } from "vitest";
import { isValidBusinessId } from "./business-id";

describe("isValidBusinessId", () => {
  it("accepts real business IDs", () => {
    expect(isValidBusinessId("1905652-2")).toBe(true); // Kainuun maakunta -kuntayhtymä (seed 002)
    expect(isValidBusinessId("0246246-0")).toBe(true);
    expect(isValidBusinessId("0201256-6")).toBe(true);
  });

  it("rejects a wrong check digit, a wrong form and remainder 1", () => {
    expect(isValidBusinessId("1905652-3")).toBe(false);
    expect(isValidBusinessId("1905652")).toBe(false);
    expect(isValidBusinessId("19056522")).toBe(false);
    expect(isValidBusinessId("abcdefg-h")).toBe(false);
    expect(isValidBusinessId("0000001-0")).toBe(false); // 7 * 0 … + 2 * 1 = 2 → check 9
  });
});
