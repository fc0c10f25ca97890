import { describe, expect, it } from "vitest";
import { translator } from "../kit/i18n/catalogue";
import { allTerms, hsdsTerm, taxonomyById, taxonomyDefinitions, taxonomyId, termById, termId } from "./taxonomies";

describe("HSDS taxonomies", () => {
  it("give every code a fixed UUID v5 that maps back to the code", () => {
    // Published ids: if this changes, every consumer's stored term ids break.
    expect(termId("target_group", "immigrants")).toBe(termId("target_group", "immigrants"));
    expect(termId("target_group", "immigrants")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(termId("target_group", "third_sector")).not.toBe(termId("organization_type", "third_sector"));
    const terms = allTerms(translator("fi"), "fi");
    expect(new Set(terms.map((t) => t.id)).size).toBe(terms.length);
    for (const term of terms) expect(termById(term.id.toUpperCase())?.code).toBe(term.code);
    for (const t of taxonomyDefinitions) expect(taxonomyById(taxonomyId(t.key))).toBe(t.key);
  });

  it("name terms in the asked language", () => {
    expect(hsdsTerm("channel", "phone", translator("sv"), "sv")).toMatchObject({
      code: "phone",
      name: "Telefon",
      language: "sv",
      taxonomy_id: taxonomyId("channel"),
      taxonomy_detail: { name: "Kontaktsätt" },
    });
    expect(hsdsTerm("channel", "phone", translator("fi"), "fi").name).toBe("Puhelin");
  });
});
