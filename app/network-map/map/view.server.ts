/**
 * What the public map draws for a view (decision 0191): the borders, the clustered service points
 * as links, and the same points as a list grouped by municipality. Plain data for the route.
 */
import type { Language } from "../../kit/i18n/languages";
import { placeName, type reference } from "../../reference/public.server";
import { bboxParam, type Bounds, type GeoPoint, extentKm, finlandBounds, fitAspect, overlaps, parseBbox, projection } from "../map-projection";
import { entityPath } from "../paths";
import { clusterPoints, mostCommon } from "./clusters";
import { getMapPointsIn, type MapArea } from "./points.server";
import { labelPoint, municipalityCentres, municipalityShapes, regionShapes, shapeOf, svgPath } from "./shapes.server";

type Reference = Awaited<ReturnType<typeof reference>>;
export type MapViewRequest = { kind: "country" } | { kind: "region"; code: string } | { kind: "municipality"; code: string } | { kind: "area"; bounds: Bounds };

export const mapWidth = 640;
/** Points closer than this many pixels to a cluster's first point join it. */
export const clusterRadius = 22;
/** The narrowest view a cluster link zooms to, in km. */
const leastKm = 1;

/** Reads `region`, `municipality` or `bbox` (the first one given); an unknown value is an error. */
export function parseMapView(params: URLSearchParams, ref: Reference): { ok: true; view: MapViewRequest } | { ok: false; parameter: string } {
  const region = params.get("region");
  const municipality = params.get("municipality");
  const bbox = params.get("bbox");
  if (region) return ref.regions.some((r) => r.code === region) ? { ok: true, view: { kind: "region", code: region } } : { ok: false, parameter: "region" };
  if (municipality)
    return ref.municipalities.some((m) => m.code === municipality) && shapeOf(municipality)
      ? { ok: true, view: { kind: "municipality", code: municipality } }
      : { ok: false, parameter: "municipality" };
  if (bbox) {
    const bounds = parseBbox(bbox);
    return bounds ? { ok: true, view: { kind: "area", bounds } } : { ok: false, parameter: "bbox" };
  }
  return { ok: true, view: { kind: "country" } };
}

const pad = (b: Bounds, share: number): Bounds => {
  const [lat, lon] = [(b.maxLat - b.minLat) * share, (b.maxLon - b.minLon) * share];
  return { minLat: b.minLat - lat, maxLat: b.maxLat + lat, minLon: b.minLon - lon, maxLon: b.maxLon + lon };
};
const clamp = (b: Bounds): Bounds => ({
  minLat: Math.max(b.minLat, finlandBounds.minLat),
  maxLat: Math.min(b.maxLat, finlandBounds.maxLat),
  minLon: Math.max(b.minLon, finlandBounds.minLon),
  maxLon: Math.min(b.maxLon, finlandBounds.maxLon),
});

