import { asc, desc, eq, inArray, sql } from "drizzle-orm";
import { networkMembership, organization } from "~/network-map/public.server";
import { planActionsByIds, planActionChoices } from "~/planning/public.server";
import { db } from "../kit/db/db.server";
import type { LocalizedText } from "../kit/i18n/localized";
import { contactOrganizations, coordinatedRegions, isAdmin, type CurrentUser } from "../kit/permissions/roles";
import type { ProjectScope } from "./permissions";
import { developmentProject, developmentProjectPartner } from "./schema.server";

export type ProjectRow = typeof developmentProject.$inferSelect;

/** Names of organisations by id. */
export async function organizationNames(ids: string[]): Promise<Record<string, LocalizedText>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return {};
  const rows = await db().select({ id: organization.id, name: organization.name }).from(organization).where(inArray(organization.id, unique));
  return Object.fromEntries(rows.map((r) => [r.id, r.name]));
}

async function partnersOf(projectIds: string[]): Promise<Map<string, string[]>> {
  const partners = new Map<string, string[]>();
  if (projectIds.length === 0) return partners;
  const rows = await db()
    .select({ projectId: developmentProjectPartner.projectId, organizationId: developmentProjectPartner.organizationId })
    .from(developmentProjectPartner)
    .where(inArray(developmentProjectPartner.projectId, projectIds));
  for (const row of rows) partners.set(row.projectId, [...(partners.get(row.projectId) ?? []), row.organizationId]);
  return partners;
}

/** The register: the cards of a region (all without one), the latest first, with their partners' names. */
export async function projectRegister(regionCode?: string) {
  const projects = await db()
    .select()
    .from(developmentProject)
    .where(regionCode ? sql`${developmentProject.regionCodes} @> array[${regionCode}]::text[]` : undefined)
    .orderBy(desc(developmentProject.startsOn), asc(developmentProject.code))
    .limit(1000);
  const partners = await partnersOf(projects.map((p) => p.id));
  const names = await organizationNames([...partners.values()].flat());
  return projects.map((p) => ({ ...p, partners: (partners.get(p.id) ?? []).map((id) => ({ id, name: names[id] ?? {} })) }));
}

export type RegisterProject = Awaited<ReturnType<typeof projectRegister>>[number];

/** The regions that have at least one card, for the register's filter. */
export async function regionsWithProjects(): Promise<string[]> {
  const rows = await db().execute<{ code: string }>(sql`select distinct unnest(region_codes) as code from development_project`);
  return rows.rows.map((r) => r.code);
}

/** One card with its partners' names and the plan actions it serves, or null. */
export async function projectCard(id: string) {
  const [project] = await db().select().from(developmentProject).where(eq(developmentProject.id, id));
  if (!project) return null;
  const partnerIds = (await partnersOf([id])).get(id) ?? [];
  const names = await organizationNames(partnerIds);
  const actions = await planActionsByIds(project.planActionIds);
  return {
    project,
    scope: { regionCodes: project.regionCodes, organizationIds: partnerIds } satisfies ProjectScope,
    partners: partnerIds.map((pid) => ({ id: pid, name: names[pid] ?? {} })),
    actions: actions.sort((a, b) => b.year - a.year || a.title.localeCompare(b.title, "fi")),
  };
}

/** The cards the user keeps: all for admins, else those in their regions or with their organisations as partners. */
export async function projectsOf(user: CurrentUser) {
  const regions = coordinatedRegions(user);
  const organizations = contactOrganizations(user);
  const where = isAdmin(user)
    ? undefined
    : sql`(${developmentProject.regionCodes} && ${sql.param(regions.length ? regions : ["-"])}::text[] or exists (select 1 from ${developmentProjectPartner} p where p.project_id = ${developmentProject.id} and p.organization_id = any(${sql.param(organizations.length ? organizations : ["00000000-0000-0000-0000-000000000000"])}::uuid[])))`;
  return db()
    .select({ id: developmentProject.id, code: developmentProject.code, name: developmentProject.name, regionCodes: developmentProject.regionCodes })
    .from(developmentProject)
    .where(where)
    .orderBy(desc(developmentProject.startsOn), asc(developmentProject.code));
}

/**
 * The regions a user may place a card in, the organisations of those regions' networks (plus any
 * already chosen) and the actions of those regions' recent action plans.
 */
export async function workChoices(user: CurrentUser, chosen: ProjectScope = { regionCodes: [], organizationIds: [] }, now = new Date()) {
  const contacts = contactOrganizations(user);
  const ownRegions = contacts.length
    ? (await db().select({ code: networkMembership.regionCode }).from(networkMembership).where(inArray(networkMembership.organizationId, contacts))).map(
        (r) => r.code,
      )
    : [];
  const placeable = isAdmin(user) ? null : [...new Set([...coordinatedRegions(user), ...ownRegions])];
  const regionCodes = placeable === null ? null : [...new Set([...placeable, ...chosen.regionCodes])];
  const known = [...chosen.organizationIds, ...contacts];
  const organizations = await db()
    .selectDistinct({ id: organization.id, name: organization.name })
    .from(organization)
    .leftJoin(networkMembership, eq(networkMembership.organizationId, organization.id))
    .where(
      regionCodes === null
        ? undefined
        : sql`(${inArray(networkMembership.regionCode, regionCodes.length ? regionCodes : ["-"])} or ${inArray(organization.id, known.length ? known : ["00000000-0000-0000-0000-000000000000"])})`,
    );
  const actions = await planActionChoices(regionCodes, now.getUTCFullYear() - 3);
  return { regionCodes, organizations, actions };
}
