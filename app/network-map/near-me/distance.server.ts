/**
 * Distances for near-me searches, in SQL (decision 0191). There is no PostGIS in the embedded
 * PostgreSQL, so a latitude/longitude box around the origin, which the service_point location
 * index answers, narrows the points before the great-circle (haversine) distance is computed.
 */
import { sql, type SQL } from "drizzle-orm";
import { db } from "../../kit/db/db.server";
import { textArray } from "../../kit/search/text-match.server";
import type { GeoPoint } from "../map-projection";
import { municipalityCentres } from "../map/shapes.server";

export interface NearQuery {
  origin: GeoPoint;
  radiusKm: number;
  byDistance: boolean;
}

const earthKm = 6371.0088;

/** Great-circle distance in km from the origin to the service point `sp`. */
export const kmFrom = (o: GeoPoint) => sql`(2 * ${earthKm}::float8 * asin(sqrt(
  power(sin(radians(sp.latitude - ${o.latitude}::float8) / 2), 2)
  + cos(radians(${o.latitude}::float8)) * cos(radians(sp.latitude)) * power(sin(radians(sp.longitude - ${o.longitude}::float8) / 2), 2))))`;

/** Great-circle distance in km between two points, for the municipalities' centres. */
function haversineKm(a: GeoPoint, b: GeoPoint): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.latitude - a.latitude) * rad) / 2) ** 2 +
    Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(((b.longitude - a.longitude) * rad) / 2) ** 2;
  return 2 * earthKm * Math.asin(Math.sqrt(h));
}

/** Every municipality's code and the km from the origin to its centre, as two parallel arrays. */
function centreDistances(o: GeoPoint): { codes: string[]; kms: number[] } {
  const entries = [...municipalityCentres()].map(([code, centre]) => [code, Math.round(haversineKm(o, centre) * 1000) / 1000] as const);
  return { codes: entries.map(([code]) => code), kms: entries.map(([, km]) => km) };
}

/**
 * The km to a service point `sp`; one without coordinates is taken to be at its municipality's
 * centre (decision 0195). `exact` leaves those out (null).
 */
function pointKm(o: GeoPoint, { exact = false } = {}): SQL {
  if (exact) return kmFrom(o);
  const { codes, kms } = centreDistances(o);
  // One parameter each (array literals of codes and numbers), not 309.
  return sql`coalesce(${kmFrom(o)}, (${`{${kms.join(",")}}`}::float8[])[array_position(${`{${codes.join(",")}}`}::text[], sp.municipality_code)])`;
}

/** Service points `sp` inside the box that holds the circle of the radius. */
function inBox(o: GeoPoint, km: number): SQL {
  const dLat = km / 111.2;
  const dLon = km / (111.2 * Math.max(0.05, Math.cos((o.latitude * Math.PI) / 180)));
  return sql`sp.latitude between ${o.latitude - dLat}::float8 and ${o.latitude + dLat}::float8
    and sp.longitude between ${o.longitude - dLon}::float8 and ${o.longitude + dLon}::float8`;
}

/**
 * A condition on search documents `d`: the entry has a service point within the radius. A service
 * point is its own; an organisation's are those it owns; a service's and a practitioner's are those
 * they are linked to.
 */
export function withinRadius({ origin, radiusKm }: NearQuery): SQL {
  // Points without coordinates whose municipality's centre is within the radius count too (decision 0195).
  const { codes, kms } = centreDistances(origin);
  const nearMunicipalities = codes.filter((_, i) => kms[i] <= radiusKm);
  return sql`(d.entity_type, d.entity_id) in (
    with np as (select sp.id, sp.organization_id from service_point sp where ${inBox(origin, radiusKm)} and ${kmFrom(origin)} <= ${radiusKm}::float8
      union all select sp.id, sp.organization_id from service_point sp where sp.latitude is null and sp.municipality_code = any(${textArray(nearMunicipalities)}))
    select 'service_point', id from np
    union all select 'organization', organization_id from np
    union all select 'service', sal.service_id from service_at_location sal where sal.service_point_id in (select id from np)
    union all select 'practitioner', psp.practitioner_id from practitioner_service_point psp where psp.service_point_id in (select id from np))`;
}

/**
 * The distance in km from the origin to the nearest service point of the document `d`, or null;
 * `exact`: of the points with coordinates only.
 */
export function distanceOf(origin: GeoPoint, options: { exact?: boolean } = {}): SQL {
  const km = pointKm(origin, options);
  return sql`(case d.entity_type
    when 'service_point' then (select ${km} from service_point sp where sp.id = d.entity_id)
    when 'organization' then (select min(${km}) from service_point sp where sp.organization_id = d.entity_id)
    when 'service' then (select min(${km}) from service_at_location sal join service_point sp on sp.id = sal.service_point_id where sal.service_id = d.entity_id)
    when 'practitioner' then (select min(${km}) from practitioner_service_point psp join service_point sp on sp.id = psp.service_point_id where psp.practitioner_id = d.entity_id)
  end)`;
}

/** Rank for "sort by distance": the nearer, the higher; entries without a place last. */
export const distanceRank = (origin: GeoPoint): SQL => sql`coalesce(-${distanceOf(origin)}, -1e9::float8)`;

export interface EntryDistance {
  km: number;
  /** The nearest point has no coordinates: the distance is to its municipality's centre. */
  approximate: boolean;
}

/** Distances of the given entries, keyed `kind:id`, for the result cards. */
export async function distancesOf(origin: GeoPoint, entries: { kind: string; id: string }[]): Promise<Map<string, EntryDistance>> {
  if (entries.length === 0) return new Map();
  const { rows } = await db().execute<{ key: string; km: number | null; exact: number | null }>(sql`
    select d.entity_type || ':' || d.entity_id as key, ${distanceOf(origin)} as km, ${distanceOf(origin, { exact: true })} as exact
    from search_document d
    where d.entity_id = any(${textArray(entries.map((e) => e.id))}::uuid[])`);
  return new Map(rows.filter((r) => r.km !== null).map((r) => [r.key, { km: Number(r.km), approximate: r.exact === null || Number(r.exact) > Number(r.km) }]));
}
