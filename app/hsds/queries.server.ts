import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import { db } from "../kit/db/db.server";
import { organization, practitioner, practitionerService, service, serviceAtLocation, serviceChannel, servicePoint } from "~/network-map/public.server";
import { textMatch } from "../kit/search/text-match.server";
import { municipality, postalCode, region } from "~/reference/public.server";
import type { ChannelRow, MunicipalityRow, OrganizationRow, PointRow, PractitionerRow, ServiceAtLocationRow, ServiceRelations, ServiceRow } from "./map";
import { HsdsError, type ListParams } from "./params";
import type { TaxonomyKey, TermRef } from "./taxonomies";

/**
 * Reads for the HSDS API. Lists filter and page in SQL (one count and one page query), then load
 * the related rows of the whole page in one query per kind, so a page costs a fixed number of
 * queries however many entries it has.
 */
export interface Page<T> {
  total: number;
  rows: T[];
}

const sortName = (name: unknown) => sql`coalesce(nullif(${name}->>'fi', ''), ${name}->>'sv', ${name}->>'en', '') collate "fi-FI-x-icu"`;

const allOf = (conditions: SQL[]) => (conditions.length ? and(...conditions)! : sql`true`);

/** Entries whose search document matches; `in (subquery)` lets PostgreSQL use the text index once. */
async function searchCondition(search: string, entityType: string, id: unknown): Promise<SQL | null> {
  if (!search) return null;
  const match = await textMatch(search, { words: sql`d.text_words`, swedishText: sql`d.text_sv` });
  if (!match) return null;
  return sql`${id} in (select d.entity_id from search_document d where d.entity_type = ${entityType} and ${match.condition})`;
}

/** Services having a term (or, with code undefined, any term) of a taxonomy. */
function serviceTermCondition(taxonomy: TaxonomyKey, code: string | undefined): SQL {
  const arrayCondition = (column: unknown) => (code === undefined ? sql`cardinality(${column}) > 0` : sql`${column} @> array[${code}]::text[]`);
  switch (taxonomy) {
    case "target_group":
      return arrayCondition(service.targetGroups);
    case "topic":
      return arrayCondition(service.topics);
    case "service_language":
      return arrayCondition(service.languages);
    case "channel":
      return sql`exists (select 1 from service_channel c where c.service_id = ${service.id} ${code === undefined ? sql`` : sql`and c.channel = ${code}`})`;
    case "organization_type":
      return code === undefined ? sql`true` : sql`exists (select 1 from organization o where o.id = ${service.organizationId} and o.type = ${code})`;
  }
}

function termConditions(params: ListParams, condition: (taxonomy: TaxonomyKey, code: string | undefined) => SQL): SQL[] {
  const result: SQL[] = [];
  const term: TermRef | undefined = params.term;
  if (term) result.push(condition(term.taxonomy, term.code));
  if (params.taxonomy) result.push(condition(params.taxonomy, undefined));
  return result;
}

export interface PostcodeLocation {
  municipalityCode: string;
  latitude: number;
  longitude: number;
}

/**
 * Our reference data has no coordinates for postcodes, so a postcode is located at the mean
 * coordinates of the service points with that postcode, else of those in its municipality.
 */
export async function locatePostcode(code: string): Promise<PostcodeLocation> {
  const { rows } = await db().execute<{ municipality: string; lat1: number | null; lon1: number | null; lat2: number | null; lon2: number | null }>(sql`
    select pc.municipality_code as municipality,
      p.lat1, p.lon1, m.lat2, m.lon2
    from postal_code pc
    cross join lateral (select avg(sp.latitude) as lat1, avg(sp.longitude) as lon1 from service_point sp
      where sp.postal_code = pc.code and sp.latitude is not null and sp.longitude is not null) p
    cross join lateral (select avg(sp.latitude) as lat2, avg(sp.longitude) as lon2 from service_point sp
      where sp.municipality_code = pc.municipality_code and sp.latitude is not null and sp.longitude is not null) m
    where pc.code = ${code}`);
  const row = rows[0];
  if (!row) throw new HsdsError(400, "hsds.error.unknownPostcode", { code });
  const latitude = row.lat1 ?? row.lat2;
  const longitude = row.lon1 ?? row.lon2;
  if (latitude === null || longitude === null) throw new HsdsError(400, "hsds.error.unlocatedPostcode", { code });
  return { municipalityCode: row.municipality, latitude: Number(latitude), longitude: Number(longitude) };
}

