/**
 * Distances for near-me searches, in SQL (decision 0191). There is no PostGIS in the embedded
 * PostgreSQL, so a latitude/longitude box around the origin, which the service_point location
 * index answers, narrows the points before the great-circle (haversine) distance is computed.
 */
import { sql, type SQL } from "drizzle-orm";
import { db } from "../../kit/db/db.server";
import { textArray } from "../../kit/search/text-match.server";
import type { GeoPoint } from "../map-projection";

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
  return sql`(d.entity_type, d.entity_id) in (
    with np as (select sp.id, sp.organization_id from service_point sp where ${inBox(origin, radiusKm)} and ${kmFrom(origin)} <= ${radiusKm}::float8)
    select 'service_point', id from np
    union all select 'organization', organization_id from np
    union all select 'service', sal.service_id from service_at_location sal where sal.service_point_id in (select id from np)
    union all select 'practitioner', psp.practitioner_id from practitioner_service_point psp where psp.service_point_id in (select id from np))`;
}

/** The distance in km from the origin to the nearest service point of the document `d`, or null. */
export function distanceOf(origin: GeoPoint): SQL {
  const km = kmFrom(origin);
  return sql`(case d.entity_type
    when 'service_point' then (select ${km} from service_point sp where sp.id = d.entity_id)
    when 'organization' then (select min(${km}) from service_point sp where sp.organization_id = d.entity_id)
    when 'service' then (select min(${km}) from service_at_location sal join service_point sp on sp.id = sal.service_point_id where sal.service_id = d.entity_id)
    when 'practitioner' then (select min(${km}) from practitioner_service_point psp join service_point sp on sp.id = psp.service_point_id where psp.practitioner_id = d.entity_id)
  end)`;
}

/** Rank for "sort by distance": the nearer, the higher; entries without a place last. */
export const distanceRank = (origin: GeoPoint): SQL => sql`coalesce(-${distanceOf(origin)}, -1e9::float8)`;

/** Distances of the given entries, keyed `kind:id`, for the result cards. */
export async function distancesOf(origin: GeoPoint, entries: { kind: string; id: string }[]): Promise<Map<string, number>> {
  if (entries.length === 0) return new Map();
  const { rows } = await db().execute<{ key: string; km: number | null }>(sql`
    select d.entity_type || ':' || d.entity_id as key, ${distanceOf(origin)} as km
    from search_document d
    where d.entity_id = any(${textArray(entries.map((e) => e.id))}::uuid[])`);
  return new Map(rows.filter((r) => r.km !== null).map((r) => [r.key, Number(r.km)]));
}
