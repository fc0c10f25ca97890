import { and, asc, desc, eq, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import { networkMembership, organization } from "~/network-map/public.server";
import { municipality } from "~/reference/public.server";
import { earlierBy } from "../kit/dates/calendar";
import { db } from "../kit/db/db.server";
import type { LocalizedText } from "../kit/i18n/localized";
import { contactOrganizations, coordinatedRegions, isAdmin, type CurrentUser } from "../kit/permissions/roles";
import type { MobilePointScope } from "./permissions";
import { mobilePoint, mobilePointOrganization, mobilePointVisit, mobilePointVisitLog } from "./schema.server";

export interface TimetableArea {
  regionCode?: string;
  municipalityCode?: string;
}

const visitColumns = {
  id: mobilePointVisit.id,
  pointId: mobilePointVisit.pointId,
  pointName: mobilePoint.name,
  pointKind: mobilePoint.kind,
  municipalityCode: mobilePointVisit.municipalityCode,
  regionCode: municipality.regionCode,
  placeName: mobilePointVisit.placeName,
  streetAddress: mobilePointVisit.streetAddress,
  postalCode: mobilePointVisit.postalCode,
  latitude: mobilePointVisit.latitude,
  longitude: mobilePointVisit.longitude,
  startsAt: mobilePointVisit.startsAt,
  endsAt: mobilePointVisit.endsAt,
  languages: mobilePointVisit.languages,
  organizationIds: mobilePointVisit.organizationIds,
  note: mobilePointVisit.note,
  status: mobilePointVisit.status,
  changeReason: mobilePointVisit.changeReason,
  changedAt: mobilePointVisit.changedAt,
  icsUid: mobilePointVisit.icsUid,
  icsSequence: mobilePointVisit.icsSequence,
  updatedAt: mobilePointVisit.updatedAt,
};

const areaCondition = (area: TimetableArea): SQL | undefined =>
  area.municipalityCode
    ? eq(mobilePointVisit.municipalityCode, area.municipalityCode)
    : area.regionCode
      ? eq(municipality.regionCode, area.regionCode)
      : undefined;

const visitsWhere = (where: SQL | undefined, order: "asc" | "desc" = "asc", limit = 500) =>
  db()
    .select(visitColumns)
    .from(mobilePointVisit)
    .innerJoin(mobilePoint, eq(mobilePoint.id, mobilePointVisit.pointId))
    .innerJoin(municipality, eq(municipality.code, mobilePointVisit.municipalityCode))
    .where(where)
    .orderBy(order === "asc" ? asc(mobilePointVisit.startsAt) : desc(mobilePointVisit.startsAt), asc(mobilePointVisit.id))
    .limit(limit);

/** Names of organisations by id, for the visits' "on board". */
export async function organizationNames(ids: string[]): Promise<Record<string, LocalizedText>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return {};
  const rows = await db().select({ id: organization.id, name: organization.name }).from(organization).where(inArray(organization.id, unique));
  return Object.fromEntries(rows.map((r) => [r.id, r.name]));
}

/** The public timetable: visits that have not ended, cancelled ones included so that people see them. */
export async function timetable(area: TimetableArea, now = new Date()) {
  const visits = await visitsWhere(and(gte(mobilePointVisit.endsAt, now), areaCondition(area)));
  return { visits, organizations: await organizationNames(visits.flatMap((v) => v.organizationIds)) };
}

/** A region's calendar feed: the visits of the last 30 days and all coming ones, cancelled ones marked so. */
export async function regionFeedVisits(regionCode: string, now = new Date()) {
  const visits = await visitsWhere(and(gte(mobilePointVisit.endsAt, earlierBy(now, { days: 30 })), eq(municipality.regionCode, regionCode)), "asc", 2000);
  return { visits, organizations: await organizationNames(visits.flatMap((v) => v.organizationIds)) };
}

/** The next visit that will take place in the area (not cancelled), or null. */
export async function nextVisitIn(area: TimetableArea, now = new Date()) {
  const [visit] = await visitsWhere(and(gte(mobilePointVisit.endsAt, now), eq(mobilePointVisit.status, "scheduled"), areaCondition(area)), "asc", 1);
  return visit ?? null;
}

