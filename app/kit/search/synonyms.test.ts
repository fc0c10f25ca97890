import { describe, expect, it } from "vitest";
import { normalizePhrase } from "./query-terms";
import { phrasesOf, slotsOf } from "./synonyms";

describe("query-time synonyms", () => {
  const groups = [
    ["työkkäri", "te toimisto", "te palvelut"],
    ["amis", "ammattiopisto"],
  ];
  it("keeps members as query words read them", () => {
    expect(normalizePhrase("  TE-toimisto ")).toBe("te toimisto");
    expect(normalizePhrase("IT-ala")).toBe("it ala");
  });
  it("reads the longest member run as one slot of all its group's members", () => {
    expect(slotsOf(["te", "toimisto", "kajaani"], groups)).toEqual([[["te", "toimisto"], ["työkkäri"], ["te", "palvelut"]], [["kajaani"]]]);
    expect(slotsOf(["amis", "työkkäri"], groups)).toEqual([
      [["amis"], ["ammattiopisto"]],
      [["työkkäri"], ["te", "toimisto"], ["te", "palvelut"]],
    ]);
    expect(slotsOf(["te", "kajaani"], groups)).toEqual([[["te"]], [["kajaani"]]]);
  });
  it("looks up runs of one to three words", () => {
    expect(phrasesOf(["a", "b", "c", "d"])).toEqual(["a", "a b", "a b c", "b", "b c", "b c d", "c", "c d", "d"]);
  });
});
