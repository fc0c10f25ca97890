import { describe, expect, it } from "vitest";
import { codesInUse, isValidOn } from "./code-validity";

describe("code validity", () => {
  const validity = { old: { validUntil: "2024-07-31" }, coming: { validFrom: "2027-01-01" } };
  it("keeps a code from its first to its last day, both included", () => {
    expect(isValidOn(validity.old, "2024-07-31")).toBe(true);
    expect(isValidOn(validity.old, "2024-08-01")).toBe(false);
    expect(isValidOn(validity.coming, "2026-12-31")).toBe(false);
    expect(isValidOn(validity.coming, "2027-01-01")).toBe(true);
    expect(isValidOn(undefined, "1900-01-01")).toBe(true);
  });
  it("offers the codes in use, and the expired ones already chosen", () => {
    const codes = ["old", "current", "coming"] as const;
    expect(codesInUse(codes, validity, "2026-12-07")).toEqual(["current"]);
    expect(codesInUse(codes, validity, "2026-12-07", ["old"])).toEqual(["old", "current"]);
    expect(codesInUse(codes, validity, "2024-01-01")).toEqual(["old", "current"]);
  });
});
