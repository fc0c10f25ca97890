import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../kit/db/db.server";
import { practitioner } from "./schema.server";
import { aPractitioner, aService, aServicePoint, anOrganization, unique } from "../../tests/support/fixtures";
import { parseMapSearch } from "./search-params";
import { searchMap } from "./search.server";

const search = (query: string, options: { countCap?: number } = {}) => {
  const parsed = parseMapSearch(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(`bad query ${query}`);
  return searchMap(parsed.search, options);
};

describe("map search", () => {
  it("finds Finnish words in other inflected forms and inside compounds", async () => {
    const marker = unique("x");
    const org = await anOrganization();
    const adult = await aService(org.id, { name: { fi: `Aikuiskoulutus ${marker}` } });
    const counselling = await aService(org.id, { name: { fi: `Koulutusneuvonta ${marker}` } });

    const inflected = await search(`q=aikuiskoulutukseen ${marker}`);
    expect(inflected.results.map((r) => r.id)).toContain(adult);
    expect(inflected.results.map((r) => r.id)).not.toContain(counselling);

    const compound = await search(`q=neuvonta ${marker}`);
    expect(compound.results.map((r) => r.id)).toEqual([counselling]);
  });

  it("tolerates small typos", async () => {
    const marker = unique("y");
    const org = await anOrganization();
    const id = await aService(org.id, { name: { fi: `Urasuunnittelu ${marker}` } });
    const result = await search(`q=urasuunittelu ${marker}`);
    expect(result.results.map((r) => r.id)).toContain(id);
  });

  it("searches Swedish text as Swedish", async () => {
    const marker = unique("z");
    const org = await anOrganization();
    const id = await aService(org.id, { name: { fi: `Ohjaus ${marker}`, sv: `Studievägledningen ${marker}` } });
    const result = await search(`q=studievägledning ${marker}`);
    expect(result.results.map((r) => r.id)).toContain(id);
  });

  it("filters by municipality, target group, channel, language and topic, and counts per value", async () => {
    const marker = unique("f");
    const org = await anOrganization({ regionCodes: ["maakunta_18"] });
    const point = await aServicePoint(org.id, { postalCode: "87100" }); // Kajaani
    const inPerson = await aService(org.id, {
      name: { fi: `Lähiohjaus ${marker}` },
      targetGroups: ["immigrants"],
      languages: ["fi", "ru"],
      topics: ["language_and_integration"],
      channels: [{ channel: "in_person", servicePointId: point, hours: {} }],
      servicePointIds: [point],
    });
    const byPhone = await aService(org.id, {
      name: { fi: `Puhelinohjaus ${marker}` },
      targetGroups: ["entrepreneurs"],
      areaMunicipalities: ["kunta_765"], // Sotkamo
    });

    const kajaani = await search(`q=${marker}&municipality=kunta_205&kind=service`);
    expect(kajaani.results.map((r) => r.id)).toEqual([inPerson]);

    const russian = await search(`q=${marker}&language=ru&kind=service`);
    expect(russian.results.map((r) => r.id)).toEqual([inPerson]);

    const phone = await search(`q=${marker}&channel=phone&group=entrepreneurs`);
    expect(phone.results.map((r) => r.id)).toEqual([byPhone]);

    const all = await search(`q=${marker}&kind=service`);
    expect(all.total).toBe(2);
    expect(all.facets.channel).toMatchObject({ phone: 1, in_person: 1 });
    expect(all.facets.language).toMatchObject({ fi: 2, ru: 1 });
    expect(all.facets.municipality).toMatchObject({ kunta_205: 1, kunta_765: 1 });

    // Within a chosen dimension the other values keep their counts, so they can be added.
    const oneChannel = await search(`q=${marker}&kind=service&channel=phone`);
    expect(oneChannel.total).toBe(1);
    expect(oneChannel.facets.channel).toMatchObject({ phone: 1, in_person: 1 });
  });

  it("pages through the results and reports the total on every page", async () => {
    const marker = unique("p");
    const org = await anOrganization({ name: { fi: `Opisto ${marker}` } });
    const ids = [];
    for (let i = 0; i < 22; i++) ids.push(await aService(org.id, { name: { fi: `Ohjaus ${marker} ${i}` } }));
    const first = await search(`q=${marker}&kind=service`);
    const second = await search(`q=${marker}&kind=service&page=2`);
    const pastTheEnd = await search(`q=${marker}&kind=service&page=3`);
    expect([first.total, second.total, pastTheEnd.total]).toEqual([22, 22, 22]);
    expect([...first.results, ...second.results].map((r) => r.id).sort()).toEqual([...ids].sort());
    expect(pastTheEnd.results).toEqual([]);
    expect((await search(`q=${marker}`)).total).toBe(23);
  });

  it("caps the counts of broad searches and lists their results by name", async () => {
    const marker = unique("c");
    const org = await anOrganization({ name: { fi: `Opisto ${marker}` } });
    const names = ["Cecilia", "Aino", "Bertta", "Daniel"];
    const ids = new Map<string, string>();
    for (const name of names) ids.set(name, await aService(org.id, { name: { fi: `${name} ${marker}` }, channels: [{ channel: "phone", hours: {} }] }));

    // Under the cap: exact counts, ranked.
    const exact = await search(`q=${marker}&kind=service`, { countCap: 5 });
    expect([exact.total, exact.capped, exact.uncounted]).toEqual([4, false, []]);
    expect(exact.facets.channel).toMatchObject({ phone: 4 });

    // Over it: "more than" the cap, no counts, and the matches in name order page by page.
    const first = await search(`q=${marker}&kind=service`, { countCap: 2 });
    expect([first.total, first.capped]).toEqual([3, true]);
    expect(first.facets.channel).toEqual({});
    expect(first.uncounted).toEqual(expect.arrayContaining(["channel", "region", "municipality"]));
    expect(first.results.map((r) => r.id)).toEqual(["Aino", "Bertta", "Cecilia", "Daniel"].map((n) => ids.get(n)));

    // A chosen dimension's own counts (here without the kind filter: the organisation as well)
    // are capped on their own.
    const phone = await search(`q=${marker}&kind=service&channel=phone`, { countCap: 4 });
    expect([phone.total, phone.capped, phone.uncounted]).toEqual([4, false, ["kind"]]);
    expect(phone.facets.channel).toMatchObject({ phone: 4 });
  });

  it("shows practitioners' public fields only in search", async () => {
    const org = await anOrganization();
    const secretTitle = unique("Salainentehtava");
    const id = await aPractitioner(org.id, { title: { fi: secretTitle }, visibility: { title: "network" } });
    const byTitle = await search(`q=${secretTitle}`);
    expect(byTitle.results.map((r) => r.id)).not.toContain(id);
  });

  it.each(["fi", "sv", "en"] as const)("keeps a title shared with the network only out of the index in %s, while a public one is found", async (lang) => {
    const org = await anOrganization();
    const hiddenWord = unique("Hemligtitel");
    const publicWord = unique("Oppentitel");
    const hidden = await aPractitioner(org.id, { title: { [lang]: hiddenWord }, visibility: { title: "network" } });
    const open = await aPractitioner(org.id, { title: { [lang]: publicWord } });
    const ids = async (query: string) => (await search(query)).results.map((r) => r.id);
    // Typo tolerance may bring other tests' similar words: only these two practitioners matter.
    expect(await ids(`q=${hiddenWord}`)).not.toContain(hidden);
    expect(await ids(`q=${hiddenWord}&kind=practitioner`)).not.toContain(hidden);
    expect(await ids(`q=${publicWord}`)).toContain(open);
    // Found by name, the hidden practitioner's result does not carry the title either.
    const [{ familyName }] = await db().select({ familyName: practitioner.familyName }).from(practitioner).where(eq(practitioner.id, hidden));
    const byName = (await search(`q=${familyName}`)).results.find((r) => r.id === hidden);
    expect(JSON.stringify(byName)).not.toContain(hiddenWord);
    const { rows } = await db().execute<{ text: string }>(sql`select row_to_json(d)::text as text from search_document d where entity_id = ${hidden}`);
    expect(rows[0].text).not.toContain(hiddenWord.toLowerCase());
  });

  it("rejects unknown filter values and overlong queries", () => {
    expect(parseMapSearch(new URLSearchParams("channel=telepathy"))).toEqual({ ok: false, parameter: "channel" });
    expect(parseMapSearch(new URLSearchParams("municipality=helsinki"))).toEqual({ ok: false, parameter: "municipality" });
    expect(parseMapSearch(new URLSearchParams("page=-1"))).toEqual({ ok: false, parameter: "page" });
    expect(parseMapSearch(new URLSearchParams(`q=${"a".repeat(201)}`))).toEqual({ ok: false, parameter: "q" });
  });
});