/** The next visit (not cancelled) within `km` of a spot, nearest first in time. */
export async function nextVisitNear(origin: { latitude: number; longitude: number }, km: number, now = new Date()) {
  // Haversine in SQL: few visits are coming, so no spatial index is needed.
  const distance = sql`6371 * 2 * asin(sqrt(power(sin(radians(${mobilePointVisit.latitude} - ${origin.latitude}) / 2), 2) + cos(radians(${origin.latitude})) * cos(radians(${mobilePointVisit.latitude})) * power(sin(radians(${mobilePointVisit.longitude} - ${origin.longitude}) / 2), 2)))`;
  const [visit] = await visitsWhere(and(gte(mobilePointVisit.endsAt, now), eq(mobilePointVisit.status, "scheduled"), lt(distance, km)), "asc", 1);
  return visit ?? null;
}

/** The next coming visit of each region that has one, for the front page. */
export async function nextVisitPerRegion(now = new Date()) {
  const visits = await visitsWhere(and(gte(mobilePointVisit.endsAt, now), eq(mobilePointVisit.status, "scheduled")), "asc", 200);
  const seen = new Set<string>();
  return visits.filter((v) => !seen.has(v.regionCode) && !!seen.add(v.regionCode));
}

export type TimetableVisit = Awaited<ReturnType<typeof timetable>>["visits"][number];

/** The regions that have at least one coming visit, for the timetable's filter. */
export async function regionsWithVisits(now = new Date()): Promise<string[]> {
  const rows = await db()
    .selectDistinct({ code: municipality.regionCode })
    .from(mobilePointVisit)
    .innerJoin(municipality, eq(municipality.code, mobilePointVisit.municipalityCode))
    .where(gte(mobilePointVisit.endsAt, now));
  return rows.map((r) => r.code);
}

/** The municipalities with coming visits in a region (all regions without one). */
export async function municipalitiesWithVisits(regionCode: string | undefined, now = new Date()): Promise<string[]> {
  const rows = await db()
    .selectDistinct({ code: mobilePointVisit.municipalityCode })
    .from(mobilePointVisit)
    .innerJoin(municipality, eq(municipality.code, mobilePointVisit.municipalityCode))
    .where(and(gte(mobilePointVisit.endsAt, now), regionCode ? eq(municipality.regionCode, regionCode) : undefined));
  return rows.map((r) => r.code);
}

// The work pages.

/**
 * The points the user keeps or records visits for: all for admins, else those in their regions or
 * staffed by their organisations (as a contact person, or through their practitioner cards: `cardOrganizations`).
 */
export async function pointsOf(user: CurrentUser, cardOrganizations: string[]) {
  const regions = coordinatedRegions(user);
  const organizations = [...contactOrganizations(user), ...cardOrganizations];
  const where = isAdmin(user)
    ? undefined
    : sql`(${mobilePoint.regionCodes} && ${sql.param(regions.length ? regions : ["-"])}::text[] or exists (select 1 from ${mobilePointOrganization} o where o.point_id = ${mobilePoint.id} and o.organization_id = any(${sql.param(organizations.length ? organizations : ["00000000-0000-0000-0000-000000000000"])}::uuid[])))`;
  return db()
    .select({ id: mobilePoint.id, name: mobilePoint.name, kind: mobilePoint.kind, regionCodes: mobilePoint.regionCodes })
    .from(mobilePoint)
    .where(where)
    .orderBy(sql`${mobilePoint.name}->>'fi'`);
}

/** A point with its staff and its visits (the last 60 days and all coming ones). */
export async function pointForWork(id: string, now = new Date()) {
  const [point] = await db().select().from(mobilePoint).where(eq(mobilePoint.id, id));
  if (!point) return null;
  const staff = await db().select({ id: mobilePointOrganization.organizationId }).from(mobilePointOrganization).where(eq(mobilePointOrganization.pointId, id));
  const scope: MobilePointScope = { regionCodes: point.regionCodes, organizationIds: staff.map((s) => s.id) };
  const visits = await visitsWhere(and(eq(mobilePointVisit.pointId, id), gte(mobilePointVisit.endsAt, earlierBy(now, { days: 60 }))));
  return { point, scope, visits };
}

