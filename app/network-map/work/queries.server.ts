import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { coordinatedRegions, contactOrganizations, isAdmin, ownPractitionerIds, type CurrentUser } from "../../kit/permissions/roles";
import { db, type Transaction } from "../../kit/db/db.server";
import { municipality, region } from "~/reference/public.server";
import type { LocalizedText } from "../../kit/i18n/localized";
import { organizationScope } from "../commands/shared.server";
import type { OrganizationInput, PractitionerInput, ServiceInput, ServicePointInput } from "../inputs";
import { canEditPractitioner, canManageOrganization, type OrganizationScope } from "../permissions";
import {
  networkMembership,
  organization,
  practitioner,
  practitionerService,
  practitionerServicePoint,
  service,
  serviceAtLocation,
  serviceChannel,
  servicePoint,
} from "../schema.server";

/** Lists of names sort the Finnish way (å, ä, ö after z; v and w apart). */
const byFinnishName = (column: unknown) => sql`${column}->>'fi' collate "fi-FI-x-icu"`;

export interface Named {
  id: string;
  name: LocalizedText;
}

export async function regionsByCode(): Promise<{ code: string; nameFi: string; nameSv: string }[]> {
  return db().select().from(region).orderBy(asc(region.code));
}

export async function municipalitiesOf(regionCodes: string[]) {
  if (regionCodes.length === 0) return [];
  return db()
    .select({ code: municipality.code, nameFi: municipality.nameFi, nameSv: municipality.nameSv })
    .from(municipality)
    .where(inArray(municipality.regionCode, regionCodes))
    .orderBy(sql`${municipality.nameFi} collate "fi-FI-x-icu"`);
}

/**
 * The municipalities a service's area is chosen from: those of the organisation's networks, plus any
 * already chosen elsewhere, so that saving the form never drops them unseen.
 */
export async function municipalityChoices(regionCodes: string[], selected: string[]) {
  const listed = await municipalitiesOf(regionCodes);
  const missing = selected.filter((code) => !listed.some((m) => m.code === code));
  if (missing.length === 0) return listed;
  const extra = await db()
    .select({ code: municipality.code, nameFi: municipality.nameFi, nameSv: municipality.nameSv })
    .from(municipality)
    .where(inArray(municipality.code, missing));
  return [...listed, ...extra];
}

/** Member organisations of a region's network in Finnish collation order. */
export async function membersOf(regionCode: string): Promise<Named[]> {
  return db()
    .select({ id: organization.id, name: organization.name })
    .from(organization)
    .innerJoin(networkMembership, eq(networkMembership.organizationId, organization.id))
    .where(eq(networkMembership.regionCode, regionCode))
    .orderBy(byFinnishName(organization.name), asc(organization.id));
}

/** Organisations a new or edited organisation may belong to: the members of the same networks. */
export async function parentOptions(regionCodes: string[], exceptId?: string): Promise<Named[]> {
  if (regionCodes.length === 0) return [];
  const rows = await db()
    .select({ id: organization.id, name: organization.name })
    .from(organization)
    .innerJoin(networkMembership, eq(networkMembership.organizationId, organization.id))
    .where(inArray(networkMembership.regionCode, regionCodes))
    .orderBy(byFinnishName(organization.name), asc(organization.id));
  // An organisation in several of the networks comes once per membership.
  const seen = new Set<string>();
  return rows.filter((r) => r.id !== exceptId && !seen.has(r.id) && !!seen.add(r.id));
}

export async function organizationParts(organizationId: string) {
  const [points, services, people] = await Promise.all([
    db()
      .select({ id: servicePoint.id, name: servicePoint.name })
      .from(servicePoint)
      .where(eq(servicePoint.organizationId, organizationId))
      .orderBy(byFinnishName(servicePoint.name)),
    db().select({ id: service.id, name: service.name }).from(service).where(eq(service.organizationId, organizationId)).orderBy(byFinnishName(service.name)),
    db()
      .select({ id: practitioner.id, givenName: practitioner.givenName, familyName: practitioner.familyName })
      .from(practitioner)
      .where(eq(practitioner.organizationId, organizationId))
      .orderBy(sql`${practitioner.familyName} collate "fi-FI-x-icu"`, sql`${practitioner.givenName} collate "fi-FI-x-icu"`),
  ]);
  return { servicePoints: points, services, practitioners: people };
}

