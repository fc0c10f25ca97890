import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { aService, aServicePoint, anOrganization, unique } from "../../../tests/support/fixtures";
import { db } from "../../kit/db/db.server";
import centroids from "../geodata/postcode-centroids.json";
import { parseMapSearch } from "../search-params";
import { searchMap } from "../search.server";
import { parseNear, postcodeCentroid } from "./origin.server";

/** Great-circle km, computed here independently of the SQL. */
function km(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }) {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.latitude - a.latitude) * rad) / 2) ** 2 +
    Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(((b.longitude - a.longitude) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

async function nearSearch(query: string) {
  const params = new URLSearchParams(query);
  const parsed = parseMapSearch(params);
  const near = await parseNear(params);
  if (!parsed.ok || !near.ok) throw new Error(`bad query ${query}`);
  return searchMap(parsed.search, { near: near.near });
}

describe("near-me search", () => {
  it("keeps entries within the radius, shows their distances and sorts by them", async () => {
    const marker = unique("n");
    const org = await anOrganization({ regionCodes: ["maakunta_18"], name: { fi: `Kainuun lähiopisto ${marker}` } });
    const places = {
      kajaani: { postalCode: "87100", latitude: 64.2265, longitude: 27.73 },
      sotkamo: { postalCode: "88600", latitude: 64.1306, longitude: 28.3892 },
      kuhmo: { postalCode: "88900", latitude: 64.1265, longitude: 29.517 },
    };
    const ids: Record<string, string> = {};
    for (const [name, place] of Object.entries(places)) {
      const point = await aServicePoint(org.id, place);
      ids[name] = await aService(org.id, { name: { fi: `Ohjaus ${name} ${marker}` }, servicePointIds: [point] });
    }
    const origin = { latitude: centroids["87100"][0], longitude: centroids["87100"][1] };

    const within50 = await nearSearch(`q=${marker}&kind=service&near=87100&sort=distance`);
    expect(within50.results.map((r) => r.id)).toEqual([ids.kajaani, ids.sotkamo]);
    expect(within50.total).toBe(2);
    expect(within50.results[0].distanceKm).toBeCloseTo(km(origin, places.kajaani), 2);
    expect(within50.results[1].distanceKm).toBeCloseTo(km(origin, places.sotkamo), 2);
    expect(within50.results[1].distanceKm).toBeGreaterThan(30);

    const within200 = await nearSearch(`q=${marker}&kind=service&near=87100&sort=distance&radius=200`);
    expect(within200.results.map((r) => r.id)).toEqual([ids.kajaani, ids.sotkamo, ids.kuhmo]);
    expect(within200.results[2].distanceKm).toBeCloseTo(km(origin, places.kuhmo), 2);

    // The organisation is as near as its nearest point; counts per kind follow the radius.
    const all = await nearSearch(`q=${marker}&near=87100&radius=10`);
    expect(all.facets.kind).toMatchObject({ service: 1, service_point: 1, organization: 1 });
    const orgResult = all.results.find((r) => r.kind === "organization")!;
    expect(orgResult.distanceKm).toBeCloseTo(km(origin, places.kajaani), 2);

    // From coordinates (the browser's location) in Kuhmo, Kuhmo comes first.
    const fromKuhmo = await nearSearch(`q=${marker}&kind=service&lat=64.13&lon=29.5&sort=distance&radius=100`);
    expect(fromKuhmo.results.map((r) => r.id)).toEqual([ids.kuhmo, ids.sotkamo, ids.kajaani]);

    // Without a near-me origin nothing is filtered and no distance is given.
    const plain = await nearSearch(`q=${marker}&kind=service`);
    expect(plain.total).toBe(3);
    expect(plain.results.every((r) => r.distanceKm === undefined)).toBe(true);
  });

  it("answers an unknown postcode or a place abroad with a notice, and bad parameters as bad", async () => {
    expect(await parseNear(new URLSearchParams("near=00000"))).toEqual({ ok: true, near: null, notice: { key: "near.unknown", postcode: "00000" } });
    expect(await parseNear(new URLSearchParams("near=Kajaani"))).toEqual({ ok: true, near: null, notice: { key: "near.unknown", postcode: "Kajaani" } });
    expect(await parseNear(new URLSearchParams("lat=59.33&lon=18.07"))).toEqual({ ok: true, near: null, notice: { key: "near.badLocation" } });
    expect(await parseNear(new URLSearchParams("lat=x&lon=27"))).toEqual({ ok: false, parameter: "lat" });
    expect(await parseNear(new URLSearchParams("lat=64.2"))).toEqual({ ok: false, parameter: "lon" });
    expect(await parseNear(new URLSearchParams("near=87100&radius=7"))).toEqual({ ok: false, parameter: "radius" });
    expect(await parseNear(new URLSearchParams("near=87100&sort=nearest"))).toEqual({ ok: false, parameter: "sort" });
    const fromPostcode = await parseNear(new URLSearchParams("near=87100"));
    expect(fromPostcode.ok && fromPostcode.near?.origin).toEqual({ latitude: centroids["87100"][0], longitude: centroids["87100"][1] });
  });

  it("places a postcode without an area of its own at its nearest-numbered sibling in the municipality", async () => {
    const { rows } = await db().execute<{ code: string; municipality_code: string }>(
      sql`select code, municipality_code from postal_code where municipality_code = 'kunta_205' order by code`,
    );
    const own = rows.filter((r) => r.code in centroids).map((r) => r.code);
    const boxOnly = rows.find((r) => !(r.code in centroids));
    expect(own.length).toBeGreaterThan(3);
    // Kajaani has postcodes without an area of their own, such as post office boxes.
    expect(boxOnly).toMatchObject({ code: expect.stringMatching(/^\d{5}$/), municipality_code: "kunta_205" });
    const origin = await postcodeCentroid(boxOnly!.code);
    const sibling = own.sort((a, b) => prefix(b, boxOnly!.code) - prefix(a, boxOnly!.code) || a.localeCompare(b))[0];
    const c = centroids as Record<string, number[]>;
    expect(origin).toEqual({ latitude: c[sibling][0], longitude: c[sibling][1] });
    expect(prefix(sibling, boxOnly!.code)).toBeGreaterThanOrEqual(2);
  });
});

const prefix = (a: string, b: string) => {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
};
