import { describe, expect, it } from "vitest";
import { slugPattern } from "../content-pages/inputs";
import { demoPages } from "../demo/content-pages";
import { hasMessage } from "../kit/i18n/catalogue";
import { languages } from "../kit/i18n/languages";
import { targetGroups } from "../network-map/code-lists";
import { fundingForms } from "../offerings/code-lists";
import { isPathSlug, lifePath, lifePaths, pathKey, pathTextParts, russianPath } from "./paths";
import { russianImmigrantPath } from "./russian";

describe("life-situation paths", () => {
  it("cover every client group of the network map that a citizen can be in", () => {
    const covered = new Set<string>(lifePaths.flatMap((p) => p.serviceGroups));
    // The third sector is an actor of the network, not a citizen's situation.
    expect(targetGroups.filter((g) => !covered.has(g))).toEqual(["third_sector"]);
  });

  it("map to codes of the network map's and the offerings' code lists", () => {
    for (const p of lifePaths) {
      expect(p.serviceGroups.length, p.slug).toBeGreaterThan(0);
      for (const g of [...p.serviceGroups, ...p.offeringGroups]) expect(targetGroups, p.slug).toContain(g);
      for (const f of p.fundingForms) expect(fundingForms, p.slug).toContain(f);
      // The adult education allowance ended for studies from August 2024; no path may promise it.
      expect(p.fundingForms, p.slug).not.toContain("adult_education_allowance");
    }
  });

  it("map the portal's quick paths to their groups", () => {
    expect(lifePath("immigrants").serviceGroups).toEqual(["immigrants"]);
    expect(lifePath("career-change").offeringGroups).toEqual(["career_changers"]);
    expect(lifePath("companies").serviceGroups).toEqual(["entrepreneurs", "employers"]);
    expect(lifePath("drop-outs").serviceGroups).toContain("drop_outs");
    expect(lifePath("further-training").offeringGroups).toEqual(["further_training_seekers"]);
  });

  it("have readable, unique slugs and every text part in every language", () => {
    expect(new Set(lifePaths.map((p) => p.slug)).size).toBe(lifePaths.length);
    for (const p of lifePaths) {
      expect(p.slug).toMatch(/^[a-z]+(-[a-z]+)*$/);
      for (const lang of languages) for (const part of pathTextParts) expect(hasMessage(lang, pathKey(p.slug, part)), `${lang} ${p.slug} ${part}`).toBe(true);
    }
    expect(isPathSlug("immigrants")).toBe(true);
    expect(isPathSlug("__proto__")).toBe(false);
  });

  it("link to the content pages of the studying and financing sections that apply to them", () => {
    const demo = new Map(demoPages.map((p) => [p.slug, p.section]));
    for (const p of lifePaths) {
      expect(p.contentPages.length, p.slug).toBeGreaterThan(0);
      expect(new Set(p.contentPages).size, p.slug).toBe(p.contentPages.length);
      for (const slug of p.contentPages) {
        expect(slug, p.slug).toMatch(slugPattern);
        // The demo content has every page a path names, in a public section.
        expect(["studying", "financing"], `${p.slug} ${slug}`).toContain(demo.get(slug));
      }
      // The page on the ended adult education allowance explains the change; no path offers it.
      expect(p.contentPages, p.slug).not.toContain("adult-education-allowance");
      // Every path names at least one way of financing studies.
      expect(
        p.contentPages.some((slug) => demo.get(slug) === "financing"),
        p.slug,
      ).toBe(true);
    }
    expect(lifePath("job-seekers").contentPages).toContain("studying-on-unemployment-benefit");
    expect(lifePath("immigrants").contentPages).toContain("recognition-of-prior-learning");
    expect(lifePath("further-training").contentPages).toContain("studying-alongside-work");
  });

  it("have the immigrant path in Russian, in Cyrillic", () => {
    expect(russianPath).toBe("immigrants");
    for (const part of pathTextParts) expect(russianImmigrantPath[part], part).toMatch(/[а-яё]{3}/i);
  });
});