/** A visit with its point's scope and its log, for the visit's work page. */
export async function visitForWork(id: string) {
  const [visit] = await visitsWhere(eq(mobilePointVisit.id, id), "asc", 1);
  if (!visit) return null;
  const [row] = await db().select().from(mobilePointVisit).where(eq(mobilePointVisit.id, id));
  const staff = await db()
    .select({ id: mobilePointOrganization.organizationId })
    .from(mobilePointOrganization)
    .where(eq(mobilePointOrganization.pointId, visit.pointId));
  const [point] = await db().select({ regionCodes: mobilePoint.regionCodes }).from(mobilePoint).where(eq(mobilePoint.id, visit.pointId));
  const [log] = await db().select().from(mobilePointVisitLog).where(eq(mobilePointVisitLog.visitId, id));
  return { visit, row, scope: { regionCodes: point.regionCodes, organizationIds: staff.map((s) => s.id) }, log: log ?? null };
}

/**
 * Visitors recorded in the visit logs per region (of the visit's municipality), organisation on board
 * and month in Finland, for the service statistics. A visit with two organisations on board counts
 * for each of them; the region's total counts it once (`organizationId` null rows).
 */
export async function visitorStatistics(filter: { regionCodes?: string[]; organizationIds?: string[]; from?: Date; to?: Date } = {}) {
  const month = sql<string>`to_char(${mobilePointVisit.startsAt} at time zone 'Europe/Helsinki', 'YYYY-MM')`;
  const organizationId = sql<string | null>`org_id`;
  const conditions = [
    eq(mobilePointVisit.status, "scheduled"),
    filter.regionCodes ? inArray(municipality.regionCode, filter.regionCodes.length ? filter.regionCodes : ["-"]) : undefined,
    filter.from ? gte(mobilePointVisit.startsAt, filter.from) : undefined,
    filter.to ? lt(mobilePointVisit.startsAt, filter.to) : undefined,
  ];
  const rows = await db()
    .select({
      regionCode: municipality.regionCode,
      organizationId,
      month,
      visits: sql<number>`count(*)::int`,
      visitors: sql<number>`sum(${mobilePointVisitLog.visitors})::int`,
    })
    .from(mobilePointVisit)
    .innerJoin(mobilePointVisitLog, eq(mobilePointVisitLog.visitId, mobilePointVisit.id))
    .innerJoin(municipality, eq(municipality.code, mobilePointVisit.municipalityCode))
    .crossJoin(sql`lateral (select unnest(${mobilePointVisit.organizationIds}) as org_id union all select null::uuid) as on_board`)
    .where(and(...conditions))
    .groupBy(municipality.regionCode, organizationId, month)
    .orderBy(month, municipality.regionCode, organizationId);
  return filter.organizationIds ? rows.filter((r) => r.organizationId !== null && filter.organizationIds!.includes(r.organizationId)) : rows;
}

/** The regions a user may place a point in, and the organisations of those regions' networks (plus any already chosen). */
export async function workChoices(user: CurrentUser, chosen: { regionCodes: string[]; organizationIds: string[] } = { regionCodes: [], organizationIds: [] }) {
  const contacts = contactOrganizations(user);
  const ownRegions = contacts.length
    ? (await db().select({ code: networkMembership.regionCode }).from(networkMembership).where(inArray(networkMembership.organizationId, contacts))).map(
        (r) => r.code,
      )
    : [];
  const placeable = isAdmin(user) ? null : [...new Set([...coordinatedRegions(user), ...ownRegions])];
  const regionCodes = placeable === null ? null : [...new Set([...placeable, ...chosen.regionCodes])];
  const organizations = await db()
    .selectDistinct({ id: organization.id, name: organization.name })
    .from(organization)
    .leftJoin(networkMembership, eq(networkMembership.organizationId, organization.id))
    .where(
      regionCodes === null
        ? undefined
        : sql`(${inArray(networkMembership.regionCode, regionCodes.length ? regionCodes : ["-"])} or ${inArray(organization.id, [...chosen.organizationIds, ...contacts].length ? [...chosen.organizationIds, ...contacts] : ["00000000-0000-0000-0000-000000000000"])})`,
    );
  return { regionCodes, ownRegions, organizations };
}
