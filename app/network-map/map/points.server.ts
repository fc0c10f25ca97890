import { and, eq, gte, inArray, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import { db } from "../../kit/db/db.server";
import type { Bounds } from "../map-projection";
import { organization, servicePoint } from "../schema.server";
import { municipalityCentres } from "./shapes.server";

/** What the map shows: a region's or a municipality's points, or those inside bounds. */
export type MapArea = { region: string } | { municipality: string } | { bounds: Bounds } | null;

function condition(area: MapArea): SQL | undefined {
  if (!area) return undefined;
  if ("region" in area) return sql`${servicePoint.municipalityCode} in (select code from municipality where region_code = ${area.region})`;
  if ("municipality" in area) return eq(servicePoint.municipalityCode, area.municipality);
  // The location index answers the latitude range; the longitude is checked on its rows.
  const b = area.bounds;
  // Points without coordinates are drawn at their municipality (decision 0195): those whose centre is in sight.
  const inSight = [...municipalityCentres()].filter(
    ([, c]) => c.latitude >= b.minLat && c.latitude <= b.maxLat && c.longitude >= b.minLon && c.longitude <= b.maxLon,
  );
  return or(
    and(
      gte(servicePoint.latitude, b.minLat),
      lte(servicePoint.latitude, b.maxLat),
      gte(servicePoint.longitude, b.minLon),
      lte(servicePoint.longitude, b.maxLon),
    ),
    and(isNull(servicePoint.latitude), inArray(servicePoint.municipalityCode, inSight.length ? inSight.map(([code]) => code) : [""])),
  );
}

/** Service points of an area, in Finnish name order; points without coordinates come too. */
export async function getMapPointsIn(area: MapArea) {
  return db()
    .select({
      id: servicePoint.id,
      name: servicePoint.name,
      organizationName: organization.name,
      streetAddress: servicePoint.streetAddress,
      postalCode: servicePoint.postalCode,
      municipalityCode: servicePoint.municipalityCode,
      regionCode: sql<string>`(select region_code from municipality where code = ${servicePoint.municipalityCode})`,
      latitude: servicePoint.latitude,
      longitude: servicePoint.longitude,
    })
    .from(servicePoint)
    .innerJoin(organization, eq(organization.id, servicePoint.organizationId))
    .where(condition(area))
    .orderBy(sql`${servicePoint.name}->>'fi' collate "fi-FI-x-icu"`, servicePoint.id);
}
