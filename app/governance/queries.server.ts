import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { db } from "../kit/db/db.server";
import type { LocalizedText } from "../kit/i18n/localized";
import { networkMembership, organization, practitioner } from "~/network-map/public.server";
import { isCurrent } from "./inputs";
import { agreementAcceptance, agreementVersion, groupMembership, networkGroup } from "./schema.server";
import { todayInFinland } from "../kit/dates/calendar";

const byFinnishName = sql`${networkGroup.name}->>'fi' collate "fi-FI-x-icu"`;

export interface GroupNode {
  id: string;
  type: string;
  name: LocalizedText;
  endsOn: string | null;
  children: GroupNode[];
}

/** A region's groups as a tree: cooperation groups first, then by Finnish name. */
export async function groupTree(regionCode: string): Promise<GroupNode[]> {
  const rows = await db()
    .select({ id: networkGroup.id, type: networkGroup.type, name: networkGroup.name, endsOn: networkGroup.endsOn, parentId: networkGroup.parentId })
    .from(networkGroup)
    .where(eq(networkGroup.regionCode, regionCode))
    .orderBy(sql`array_position(array['cooperation','coordination','area','working'], ${networkGroup.type})`, byFinnishName);
  const nodes = new Map(rows.map((r) => [r.id, { id: r.id, type: r.type, name: r.name, endsOn: r.endsOn, children: [] as GroupNode[] }]));
  const roots: GroupNode[] = [];
  for (const r of rows) (r.parentId && nodes.get(r.parentId) ? nodes.get(r.parentId)!.children : roots).push(nodes.get(r.id)!);
  return roots;
}

/** Regions that have groups, for the region chooser. */
export async function regionsWithGroups(): Promise<string[]> {
  const rows = await db().selectDistinct({ code: networkGroup.regionCode }).from(networkGroup).orderBy(networkGroup.regionCode);
  return rows.map((r) => r.code);
}

/** A group's memberships, past and present: chair first, then by position and the organisation's Finnish name. */
export function groupMemberships(groupId: string) {
  return db()
    .select({
      id: groupMembership.id,
      organizationId: groupMembership.organizationId,
      organizationName: organization.name,
      practitionerId: groupMembership.practitionerId,
      givenName: practitioner.givenName,
      familyName: practitioner.familyName,
      position: groupMembership.position,
      startsOn: groupMembership.startsOn,
      endsOn: groupMembership.endsOn,
      version: groupMembership.version,
    })
    .from(groupMembership)
    .innerJoin(organization, eq(organization.id, groupMembership.organizationId))
    .leftJoin(practitioner, eq(practitioner.id, groupMembership.practitionerId))
    .where(eq(groupMembership.groupId, groupId))
    .orderBy(
      sql`array_position(array['chair','vice_chair','secretary','member','deputy'], ${groupMembership.position})`,
      sql`${organization.name}->>'fi' collate "fi-FI-x-icu"`,
    );
}

export async function getGroup(id: string) {
  const [group] = await db().select().from(networkGroup).where(eq(networkGroup.id, id));
  if (!group) return null;
  const [parent] = group.parentId
    ? await db().select({ id: networkGroup.id, name: networkGroup.name }).from(networkGroup).where(eq(networkGroup.id, group.parentId))
    : [];
  const children = await db()
    .select({ id: networkGroup.id, name: networkGroup.name, type: networkGroup.type })
    .from(networkGroup)
    .where(eq(networkGroup.parentId, id))
    .orderBy(byFinnishName);
  const memberships = await groupMemberships(id);
  return { group, parent: parent ?? null, children, memberships };
}

/**
 * The public view of a group's members: current ones only, with the organisation and the named
 * person (a name only — their contact details are on the practitioner's own page, by its visibility).
 */
export function currentMembers<M extends { startsOn: string; endsOn: string | null }>(memberships: M[], today = todayInFinland()): M[] {
  return memberships.filter((m) => isCurrent(m, today));
}

/** The region's member organisations and practitioners, for choosing a group member. */
export async function networkOrganizations(regionCode: string) {
  const orgs = await db()
    .select({ id: organization.id, name: organization.name })
    .from(organization)
    .innerJoin(networkMembership, eq(networkMembership.organizationId, organization.id))
    .where(eq(networkMembership.regionCode, regionCode))
    .orderBy(sql`${organization.name}->>'fi' collate "fi-FI-x-icu"`);
  const people = orgs.length
    ? await db()
        .select({ id: practitioner.id, organizationId: practitioner.organizationId, givenName: practitioner.givenName, familyName: practitioner.familyName })
        .from(practitioner)
        .where(
          inArray(
            practitioner.organizationId,
            orgs.map((o) => o.id),
          ),
        )
        .orderBy(sql`${practitioner.familyName} collate "fi-FI-x-icu"`, asc(practitioner.givenName))
    : [];
  return { organizations: orgs, practitioners: people };
}

export async function currentAgreement(regionCode: string) {
  const [version] = await db()
    .select()
    .from(agreementVersion)
    .where(eq(agreementVersion.regionCode, regionCode))
    .orderBy(desc(agreementVersion.version))
    .limit(1);
  return version ?? null;
}

export async function agreementVersions(regionCode: string) {
  return db()
    .select({ id: agreementVersion.id, version: agreementVersion.version, publishedAt: agreementVersion.publishedAt, expiresOn: agreementVersion.expiresOn })
    .from(agreementVersion)
    .where(eq(agreementVersion.regionCode, regionCode))
    .orderBy(desc(agreementVersion.version));
}

/** Every member organisation of the region with its acceptance of the version (null: not accepted). */
export async function acceptanceOverview(regionCode: string, versionId: string) {
  return db()
    .select({
      organizationId: organization.id,
      name: organization.name,
      acceptedAt: agreementAcceptance.acceptedAt,
      acceptedByName: agreementAcceptance.acceptedByName,
      onBehalf: agreementAcceptance.onBehalf,
    })
    .from(networkMembership)
    .innerJoin(organization, eq(organization.id, networkMembership.organizationId))
    .leftJoin(agreementAcceptance, and(eq(agreementAcceptance.organizationId, organization.id), eq(agreementAcceptance.versionId, versionId)))
    .where(eq(networkMembership.regionCode, regionCode))
    .orderBy(sql`${agreementAcceptance.acceptedAt} is not null`, sql`${organization.name}->>'fi' collate "fi-FI-x-icu"`);
}

/** The organisations a contact person answers for, with their regions. */
export async function organizationsWithRegions(organizationIds: string[]) {
  if (organizationIds.length === 0) return [];
  return db()
    .select({ id: organization.id, name: organization.name, regionCode: networkMembership.regionCode })
    .from(organization)
    .innerJoin(networkMembership, eq(networkMembership.organizationId, organization.id))
    .where(inArray(organization.id, organizationIds))
    .orderBy(sql`${organization.name}->>'fi' collate "fi-FI-x-icu"`, networkMembership.regionCode);
}

export async function acceptanceOf(versionId: string, organizationId: string) {
  const [row] = await db()
    .select()
    .from(agreementAcceptance)
    .where(and(eq(agreementAcceptance.versionId, versionId), eq(agreementAcceptance.organizationId, organizationId)));
  return row ?? null;
}
