import { eq, inArray } from "drizzle-orm";
import { recordChange } from "~/audit/public.server";
import { actorOf, checkCodes, networkMembership, organization } from "~/network-map/public.server";
import { planActionsByIds } from "~/planning/public.server";
import type { Transaction } from "../../kit/db/db.server";
import { contactOrganizations, type CurrentUser } from "../../kit/permissions/roles";
import { NotFound, throwIfIssues, type Issue } from "../../kit/validation/errors";
import type { ProjectScope } from "../permissions";
import { developmentProject, developmentProjectPartner } from "../schema.server";

export type { Transaction };

export { inTransaction } from "../../kit/db/db.server";

/** The audit event of a change to a card, in the command's transaction. */
export const audited = (
  tx: Transaction,
  caller: CurrentUser,
  entityId: string,
  action: "create" | "update",
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
) => recordChange(tx, { actor: actorOf(caller), entityType: "development_project", entityId, action, before, after });

/** The card's regions and partners, locked against a concurrent change of them. */
export async function projectScope(tx: Transaction, projectId: string): Promise<ProjectScope> {
  const [project] = await tx
    .select({ regionCodes: developmentProject.regionCodes })
    .from(developmentProject)
    .where(eq(developmentProject.id, projectId))
    .for("update");
  if (!project) throw new NotFound(`development project ${projectId}`);
  const partners = await tx
    .select({ id: developmentProjectPartner.organizationId })
    .from(developmentProjectPartner)
    .where(eq(developmentProjectPartner.projectId, projectId));
  return { regionCodes: project.regionCodes, organizationIds: partners.map((p) => p.id) };
}

/** The regions of the networks the user's own organisations (as a contact person) belong to. */
export async function ownNetworkRegions(tx: Transaction, user: CurrentUser): Promise<string[]> {
  const organizations = contactOrganizations(user);
  if (organizations.length === 0) return [];
  const rows = await tx
    .select({ regionCode: networkMembership.regionCode })
    .from(networkMembership)
    .where(inArray(networkMembership.organizationId, organizations));
  return [...new Set(rows.map((r) => r.regionCode))];
}

/** Refuses regions, organisations and plan actions that do not exist, as field errors rather than failed keys. */
export async function checkReferences(tx: Transaction, input: { regionCodes: string[]; organizationIds: string[]; planActionIds: string[] }) {
  const issues: Issue[] = await checkCodes(tx, [{ path: "regionCodes", table: "region" as const, values: input.regionCodes }]);
  const found = new Set((await tx.select({ id: organization.id }).from(organization).where(inArray(organization.id, input.organizationIds))).map((r) => r.id));
  if (input.organizationIds.some((id) => !found.has(id))) issues.push({ path: "organizationIds", key: "projects.validation.unknownOrganization" });
  const actions = new Set((await planActionsByIds(input.planActionIds, tx)).map((a) => a.id));
  if (input.planActionIds.some((id) => !actions.has(id))) issues.push({ path: "planActionIds", key: "projects.validation.unknownAction" });
  throwIfIssues(issues);
}

/** A second card with the same code is refused as a field error. */
export async function checkCodeFree(tx: Transaction, code: string, ownId?: string) {
  const [other] = await tx.select({ id: developmentProject.id }).from(developmentProject).where(eq(developmentProject.code, code));
  if (other && other.id !== ownId) throwIfIssues([{ path: "code", key: "projects.validation.codeTaken", values: { code } }]);
}