/** Great-circle distance in metres between a service point (alias sp) and a place. */
const distance = (place: PostcodeLocation) => sql`(2 * 6371008.8 * asin(sqrt(
  power(sin(radians(sp.latitude - ${place.latitude}) / 2), 2) +
  cos(radians(${place.latitude})) * cos(radians(sp.latitude)) * power(sin(radians(sp.longitude - ${place.longitude}) / 2), 2))))`;

/** With proximity: a service point within that many metres; without: the postcode's municipality. */
async function serviceLocationCondition(params: ListParams): Promise<SQL | null> {
  if (!params.postcode) return null;
  const place = await locatePostcode(params.postcode);
  if (params.proximity !== undefined)
    return sql`exists (select 1 from service_at_location sal join service_point sp on sp.id = sal.service_point_id
      where sal.service_id = ${service.id} and sp.latitude is not null and sp.longitude is not null
        and ${distance(place)} <= ${params.proximity})`;
  return sql`(${place.municipalityCode} = any(${service.areaMunicipalities}) or exists (select 1 from service_at_location sal
    join service_point sp on sp.id = sal.service_point_id where sal.service_id = ${service.id} and sp.municipality_code = ${place.municipalityCode}))`;
}

async function serviceConditions(params: ListParams): Promise<SQL[]> {
  const conditions: SQL[] = [];
  const search = await searchCondition(params.search, "service", service.id);
  if (search) conditions.push(search);
  conditions.push(...termConditions(params, serviceTermCondition));
  if (params.organizationId) conditions.push(eq(service.organizationId, params.organizationId));
  if (params.modifiedAfter) conditions.push(sql`${service.updatedAt} >= ${params.modifiedAfter.toISOString()}`);
  const location = await serviceLocationCondition(params);
  if (location) conditions.push(location);
  return conditions;
}

const offset = (params: ListParams) => (params.page - 1) * params.perPage;

/** Services walk their name index (service_sort_name_idx, decision 0194), so a page reads its full rows at once. */
export async function servicePage(params: ListParams): Promise<Page<ServiceRow>> {
  const where = allOf(await serviceConditions(params));
  const [count, rows] = await Promise.all([
    db()
      .select({ total: sql<number>`count(*)::int` })
      .from(service)
      .where(where),
    db().select().from(service).where(where).orderBy(sortName(service.name), service.id).limit(params.perPage).offset(offset(params)),
  ]);
  return { total: count[0].total, rows };
}

export async function serviceById(id: string): Promise<ServiceRow | undefined> {
  const [row] = await db().select().from(service).where(eq(service.id, id));
  return row;
}

export async function organizationsByIds(ids: string[]): Promise<Map<string, OrganizationRow>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await db().select().from(organization).where(inArray(organization.id, unique));
  return new Map(rows.map((r) => [r.id, r]));
}

const pointColumns = {
  id: servicePoint.id,
  organizationId: servicePoint.organizationId,
  name: servicePoint.name,
  streetAddress: servicePoint.streetAddress,
  postalCode: servicePoint.postalCode,
  latitude: servicePoint.latitude,
  longitude: servicePoint.longitude,
  openingHours: servicePoint.openingHours,
  accessibility: servicePoint.accessibility,
  postOfficeFi: postalCode.nameFi,
  postOfficeSv: postalCode.nameSv,
  regionFi: region.nameFi,
  regionSv: region.nameSv,
};

const salColumns = { id: serviceAtLocation.id, serviceId: serviceAtLocation.serviceId, servicePointId: serviceAtLocation.servicePointId };

function pointsQuery() {
  return db()
    .select({ sal: salColumns, point: pointColumns })
    .from(serviceAtLocation)
    .innerJoin(servicePoint, eq(servicePoint.id, serviceAtLocation.servicePointId))
    .innerJoin(postalCode, eq(postalCode.code, servicePoint.postalCode))
    .innerJoin(municipality, eq(municipality.code, servicePoint.municipalityCode))
    .innerJoin(region, eq(region.code, municipality.regionCode));
}