export async function mapView(request: MapViewRequest, ref: Reference, lang: Language) {
  const name = (code: string) => placeName(ref.byCode.get(code), lang);
  const regionOf = new Map(ref.municipalities.map((m) => [m.code, m.regionCode]));
  const here = `/${lang}/map`;
  const shape = request.kind === "region" || request.kind === "municipality" ? shapeOf(request.code) : undefined;
  const bounds =
    request.kind === "country" ? finlandBounds : request.kind === "area" ? fitAspect(request.bounds, leastKm) : fitAspect(pad(shape!.bounds, 0.04), leastKm);
  const area: MapArea =
    request.kind === "region"
      ? { region: request.code }
      : request.kind === "municipality"
        ? { municipality: request.code }
        : request.kind === "area"
          ? { bounds }
          : null;
  const { project, height } = projection(bounds, mapWidth);

  // Borders: regions for the whole country, each a link to its own view; closer, the municipalities
  // in sight, each a link to its view, with the chosen ones set apart.
  const focus = (code: string) =>
    request.kind === "region" ? regionOf.get(code) === request.code : request.kind === "municipality" ? code === request.code : true;
  const outlines =
    request.kind === "country"
      ? regionShapes.map((s) => ({ code: s.code, d: svgPath(s, project), name: name(s.code), href: `${here}?region=${s.code}`, focus: true }))
      : municipalityShapes
          .filter((s) => overlaps(s.bounds, bounds))
          .map((s) => ({
            code: s.code,
            d: svgPath(s, project),
            name: name(s.code),
            href: request.kind === "municipality" && s.code === request.code ? null : `${here}?municipality=${s.code}`,
            focus: focus(s.code),
          }));
  // Names of the chosen municipalities, for orientation; links and the list carry them for screen readers.
  const labels =
    request.kind === "country" ? [] : outlines.filter((o) => o.focus).map((o) => ({ code: o.code, name: o.name, ...project(labelPoint(shapeOf(o.code)!)) }));

  const points = await getMapPointsIn(area);
  const placed = withApproximatePlaces(points)
    .map((p) => ({ ...p, ...project(p) }))
    .filter((p) => p.x >= 0 && p.x <= mapWidth && p.y >= 0 && p.y <= height);
  const viewKm = extentKm(bounds).width;
  const clusters = clusterPoints(placed, clusterRadius).map((c) => {
    const municipalities = c.points.map((p) => p.municipalityCode);
    const regions = c.points.map((p) => p.regionCode);
    const oneMunicipality = new Set(municipalities).size === 1;
    const oneRegion = new Set(regions).size === 1;
    const place = oneMunicipality || !oneRegion ? name(mostCommon(municipalities)) : name(regions[0]);
    const first = c.points[0];
    // One point opens its page; points at one spot, or in a view as close as it gets, open their
    // municipality's part of the list; otherwise the link zooms in on the cluster.
    const spot = extentKm(c.bounds);
    const href =
      c.points.length === 1
        ? entityPath(lang, "service_point", first.id)
        : Math.max(spot.width, spot.height) < 0.05 || viewKm <= leastKm * 1.01
          ? `#list-${mostCommon(municipalities)}`
          : `${here}?bbox=${bboxParam(clamp(fitAspect(pad(c.bounds, 0.2), leastKm)))}`;
    return { key: first.id, x: c.x, y: c.y, count: c.points.length, place, nearby: !oneMunicipality && !oneRegion, href };
  });

  // The list: every point of the view, drawn or not, grouped by municipality in name order; those
  // drawn at their municipality are marked approximate.
  const drawn = new Map(placed.map((p) => [p.id, p.approximate ? ("approximate" as const) : ("exact" as const)]));
  const listed = area && "bounds" in area ? points.filter((p) => drawn.has(p.id)) : points;
  const groups = [...new Set(listed.map((p) => p.municipalityCode))]
    .map((code) => ({
      code,
      name: name(code),
      points: listed.filter((p) => p.municipalityCode === code).map((p) => ({ ...p, placement: drawn.get(p.id) ?? ("none" as const) })),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, lang === "sv" ? "sv-FI" : "fi-FI"));

  // Links back out: to the whole country, and to the region the view is in.
  const regionCode =
    request.kind === "region"
      ? request.code
      : request.kind === "municipality"
        ? regionOf.get(request.code)!
        : request.kind === "area" && placed.length > 0
          ? mostCommon(placed.map((p) => p.regionCode))
          : null;
  const up: { href: string; name: string | null }[] = request.kind === "country" ? [] : [{ href: here, name: null }];
  if (regionCode && request.kind !== "region") up.push({ href: `${here}?region=${regionCode}`, name: name(regionCode) });

  return {
    kind: request.kind,
    regionCode: request.kind === "region" ? request.code : null,
    areaName: request.kind === "region" || request.kind === "municipality" ? name(request.code) : null,
    width: mapWidth,
    height,
    outlines,
    labels,
    clusters,
    located: placed.length,
    groups,
    up,
  };
}

type MapPoint = Awaited<ReturnType<typeof getMapPointsIn>>[number];

/**
 * The points with a place to draw them. One without coordinates (decision 0195) is drawn where its
 * municipality's first located point is, so that it joins that point's cluster, or else at the
 * municipality's centre, and is marked approximate.
 */
type DrawnPoint = MapPoint & { latitude: number; longitude: number; approximate: boolean };
function withApproximatePlaces(points: MapPoint[]): DrawnPoint[] {
  const anchors = new Map<string, GeoPoint>();
  for (const p of points)
    if (p.latitude !== null && p.longitude !== null && !anchors.has(p.municipalityCode))
      anchors.set(p.municipalityCode, { latitude: p.latitude, longitude: p.longitude });
  return points.flatMap((p): DrawnPoint[] => {
    if (p.latitude !== null && p.longitude !== null) return [{ ...p, latitude: p.latitude, longitude: p.longitude, approximate: false }];
    const anchor = anchors.get(p.municipalityCode) ?? municipalityCentres().get(p.municipalityCode);
    return anchor ? [{ ...p, ...anchor, approximate: true }] : [];
  });
}