/** The organisation and whether the user may work on it; null when it does not exist. */
export async function organizationAccess(user: CurrentUser, organizationId: string): Promise<{ scope: OrganizationScope; allowed: boolean } | null> {
  const scope = await organizationScope(db(), organizationId);
  return scope ? { scope, allowed: canManageOrganization(user, scope) } : null;
}

export async function loadOrganization(id: string) {
  const [row] = await db().select().from(organization).where(eq(organization.id, id));
  if (!row) return null;
  const scope = (await organizationScope(db(), id))!;
  const values: OrganizationInput = {
    name: row.name,
    description: row.description,
    type: row.type as OrganizationInput["type"],
    businessId: row.businessId ?? undefined,
    website: row.website ?? undefined,
    email: row.email ?? undefined,
    phone: row.phone ?? undefined,
    parentId: row.parentId ?? undefined,
    regionCodes: scope.regionCodes,
  };
  return { id, name: row.name, lastVerifiedAt: row.lastVerifiedAt, version: row.version, scope, values };
}

export async function loadServicePoint(id: string) {
  const [row] = await db().select().from(servicePoint).where(eq(servicePoint.id, id));
  if (!row) return null;
  const [place] = await db()
    .select({ nameFi: municipality.nameFi, nameSv: municipality.nameSv })
    .from(municipality)
    .where(eq(municipality.code, row.municipalityCode));
  const values: ServicePointInput = {
    organizationId: row.organizationId,
    name: row.name,
    streetAddress: row.streetAddress,
    postalCode: row.postalCode,
    latitude: row.latitude ?? undefined,
    longitude: row.longitude ?? undefined,
    openingHours: row.openingHours,
    accessibility: row.accessibility,
  };
  return { id, name: row.name, organizationId: row.organizationId, lastVerifiedAt: row.lastVerifiedAt, version: row.version, municipality: place, values };
}

export async function loadService(id: string) {
  const [row] = await db().select().from(service).where(eq(service.id, id));
  if (!row) return null;
  const channels = await db()
    .select()
    .from(serviceChannel)
    .where(eq(serviceChannel.serviceId, id))
    .orderBy(asc(serviceChannel.channel), asc(serviceChannel.id));
  const points = await db().select({ id: serviceAtLocation.servicePointId }).from(serviceAtLocation).where(eq(serviceAtLocation.serviceId, id));
  const values: ServiceInput = {
    organizationId: row.organizationId,
    name: row.name,
    description: row.description,
    targetGroups: row.targetGroups as ServiceInput["targetGroups"],
    topics: row.topics as ServiceInput["topics"],
    languages: row.languages as ServiceInput["languages"],
    areaMunicipalities: row.areaMunicipalities,
    cost: row.cost as ServiceInput["cost"],
    costDescription: row.costDescription,
    status: row.status as ServiceInput["status"],
    website: row.website ?? undefined,
    email: row.email ?? undefined,
    channels: channels.map((c) => ({
      channel: c.channel as NonNullable<ServiceInput["channels"]>[number]["channel"],
      contact: c.contact ?? undefined,
      hours: c.hours,
      servicePointId: c.servicePointId ?? undefined,
    })),
    servicePointIds: points.map((p) => p.id),
  };
  return { id, name: row.name, organizationId: row.organizationId, lastVerifiedAt: row.lastVerifiedAt, version: row.version, values };
}

export async function loadPractitioner(id: string) {
  const [row] = await db().select().from(practitioner).where(eq(practitioner.id, id));
  if (!row) return null;
  const services = await db().select({ id: practitionerService.serviceId }).from(practitionerService).where(eq(practitionerService.practitionerId, id));
  const points = await db()
    .select({ id: practitionerServicePoint.servicePointId })
    .from(practitionerServicePoint)
    .where(eq(practitionerServicePoint.practitionerId, id));
  const values: PractitionerInput = {
    organizationId: row.organizationId,
    givenName: row.givenName,
    familyName: row.familyName,
    title: row.title,
    email: row.email ?? undefined,
    phone: row.phone ?? undefined,
    competenceAreas: row.competenceAreas as PractitionerInput["competenceAreas"],
    languages: row.languages as PractitionerInput["languages"],
    visibility: row.visibility,
    isContactPerson: row.isContactPerson,
    serviceIds: services.map((s) => s.id),
    servicePointIds: points.map((p) => p.id),
  };
  return {
    id,
    name: `${row.givenName} ${row.familyName}`,
    organizationId: row.organizationId,
    lastVerifiedAt: row.lastVerifiedAt,
    isContactPerson: row.isContactPerson,
    version: row.version,
    values,
  };
}

