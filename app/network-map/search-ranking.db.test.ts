import { describe, expect, it } from "vitest";
import { aService, aServicePoint, anOrganization, unique } from "../../tests/support/fixtures";
import { spellingSuggestion } from "../kit/search/spelling.server";
import { parseMapSearch } from "./search-params";
import { searchMap } from "./search.server";
import { emptyResultSuggestions } from "./search-suggestions.server";

const parse = (query: string) => {
  const parsed = parseMapSearch(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(`bad query ${query}`);
  return parsed.search;
};
const search = (query: string) => searchMap(parse(query));
const ids = (outcome: { results: { id: string }[] }) => outcome.results.map((r) => r.id);

describe("synonyms and everyday words (decision 0189)", () => {
  it("finds employment services with the everyday word työkkäri and with te-toimisto", async () => {
    const marker = unique("syn");
    const org = await anOrganization();
    const te = await aService(org.id, { name: { fi: `Työllisyyspalvelut ${marker}` } });
    const other = await aService(org.id, { name: { fi: `Kirjaston neuvonta ${marker}` } });
    for (const q of ["työkkäri", "te-toimisto", "TE-palvelut"]) {
      const found = await search(`q=${encodeURIComponent(`${q} ${marker}`)}`);
      expect(ids(found), q).toContain(te);
      expect(ids(found), q).not.toContain(other);
    }
  });

  it("finds a school by its everyday name (amis → ammattiopisto)", async () => {
    const marker = unique("amis");
    const org = await anOrganization();
    const college = await aService(org.id, { name: { fi: `Ammattiopiston hakuneuvonta ${marker}` } });
    expect(ids(await search(`q=amis ${marker}`))).toEqual([college]);
  });
});

describe("spelling (decision 0189)", () => {
  it("suggests neuvonta for neuovnta, and nothing for known words or synonyms", async () => {
    const org = await anOrganization();
    await aService(org.id, { name: { fi: "Opintoneuvonta ja neuvonta" } });
    expect(await spellingSuggestion("neuovnta")).toBe("neuvonta");
    expect(await spellingSuggestion("neuvonta")).toBeNull();
    expect(await spellingSuggestion("työkkäri")).toBeNull();
  });
});

describe("ranking and result cards (decision 0189)", () => {
  it("puts the title match first, then the municipality, its region, and nationwide services", async () => {
    const marker = unique("rank");
    // A Lapland network member: its membership does not put its services in Kainuu.
    const org = await anOrganization();
    const nationwide = await aService(org.id, { name: { fi: `Chat-ohjaus` }, description: { fi: `Urapalvelu ${marker}` } });
    const region = await aService(org.id, {
      name: { fi: `Ohjaus Sotkamossa` },
      description: { fi: `Urapalvelu ${marker}` },
      areaMunicipalities: ["kunta_765"],
    });
    const local = await aService(org.id, { name: { fi: `Ohjaus Kajaanissa` }, description: { fi: `Urapalvelu ${marker}` }, areaMunicipalities: ["kunta_205"] });
    const elsewhere = await aService(org.id, {
      name: { fi: `Ohjaus Oulussa` },
      description: { fi: `Urapalvelu ${marker}` },
      areaMunicipalities: ["kunta_564"],
    });
    const titled = await aService(org.id, { name: { fi: `Urapalvelu ${marker}` }, areaMunicipalities: ["kunta_564"] });

    // Kajaani: its own service first, then the nationwide one; Sotkamo's and Oulu's are not Kajaani's.
    const kajaani = await search(`q=urapalvelu ${marker}&municipality=kunta_205`);
    expect(ids(kajaani)).toEqual([local, nationwide]);
    expect(kajaani.results.find((r) => r.id === nationwide)?.nationwide).toBe(true);
    expect(kajaani.results.find((r) => r.id === local)?.nationwide).toBe(false);

    // Kainuu: its services (both in the region) before the nationwide one.
    const kainuu = await search(`q=urapalvelu ${marker}&region=maakunta_18`);
    expect(ids(kainuu).slice(0, 2).sort()).toEqual([local, region].sort());
    expect(ids(kainuu)[2]).toBe(nationwide);
    expect(ids(kainuu)).toHaveLength(3);

    const everywhere = await search(`q=urapalvelu ${marker}`);
    expect(ids(everywhere)[0]).toBe(titled);
    expect(ids(everywhere)).toHaveLength(5);
    expect(ids(everywhere)).toContain(elsewhere);
  });

  it("shows nationwide remote services in every municipality, Helsinki included, and counts them there", async () => {
    const marker = unique("remote");
    const org = await anOrganization({ regionCodes: ["maakunta_18"] });
    const chat = await aService(org.id, {
      name: { fi: `Etäohjaus ${marker}` },
      channels: [{ channel: "chat", contact: "https://example.fi/chat", hours: {} }],
    });
    const helsinki = await search(`q=${marker}&municipality=kunta_091`);
    expect(ids(helsinki)).toEqual([chat]);
    expect(helsinki.nationwide.municipality).toBe(1);
    const onlyRemote = await search(`q=${marker}&reach=nationwide`);
    expect(ids(onlyRemote)).toEqual([chat]);
  });

  it("gives a service at several service points one result that names its places", async () => {
    const marker = unique("points");
    const org = await anOrganization({ regionCodes: ["maakunta_18"] });
    const kajaani = await aServicePoint(org.id, { postalCode: "87100" });
    const sotkamo = await aServicePoint(org.id, { postalCode: "88600" });
    const id = await aService(org.id, {
      name: { fi: `Ohjauspiste ${marker}` },
      channels: [{ channel: "in_person", servicePointId: kajaani, hours: {} }],
      servicePointIds: [kajaani, sotkamo],
    });
    const found = await search(`q=${marker}&kind=service`);
    expect(ids(found)).toEqual([id]);
    expect([...found.results[0].municipalityCodes].sort()).toEqual(["kunta_205", "kunta_765"]);
    expect(found.results[0].nationwide).toBe(false);
  });
});

describe("empty results (decision 0189)", () => {
  it("offers a wider area, the whole country, each filter dropped and the remote services, with counts", async () => {
    const marker = unique("empty");
    const org = await anOrganization({ regionCodes: ["maakunta_18"] });
    await aService(org.id, {
      name: { fi: `Yrittäjäneuvonta ${marker}` },
      areaMunicipalities: ["kunta_765"],
      targetGroups: ["entrepreneurs"],
      channels: [{ channel: "video", contact: "https://example.fi/v", hours: {} }],
    });
    await aService(org.id, { name: { fi: `Yrittäjäneuvonta puhelimessa ${marker}` }, targetGroups: ["entrepreneurs"] });
    await aService(org.id, { name: { fi: `Yrittäjäneuvonta Oulussa ${marker}` }, areaMunicipalities: ["kunta_564"], targetGroups: ["entrepreneurs"] });
    const empty = parse(`q=${marker}&municipality=kunta_205&group=entrepreneurs&channel=video`);
    expect((await searchMap(empty)).total).toBe(0);
    const ways = await emptyResultSuggestions(empty, (m) => (m === "kunta_205" ? "maakunta_18" : undefined));
    const byKind = Object.fromEntries(ways.map((w) => [w.dimension ? `${w.kind}:${w.dimension}` : w.kind, w.count]));
    // Dropping the group finds nothing (no video service in Kajaani), so it is not offered.
    expect(byKind).toEqual({ widerArea: 1, wholeCountry: 1, "dropFilter:channel": 1, nationwide: 1 });
    expect(ways.find((w) => w.kind === "widerArea")?.search.regions).toEqual(["maakunta_18"]);
    for (const way of ways) expect((await searchMap(way.search)).total).toBe(way.count);
  });
});
