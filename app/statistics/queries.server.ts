import { and, eq, inArray, or, type SQL } from "drizzle-orm";
import { db } from "../kit/db/db.server";
import type { LocalizedText } from "../kit/i18n/localized";
import { networkMembership, organization, service } from "~/network-map/public.server";
import { region } from "~/reference/public.server";
import type { Figure } from "./measures";
import { coversRegion, type StatisticsScope } from "./permissions";
import { figureSources, type FigureRequest } from "./sources.server";

/** Organisations whose figures the scope shows under the filters; "all" for an admin's unfiltered country; null when a filter is outside the scope. */
export async function organizationsInView(scope: StatisticsScope, filters: { region?: string; organization?: string }): Promise<"all" | string[] | null> {
  const membersOf = async (regionCodes: string[]) =>
    regionCodes.length
      ? (
          await db().selectDistinct({ id: networkMembership.organizationId }).from(networkMembership).where(inArray(networkMembership.regionCode, regionCodes))
        ).map((r) => r.id)
      : [];
  let visible: "all" | Set<string>;
  if (filters.region) {
    const members = new Set(await membersOf([filters.region]));
    visible = coversRegion(scope, filters.region) ? members : new Set(scope.all ? [] : scope.organizationIds.filter((id) => members.has(id)));
    if (!visible.size && !coversRegion(scope, filters.region)) return null;
  } else {
    visible = scope.all ? "all" : new Set([...(await membersOf(scope.regionCodes)), ...scope.organizationIds]);
  }
  if (!filters.organization) return visible === "all" ? "all" : [...visible];
  if (visible !== "all" && !visible.has(filters.organization)) return null;
  const [exists] = await db().select({ id: organization.id }).from(organization).where(eq(organization.id, filters.organization));
  return exists ? [filters.organization] : null;
}

/** Every source's figures for the organisations and months. */
export async function figuresFor(request: FigureRequest): Promise<Figure[]> {
  if (request.organizationIds !== "all" && !request.organizationIds.length) return [];
  return (await Promise.all(figureSources.map((source) => source(request)))).flat();
}

export interface FilterChoices {
  regions: { code: string; nameFi: string; nameSv: string }[];
  organizations: { id: string; name: LocalizedText }[];
}

/** The regions and organisations a user may choose: an admin's organisations only once a region is chosen (there are thousands). */
export async function filterChoices(scope: StatisticsScope, chosenRegion: string | undefined): Promise<FilterChoices> {
  const regionCodes = scope.all ? undefined : [...new Set([...scope.regionCodes, ...(await regionsOf(scope.organizationIds))])];
  const regions = await db()
    .select({ code: region.code, nameFi: region.nameFi, nameSv: region.nameSv })
    .from(region)
    .where(regionCodes ? inArray(region.code, regionCodes.length ? regionCodes : [""]) : undefined)
    .orderBy(region.code);
  const inRegion = (codes: string[]) =>
    inArray(organization.id, db().select({ id: networkMembership.organizationId }).from(networkMembership).where(inArray(networkMembership.regionCode, codes)));
  let where: SQL | undefined;
  if (chosenRegion)
    where =
      scope.all || scope.regionCodes.includes(chosenRegion)
        ? inRegion([chosenRegion])
        : and(inRegion([chosenRegion]), inArray(organization.id, scope.organizationIds.length ? scope.organizationIds : [uuidNone]));
  else if (scope.all) return { regions, organizations: [] };
  else
    where = or(
      scope.regionCodes.length ? inRegion(scope.regionCodes) : undefined,
      scope.organizationIds.length ? inArray(organization.id, scope.organizationIds) : undefined,
    );
  const organizations = await db().select({ id: organization.id, name: organization.name }).from(organization).where(where).limit(2000);
  return { regions, organizations };
}

const uuidNone = "00000000-0000-0000-0000-000000000000";

async function regionsOf(organizationIds: string[]): Promise<string[]> {
  if (!organizationIds.length) return [];
  const rows = await db()
    .selectDistinct({ code: networkMembership.regionCode })
    .from(networkMembership)
    .where(inArray(networkMembership.organizationId, organizationIds));
  return rows.map((r) => r.code);
}

/** The names of the organisations and services that figures name. */
export async function namesOf(figures: Figure[]): Promise<{ organizations: Record<string, LocalizedText>; services: Record<string, LocalizedText> }> {
  const organizationIds = [...new Set(figures.map((f) => f.organizationId))];
  const serviceIds = [...new Set(figures.map((f) => f.serviceId).filter((id): id is string => !!id))];
  const [organizations, services] = await Promise.all([
    organizationIds.length
      ? db().select({ id: organization.id, name: organization.name }).from(organization).where(inArray(organization.id, organizationIds))
      : [],
    serviceIds.length ? db().select({ id: service.id, name: service.name }).from(service).where(inArray(service.id, serviceIds)) : [],
  ]);
  return {
    organizations: Object.fromEntries(organizations.map((o) => [o.id, o.name])),
    services: Object.fromEntries(services.map((s) => [s.id, s.name])),
  };
}
