/**
 * Where a near-me search measures from (decision 0191): a postcode (`near`), whose area's centroid
 * is used, or coordinates (`lat`, `lon`) from the browser's location. `radius` (km) and
 * `sort=distance` go with them.
 */
import { eq } from "drizzle-orm";
import { db } from "../../kit/db/db.server";
import { postalCode } from "../../reference/public.server";
import centroids from "../geodata/postcode-centroids.json";
import { finlandBounds, type GeoPoint } from "../map-projection";
import type { NearQuery } from "./distance.server";
import { defaultRadiusKm, radiiKm } from "./radii";

const centroidOf: Record<string, number[]> = centroids;

export type NearOrigin = NearQuery & { postcode: string | null };
export type NearParse =
  | { ok: true; near: NearOrigin | null; notice: null | { key: "near.unknown"; postcode: string } | { key: "near.badLocation" } }
  | { ok: false; parameter: string };

/**
 * The centroid of a postcode's area. Postcodes without an area of their own (post office boxes,
 * large customers) take the area in the same municipality whose code shares the longest beginning.
 */
export async function postcodeCentroid(code: string): Promise<GeoPoint | null> {
  const own = centroidOf[code];
  if (own) return { latitude: own[0], longitude: own[1] };
  const [row] = await db().select({ municipalityCode: postalCode.municipalityCode }).from(postalCode).where(eq(postalCode.code, code));
  if (!row) return null;
  const siblings = await db().select({ code: postalCode.code }).from(postalCode).where(eq(postalCode.municipalityCode, row.municipalityCode));
  const shared = (other: string) => {
    let i = 0;
    while (i < code.length && other[i] === code[i]) i++;
    return i;
  };
  const best = siblings
    .map((s) => s.code)
    .filter((c) => centroidOf[c])
    .sort((a, b) => shared(b) - shared(a) || a.localeCompare(b))[0];
  return best ? { latitude: centroidOf[best][0], longitude: centroidOf[best][1] } : null;
}

const inFinland = (p: GeoPoint) =>
  p.latitude >= finlandBounds.minLat && p.latitude <= finlandBounds.maxLat && p.longitude >= finlandBounds.minLon && p.longitude <= finlandBounds.maxLon;

export async function parseNear(params: URLSearchParams): Promise<NearParse> {
  const sort = params.get("sort") || "relevance";
  if (sort !== "relevance" && sort !== "distance") return { ok: false, parameter: "sort" };
  const radiusText = params.get("radius");
  const radiusKm = radiusText ? Number(radiusText) : defaultRadiusKm;
  if (!(radiiKm as readonly number[]).includes(radiusKm)) return { ok: false, parameter: "radius" };
  const byDistance = sort === "distance";

  const postcode = (params.get("near") ?? "").trim();
  const [lat, lon] = [params.get("lat"), params.get("lon")];
  if (postcode) {
    const origin = /^\d{5}$/.test(postcode) ? await postcodeCentroid(postcode) : null;
    if (!origin) return { ok: true, near: null, notice: { key: "near.unknown", postcode: postcode.slice(0, 20) } };
    return { ok: true, near: { origin, radiusKm, byDistance, postcode }, notice: null };
  }
  if (lat || lon) {
    const decimal = /^-?\d{1,3}(\.\d{1,10})?$/;
    if (!lat || !decimal.test(lat)) return { ok: false, parameter: "lat" };
    if (!lon || !decimal.test(lon)) return { ok: false, parameter: "lon" };
    // Rounded to about 100 m: the search needs no more, and the address bar shows no more.
    const origin = { latitude: Math.round(Number(lat) * 1000) / 1000, longitude: Math.round(Number(lon) * 1000) / 1000 };
    if (!inFinland(origin)) return { ok: true, near: null, notice: { key: "near.badLocation" } };
    return { ok: true, near: { origin, radiusKm, byDistance, postcode: null }, notice: null };
  }
  return { ok: true, near: null, notice: null };
}

/** The near-me parameters of a search, to keep them in pagination and filter links. */
export function nearParams(near: NearOrigin | null): [string, string][] {
  if (!near) return [];
  const where: [string, string][] = near.postcode
    ? [["near", near.postcode]]
    : [
        ["lat", String(near.origin.latitude)],
        ["lon", String(near.origin.longitude)],
      ];
  return [
    ...where,
    ...(near.radiusKm !== defaultRadiusKm ? [["radius", String(near.radiusKm)] as [string, string]] : []),
    ...(near.byDistance ? [["sort", "distance"] as [string, string]] : []),
  ];
}
