import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../kit/db/db.server";
import { aService, aServicePoint, anOrganization, unique } from "../../../tests/support/fixtures";
import { mapView } from "../map/view.server";
import { municipalityCentres } from "../map/shapes.server";
import { parseMapSearch } from "../search-params";
import { searchMap } from "../search.server";
import { reference } from "../../reference/public.server";
import { parseNear } from "./origin.server";

async function nearSearch(query: string) {
  const params = new URLSearchParams(query);
  const parsed = parseMapSearch(params);
  const near = await parseNear(params);
  if (!parsed.ok || !near.ok) throw new Error(`bad query ${query}`);
  return searchMap(parsed.search, { near: near.near });
}

describe("service points without coordinates (decision 0195)", () => {
  it("are found near me by their municipality's centre, with the distance marked approximate", async () => {
    const marker = unique("ap");
    const org = await anOrganization({ regionCodes: ["maakunta_18"] });
    // Kuhmo (kunta_290) is about 85 km from Kajaani: a point there without coordinates is near Kuhmo only.
    const unplaced = await aServicePoint(org.id, { postalCode: "88900", latitude: undefined, longitude: undefined });
    const placed = await aServicePoint(org.id, { postalCode: "88900", latitude: 64.1265, longitude: 29.517 });
    const onlyUnplaced = await aService(org.id, { name: { fi: `Ohjaus ${marker}` }, servicePointIds: [unplaced] });
    const both = await aService(org.id, { name: { fi: `Neuvonta ${marker}` }, servicePointIds: [unplaced, placed] });

    const kuhmo = await nearSearch(`q=${marker}&kind=service&near=88900&radius=25&sort=distance`);
    expect(kuhmo.results.map((r) => r.id).sort()).toEqual([onlyUnplaced, both].sort());
    const approximate = kuhmo.results.find((r) => r.id === onlyUnplaced)!;
    expect(approximate.distanceApproximate).toBe(true);
    expect(approximate.distanceKm).toBeLessThan(25);
    // The service with a located point nearer than Kuhmo's centre has an exact distance.
    const exact = kuhmo.results.find((r) => r.id === both)!;
    expect(exact.distanceKm!).toBeLessThanOrEqual(approximate.distanceKm!);
    expect(exact.distanceApproximate).toBe(exact.distanceKm! >= approximate.distanceKm!);

    const kajaani = await nearSearch(`q=${marker}&kind=service&near=87100&radius=25`);
    expect(kajaani.results).toEqual([]);
    // And as service points: the one without coordinates is found too.
    const { rows } = await db().execute<{ name: string }>(sql`select name->>'fi' as name from service_point where id = ${unplaced}`);
    const points = await nearSearch(`q=${encodeURIComponent(rows[0].name)}&kind=service_point&near=88900&radius=25`);
    expect(points.results.map((r) => r.id)).toEqual([unplaced]);
    expect(points.results[0].distanceApproximate).toBe(true);
  });

  it("are drawn on the map in their municipality's cluster and listed as approximate", async () => {
    const org = await anOrganization({ regionCodes: ["maakunta_18"] });
    const unplaced = await aServicePoint(org.id, { postalCode: "88900", latitude: undefined, longitude: undefined });
    const ref = await reference();
    // Not in Sotkamo's view, which is another municipality.
    const view = await mapView({ kind: "municipality", code: "kunta_765" }, ref, "fi");
    expect(view.groups.flatMap((g) => g.points).some((p) => p.id === unplaced)).toBe(false);

    const kuhmoView = await mapView({ kind: "municipality", code: "kunta_290" }, ref, "fi");
    const listed = kuhmoView.groups.flatMap((g) => g.points).find((p) => p.id === unplaced);
    expect(listed?.placement).toBe("approximate");
    // Every Kuhmo point is drawn in the view, in clusters that count them all.
    const kuhmoPoints = kuhmoView.groups.find((g) => g.code === "kunta_290")!.points;
    expect(kuhmoView.clusters.reduce((n, c) => n + c.count, 0)).toBeGreaterThanOrEqual(kuhmoPoints.length);
    expect(kuhmoPoints.every((p) => p.placement !== "none")).toBe(true);

    // In an area view, by the municipality's centre.
    const centre = municipalityCentres().get("kunta_290")!;
    const bounds = { minLat: centre.latitude - 0.05, maxLat: centre.latitude + 0.05, minLon: centre.longitude - 0.1, maxLon: centre.longitude + 0.1 };
    const area = await mapView({ kind: "area", bounds }, ref, "fi");
    expect(area.groups.flatMap((g) => g.points).find((p) => p.id === unplaced)?.placement).toBe("approximate");
  });
});