const groupBy = <T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> => {
  const map = new Map<K, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return map;
};

/** Everything a page of services links to, in one query per kind. */
export async function serviceRelations(services: ServiceRow[]): Promise<Map<string, ServiceRelations>> {
  const ids = services.map((s) => s.id);
  if (!ids.length) return new Map();
  const codes = [...new Set(services.flatMap((s) => s.areaMunicipalities))];
  const [organizations, channels, locations, practitioners, municipalities] = await Promise.all([
    organizationsByIds(services.map((s) => s.organizationId)),
    db().select().from(serviceChannel).where(inArray(serviceChannel.serviceId, ids)) as Promise<ChannelRow[]>,
    pointsQuery().where(inArray(serviceAtLocation.serviceId, ids)).orderBy(serviceAtLocation.id) as Promise<{ sal: ServiceAtLocationRow; point: PointRow }[]>,
    db()
      .select({ serviceId: practitionerService.serviceId, practitioner })
      .from(practitionerService)
      .innerJoin(practitioner, eq(practitioner.id, practitionerService.practitionerId))
      .where(inArray(practitionerService.serviceId, ids))
      .orderBy(practitioner.familyName, practitioner.givenName, practitioner.id),
    codes.length
      ? db()
          .select({ code: municipality.code, nameFi: municipality.nameFi, nameSv: municipality.nameSv })
          .from(municipality)
          .where(inArray(municipality.code, codes))
      : Promise.resolve([] as MunicipalityRow[]),
  ]);
  const channelsOf = groupBy(channels, (c) => c.serviceId);
  const locationsOf = groupBy(locations, (l) => l.sal.serviceId);
  const practitionersOf = groupBy(practitioners, (p) => p.serviceId);
  const municipalityMap = new Map(municipalities.map((m) => [m.code, m]));
  return new Map(
    services.map((s) => [
      s.id,
      {
        organization: organizations.get(s.organizationId),
        channels: channelsOf.get(s.id) ?? [],
        locations: locationsOf.get(s.id) ?? [],
        practitioners: (practitionersOf.get(s.id) ?? []).map((p) => p.practitioner as PractitionerRow),
        municipalities: municipalityMap,
      },
    ]),
  );
}

function organizationTermCondition(taxonomy: TaxonomyKey, code: string | undefined): SQL {
  if (taxonomy === "organization_type") return code === undefined ? sql`true` : eq(organization.type, code);
  // An organisation has a term when one of its services has it.
  return sql`exists (select 1 from service where ${service.organizationId} = ${organization.id} and ${serviceTermCondition(taxonomy, code)})`;
}

export async function organizationPage(params: ListParams): Promise<Page<OrganizationRow>> {
  const conditions: SQL[] = [];
  const search = await searchCondition(params.search, "organization", organization.id);
  if (search) conditions.push(search);
  conditions.push(...termConditions(params, organizationTermCondition));
  if (params.modifiedAfter) conditions.push(sql`${organization.updatedAt} >= ${params.modifiedAfter.toISOString()}`);
  const where = allOf(conditions);
  const [count, rows] = await Promise.all([
    db()
      .select({ total: sql<number>`count(*)::int` })
      .from(organization)
      .where(where),
    db()
      .select({ id: organization.id })
      .from(organization)
      .where(where)
      .orderBy(sortName(organization.name), organization.id)
      .limit(params.perPage)
      .offset(offset(params)),
  ]);
  const pageIds = rows.map((r) => r.id);
  const full = await organizationsByIds(pageIds);
  return { total: count[0].total, rows: pageIds.map((id) => full.get(id)).filter((r): r is OrganizationRow => r !== undefined) };
}

export async function organizationById(id: string): Promise<OrganizationRow | undefined> {
  return (await organizationsByIds([id])).get(id);
}