/** May the user open this practitioner's card, and may they manage its organisation (more fields)? */
export async function practitionerAccess(user: CurrentUser, id: string, organizationId: string) {
  const scope = await organizationScope(db(), organizationId);
  if (!scope) return { allowed: false, manages: false };
  return { allowed: canEditPractitioner(user, { id, organization: scope }), manages: canManageOrganization(user, scope) };
}

export async function organizationName(id: string): Promise<LocalizedText | null> {
  const [row] = await db().select({ name: organization.name }).from(organization).where(eq(organization.id, id));
  return row?.name ?? null;
}

/** What the dashboard shows, by the user's grants. */
export async function dashboardFor(user: CurrentUser) {
  const admin = isAdmin(user);
  const contactIds = contactOrganizations(user);
  const organizations = await Promise.all(
    contactIds.map(async (id) => {
      const name = await organizationName(id);
      return name ? { id, name, ...(await organizationParts(id)) } : null;
    }),
  );
  const cards = ownPractitionerIds(user).length
    ? await db()
        .select({ id: practitioner.id, givenName: practitioner.givenName, familyName: practitioner.familyName, organizationName: organization.name })
        .from(practitioner)
        .innerJoin(organization, eq(organization.id, practitioner.organizationId))
        .where(inArray(practitioner.id, ownPractitionerIds(user)))
    : [];
  const regionCodes = admin ? (await regionsByCode()).map((r) => r.code) : coordinatedRegions(user);
  const allRegions = await regionsByCode();
  const regions = await Promise.all(
    regionCodes.map(async (code) => {
      const r = allRegions.find((x) => x.code === code);
      return { code, nameFi: r?.nameFi ?? code, nameSv: r?.nameSv ?? code, members: await membersOf(code) };
    }),
  );
  return {
    admin,
    organizations: organizations.filter((o): o is NonNullable<typeof o> => !!o),
    cards,
    // An admin sees every network that has members, not nineteen empty lists.
    regions: admin ? regions.filter((r) => r.members.length > 0) : regions,
    coordinates: admin || regionCodes.length > 0,
  };
}

export async function servicePointOptions(organizationId: string): Promise<Named[]> {
  return db()
    .select({ id: servicePoint.id, name: servicePoint.name })
    .from(servicePoint)
    .where(eq(servicePoint.organizationId, organizationId))
    .orderBy(byFinnishName(servicePoint.name));
}

export async function serviceOptions(organizationId: string): Promise<Named[]> {
  return db()
    .select({ id: service.id, name: service.name })
    .from(service)
    .where(and(eq(service.organizationId, organizationId)))
    .orderBy(byFinnishName(service.name));
}

/**
 * Where a signed-in user works: the organisations whose contact person or practitioner they are, and
 * the regions whose networks those organisations belong to or that they coordinate. Queues and
 * shared records (contact requests, referrals) are scoped by these.
 */
export async function workScopeOf(
  user: CurrentUser,
  executor: Pick<Transaction, "select"> = db(),
): Promise<{ organizationIds: string[]; regionCodes: string[] }> {
  const practitionerIds = ownPractitionerIds(user);
  const fromCards = practitionerIds.length
    ? (await executor.select({ id: practitioner.organizationId }).from(practitioner).where(inArray(practitioner.id, practitionerIds))).map((r) => r.id)
    : [];
  const organizationIds = [...new Set([...contactOrganizations(user), ...fromCards])].sort();
  const memberRegions = organizationIds.length
    ? (
        await executor.select({ code: networkMembership.regionCode }).from(networkMembership).where(inArray(networkMembership.organizationId, organizationIds))
      ).map((r) => r.code)
    : [];
  return { organizationIds, regionCodes: [...new Set([...coordinatedRegions(user), ...memberRegions])].sort() };
}
