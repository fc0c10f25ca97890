import { describe, expect, it } from "vitest";
import { anOffering, anOrganization, unique } from "../../tests/support/fixtures";
import { parseOfferingSearch } from "./search-params";
import { searchOfferings } from "./search.server";

const search = (query: string, today = "2026-05-20", countCap?: number) => {
  const parsed = parseOfferingSearch(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(`bad query ${query}`);
  return searchOfferings(parsed.search, { today, countCap });
};
const ids = (outcome: { results: { id: string }[] }) => outcome.results.map((r) => r.id);

describe("offering search", () => {
  it("finds inflected forms, compound parts and words with typos", async () => {
    const marker = unique("o");
    const org = await anOrganization({ regionCodes: ["maakunta_18"] });
    const adult = await anOffering(org.id, { name: { fi: `Aikuiskoulutus ${marker}` } });
    const welding = await anOffering(org.id, { name: { fi: `Hitsausammattitutkinto ${marker}` } });

    expect(ids(await search(`q=aikuiskoulutukseen ${marker}`))).toEqual([adult]);
    expect(ids(await search(`q=ammattitutkinto ${marker}`))).toEqual([welding]);
    expect(ids(await search(`q=aikuiskolutus ${marker}`))).toEqual([adult]);
  });

  it("finds offerings by the labels of their codes and their provider", async () => {
    const marker = unique("l");
    const org = await anOrganization();
    const id = await anOffering(org.id, { name: { fi: `Kurssi ${marker}` }, fundingForms: ["apprenticeship"] });
    expect(ids(await search(`q=oppisopimuksella ${marker}`))).toEqual([id]);
    expect(ids(await search(`q=${encodeURIComponent(org.name)}`))).toEqual([id]);
  });

  it("filters by every dimension with disjunctive counts", async () => {
    const marker = unique("f");
    const org = await anOrganization({ regionCodes: ["maakunta_18"] });
    const distance = await anOffering(org.id, {
      name: { fi: `Etäkurssi ${marker}` },
      teachingMethod: "distance",
      teachingLanguages: ["fi", "en"],
      municipalityCode: "kunta_205",
      targetGroups: ["immigrants"],
      fundingForms: ["self_motivated_study"],
      educationType: "open_uas_studies",
      fieldCode: "kansallinenkoulutusluokitus2016koulutusalataso1_06",
    });
    const contact = await anOffering(org.id, { name: { fi: `Lähikurssi ${marker}` }, teachingMethod: "contact", municipalityCode: "kunta_698" });

    const all = await search(`q=${marker}`);
    expect(all.total).toBe(2);
    expect(all.facets.method).toEqual({ distance: 1, contact: 1 });
    expect(all.facets.region).toEqual({ maakunta_18: 1, maakunta_19: 1 });

    const byMethod = await search(`q=${marker}&method=distance`);
    expect(ids(byMethod)).toEqual([distance]);
    // The other method still shows what choosing it as well would add.
    expect(byMethod.facets.method).toEqual({ distance: 1, contact: 1 });
    expect(byMethod.facets.language).toEqual({ fi: 1, en: 1 });

    for (const filter of [
      "type=open_uas_studies",
      "field=kansallinenkoulutusluokitus2016koulutusalataso1_06",
      "language=en",
      "municipality=kunta_205",
      "region=maakunta_18",
      "funding=self_motivated_study",
      "group=immigrants",
    ])
      expect(ids(await search(`q=${marker}&${filter}`)), filter).toEqual([distance]);
    expect(ids(await search(`q=${marker}&municipality=kunta_698`))).toEqual([contact]);
    expect(ids(await search(`q=${marker}&method=distance&method=contact&sort=name`))).toEqual([distance, contact]);
  });

  it("finds the offerings whose application is open on the day", async () => {
    const marker = unique("a");
    const org = await anOrganization();
    const open = await anOffering(org.id, { name: { fi: `Auki ${marker}` }, applicationStart: "2026-05-01", applicationEnd: "2026-05-20" });
    const continuous = await anOffering(org.id, { name: { fi: `Jatkuva ${marker}` }, personalStart: true, startDate: undefined });
    await anOffering(org.id, { name: { fi: `Päättynyt ${marker}` }, applicationStart: "2026-03-01", applicationEnd: "2026-05-19" });
    await anOffering(org.id, { name: { fi: `Tuleva ${marker}` }, applicationStart: "2026-05-21", applicationEnd: "2026-06-01" });

    const outcome = await search(`q=${marker}&open=1&sort=name`);
    expect(ids(outcome)).toEqual([open, continuous]);
    expect((await search(`q=${marker}`)).openNowCount).toBe(2);
    expect(ids(await search(`q=${marker}&open=1`, "2026-05-21")).sort()).toEqual([continuous, (await search(`q=Tuleva ${marker}`)).results[0].id].sort());
  });

  it("sorts by start date (personal start first) and by name in Finnish order", async () => {
    const marker = unique("s");
    const org = await anOrganization();
    const later = await anOffering(org.id, { name: { fi: `Äidinkieli ${marker}` }, startDate: "2026-10-01" });
    const sooner = await anOffering(org.id, { name: { fi: `Öljyalan kurssi ${marker}` }, startDate: "2026-08-01" });
    const personal = await anOffering(org.id, { name: { fi: `Zumba ${marker}` }, personalStart: true, startDate: undefined });
    const first = await anOffering(org.id, { name: { fi: `Auto ${marker}` }, startDate: "2026-12-01" });

    expect(ids(await search(`q=${marker}&sort=start`))).toEqual([personal, sooner, later, first]);
    // Finnish collation: z before å, ä, ö, which come last.
    expect(ids(await search(`q=${marker}&sort=name`))).toEqual([first, personal, later, sooner]);
  });

  it("pages the results", async () => {
    const marker = unique("p");
    const org = await anOrganization();
    for (let i = 0; i < 21; i++) await anOffering(org.id, { name: { fi: `Sivu ${String(i).padStart(2, "0")} ${marker}` } });
    const second = await search(`q=${marker}&sort=name&page=2`);
    expect(second.total).toBe(21);
    expect(second.results.map((r) => r.name.fi)).toEqual([`Sivu 20 ${marker}`]);
    expect((await search(`q=${marker}&page=3`)).total).toBe(21);
  });

  it("caps the counts of broad searches and orders them by start instead of relevance", async () => {
    const marker = unique("c");
    const org = await anOrganization();
    const late = await anOffering(org.id, { name: { fi: `Kurssi ${marker} ${marker}` }, startDate: "2026-09-01", personalStart: false });
    const early = await anOffering(org.id, { name: { fi: `Kurssi ${marker}` }, startDate: "2026-06-01", personalStart: false });
    const third = await anOffering(org.id, { name: { fi: `Kurssi ${marker}` }, startDate: "2026-07-01", personalStart: false });

    const exact = await search(`q=${marker}`, "2026-05-20", 3);
    expect([exact.total, exact.capped, exact.uncounted]).toEqual([3, false, []]);
    // Below the cap every facet is counted: the three offerings share one teaching method.
    expect(Object.values(exact.facets.method).reduce((sum, count) => sum + count, 0)).toBe(3);

    const capped = await search(`q=${marker}`, "2026-05-20", 2);
    expect([capped.total, capped.capped]).toEqual([3, true]);
    expect(capped.uncounted).toEqual(expect.arrayContaining(["method", "region", "type"]));
    expect(ids(capped)).toEqual([early, third, late]);
    expect(capped.openNowCount).toBeLessThanOrEqual(3);
  });
});