/** An organisation's service points and its contact persons (yhdyshenkilöt). */
export async function organizationDetails(id: string): Promise<{ locations: PointRow[]; contacts: PractitionerRow[] }> {
  const [locations, contacts] = await Promise.all([
    db()
      .select(pointColumns)
      .from(servicePoint)
      .innerJoin(postalCode, eq(postalCode.code, servicePoint.postalCode))
      .innerJoin(municipality, eq(municipality.code, servicePoint.municipalityCode))
      .innerJoin(region, eq(region.code, municipality.regionCode))
      .where(eq(servicePoint.organizationId, id))
      .orderBy(sortName(servicePoint.name), servicePoint.id) as Promise<PointRow[]>,
    db()
      .select()
      .from(practitioner)
      .where(and(eq(practitioner.organizationId, id), eq(practitioner.isContactPerson, true)))
      .orderBy(practitioner.familyName, practitioner.givenName, practitioner.id),
  ]);
  return { locations, contacts };
}

export interface ServiceAtLocationEntry {
  sal: ServiceAtLocationRow;
  point: PointRow;
  service: ServiceRow;
}

export async function serviceAtLocationPage(params: ListParams): Promise<Page<ServiceAtLocationEntry>> {
  const conditions: SQL[] = [];
  if (params.search) {
    // A service at a location matches through the service's text or the service point's.
    const [byService, byPoint] = await Promise.all([
      searchCondition(params.search, "service", service.id),
      searchCondition(params.search, "service_point", servicePoint.id),
    ]);
    if (byService && byPoint) conditions.push(sql`(${byService} or ${byPoint})`);
  }
  conditions.push(...termConditions(params, serviceTermCondition));
  if (params.organizationId) conditions.push(eq(service.organizationId, params.organizationId));
  if (params.modifiedAfter) conditions.push(sql`greatest(${service.updatedAt}, ${servicePoint.updatedAt}) >= ${params.modifiedAfter.toISOString()}`);
  if (params.postcode) {
    const place = await locatePostcode(params.postcode);
    conditions.push(
      params.proximity !== undefined
        ? sql`exists (select 1 from service_point sp where sp.id = ${servicePoint.id} and sp.latitude is not null
            and sp.longitude is not null and ${distance(place)} <= ${params.proximity})`
        : eq(servicePoint.municipalityCode, place.municipalityCode),
    );
  }
  const where = allOf(conditions);
  const counted = () =>
    db()
      .select({ total: sql<number>`count(*)::int` })
      .from(serviceAtLocation)
      .innerJoin(service, eq(service.id, serviceAtLocation.serviceId))
      .innerJoin(servicePoint, eq(servicePoint.id, serviceAtLocation.servicePointId))
      .where(where);
  const [count, page] = await Promise.all([
    counted(),
    db()
      .select({ id: serviceAtLocation.id })
      .from(serviceAtLocation)
      .innerJoin(service, eq(service.id, serviceAtLocation.serviceId))
      .innerJoin(servicePoint, eq(servicePoint.id, serviceAtLocation.servicePointId))
      .where(where)
      .orderBy(sortName(service.name), sortName(servicePoint.name), serviceAtLocation.id)
      .limit(params.perPage)
      .offset(offset(params)),
  ]);
  const pageIds = page.map((r) => r.id);
  if (!pageIds.length) return { total: count[0].total, rows: [] };
  const rows = (await db()
    .select({ sal: salColumns, point: pointColumns, service })
    .from(serviceAtLocation)
    .innerJoin(service, eq(service.id, serviceAtLocation.serviceId))
    .innerJoin(servicePoint, eq(servicePoint.id, serviceAtLocation.servicePointId))
    .innerJoin(postalCode, eq(postalCode.code, servicePoint.postalCode))
    .innerJoin(municipality, eq(municipality.code, servicePoint.municipalityCode))
    .innerJoin(region, eq(region.code, municipality.regionCode))
    .where(inArray(serviceAtLocation.id, pageIds))) as ServiceAtLocationEntry[];
  const byId = new Map(rows.map((r) => [r.sal.id, r]));
  return { total: count[0].total, rows: pageIds.map((id) => byId.get(id)).filter((r): r is ServiceAtLocationEntry => r !== undefined) };
}

export async function serviceAtLocationById(id: string): Promise<ServiceAtLocationEntry | undefined> {
  const [row] = await pointsQuery().where(eq(serviceAtLocation.id, id));
  if (!row) return undefined;
  const svc = await serviceById(row.sal.serviceId);
  return svc ? { ...row, service: svc } : undefined;
}
