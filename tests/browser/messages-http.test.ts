import { beforeAll, describe, expect, it } from "vitest";
import type { Language } from "../../app/kit/i18n/languages";
import { anOffering, anOrganization, aService, unique } from "../support/fixtures";
import { get } from "../support/http";

/**
 * Counts on the public search pages read in the plural of the page's language (ICU messages,
 * decision 0172): "1 tulos" but "2 tulosta", "1 result" but "2 results".
 */
const heading = async (path: string, id: string) => {
  const response = await get(path);
  expect(response.status, path).toBe(200);
  return new RegExp(`<h2 id="${id}"[^>]*>(.*?)</h2>`).exec(await response.text())?.[1];
};

let one: string;
let two: string;
beforeAll(async () => {
  one = unique("yksi");
  two = unique("kaksi");
  const org = await anOrganization();
  await aService(org.id, { name: { fi: `Uraohjaus ${one}` } });
  await aService(org.id, { name: { fi: `Uraohjaus ${two}` } });
  await aService(org.id, { name: { fi: `Opintoneuvonta ${two}` } });
  await anOffering(org.id, { name: { fi: `Hitsaajan koulutus ${one}` } });
  await anOffering(org.id, { name: { fi: `Hitsaajan koulutus ${two}` } });
  await anOffering(org.id, { name: { fi: `Lähihoitajan koulutus ${two}` } });
});

describe("counts on public search pages", { timeout: 60_000 }, () => {
  const cases: [Language, string, string, string][] = [
    ["fi", "0 tulosta", "1 tulos", "2 tulosta"],
    ["sv", "0 resultat", "1 resultat", "2 resultat"],
    ["en", "0 results", "1 result", "2 results"],
  ];
  it.each(cases)("the guidance network search in %s reads %s, %s, %s", async (lang, none, single, several) => {
    const search = (marker: string) => heading(`/${lang}/search?q=${marker}&kind=service`, "search-results-heading");
    expect(await search(unique("eimitaan"))).toBe(none);
    expect(await search(one)).toBe(single);
    expect(await search(two)).toBe(several);
  });

  const offerings: [Language, string, string][] = [
    ["fi", "1 koulutus", "2 koulutusta"],
    ["sv", "1 utbildning", "2 utbildningar"],
    ["en", "1 offering", "2 offerings"],
  ];
  it.each(offerings)("the education search in %s reads %s, %s", async (lang, single, several) => {
    const search = (marker: string) => heading(`/${lang}/education?q=${marker}`, "education-results-heading");
    expect(await search(one)).toBe(single);
    expect(await search(two)).toBe(several);
  });
});
