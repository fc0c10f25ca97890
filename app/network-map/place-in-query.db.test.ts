import { describe, expect, it } from "vitest";
import { aService, anOrganization, unique } from "../../tests/support/fixtures";
import { understandPlace } from "./place-in-query.server";
import { parseMapSearch } from "./search-params";
import { searchMap } from "./search.server";

const parse = (query: Record<string, string>) => {
  const parsed = parseMapSearch(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(`bad query ${JSON.stringify(query)}`);
  return parsed.search;
};
const ids = (outcome: { results: { id: string }[] }) => outcome.results.map((r) => r.id);

describe("a municipality named in the query words (decision 0195)", () => {
  it("ranks that municipality first, then its region, then the nationwide services, and leaves other regions out", async () => {
    const marker = unique("place");
    // In Uusimaa: the services' own areas place them.
    const org = await anOrganization({ regionCodes: ["maakunta_01"] });
    const text = { fi: `Uraohjausta ${marker}` };
    const nationwide = await aService(org.id, {
      name: { fi: "Chat-ohjaus" },
      description: text,
      channels: [{ channel: "chat", contact: "https://example.fi/chat", hours: {} }],
    });
    const region = await aService(org.id, { name: { fi: "Ohjaus Sotkamossa" }, description: text, areaMunicipalities: ["kunta_765"], channels: [] });
    const local = await aService(org.id, { name: { fi: "Ohjaus Kajaanissa" }, description: text, areaMunicipalities: ["kunta_205"], channels: [] });
    const elsewhere = await aService(org.id, { name: { fi: "Ohjaus Oulussa" }, description: text, areaMunicipalities: ["kunta_564"], channels: [] });

    for (const q of [`ohjaus kajaanissa ${marker}`, `${marker} Kajaaniin ohjausta`, `vägledning i Kajana ${marker}`]) {
      const understood = await understandPlace(parse({ q }));
      expect(understood.place?.municipality.code, q).toBe("kunta_205");
      expect(understood.search).toMatchObject({ regions: ["maakunta_18"], rankMunicipality: "kunta_205" });
      expect(understood.search.q, q).not.toMatch(/kaja/i);
    }
    const understood = await understandPlace(parse({ q: `ohjaus kajaanissa ${marker}` }));
    expect(understood.search.q).toBe(`ohjaus ${marker}`);
    const ranked = ids(await searchMap(understood.search));
    expect(ranked).toEqual([local, region, nationwide]);
    expect(ranked).not.toContain(elsewhere);

    // As written (the page's link "search for the words instead"), or with a municipality chosen, the words are words.
    const literal = await understandPlace(parse({ q: `ohjaus kajaanissa ${marker}`, literal: "1" }));
    expect(literal.place).toBeNull();
    expect(ids(await searchMap(literal.search))).toEqual([local]);
    expect((await understandPlace(parse({ q: `ohjaus kajaanissa ${marker}`, municipality: "kunta_564" }))).place).toBeNull();
    // A chosen region the municipality is not in wins; one it is in stays.
    expect((await understandPlace(parse({ q: `ohjaus kajaanissa ${marker}`, region: "maakunta_17" }))).place).toBeNull();
    expect((await understandPlace(parse({ q: `ohjaus kajaanissa ${marker}`, region: "maakunta_18" }))).search.regions).toEqual(["maakunta_18"]);
  });

  it("reads literal=1 and rejects any other value", () => {
    expect(parse({ literal: "1" }).literal).toBe(true);
    expect(parseMapSearch(new URLSearchParams({ literal: "yes" }))).toEqual({ ok: false, parameter: "literal" });
  });
});
