import { describe, expect, it } from "vitest";
import { editDistance } from "./edit-distance";

describe("edit distance", () => {
  it("counts two swapped letters as one edit", () => {
    expect(editDistance("neuovnta", "neuvonta")).toBe(1);
    expect(editDistance("ohjuas", "ohjaus")).toBe(1);
  });
  it("counts insertions, deletions and substitutions, letter by letter (ä and ö are letters)", () => {
    expect(editDistance("ohjaus", "ohjaus")).toBe(0);
    expect(editDistance("ohjaus", "ohjauksen")).toBe(3);
    expect(editDistance("tyokkari", "työkkäri")).toBe(2);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("kissa", "kassi")).toBe(2);
  });
  it("stops at the limit and says it was passed", () => {
    expect(editDistance("ohjaus", "koulutusneuvonta", 2)).toBe(3);
    expect(editDistance("neuovnta", "neuvonta", 2)).toBe(1);
  });
});
