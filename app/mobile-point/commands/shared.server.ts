import { eq, inArray } from "drizzle-orm";
import { recordChange } from "~/audit/public.server";
import { actorOf, checkCodes, networkMembership, organization, practitioner } from "~/network-map/public.server";
import type { Database, Transaction } from "../../kit/db/db.server";
import { contactOrganizations, ownPractitionerIds, type CurrentUser } from "../../kit/permissions/roles";
import { NotFound, throwIfIssues, type Issue } from "../../kit/validation/errors";
import type { MobilePointScope } from "../permissions";
import { mobilePoint, mobilePointOrganization, mobilePointVisit } from "../schema.server";

export type { Transaction };

export { inTransaction } from "../../kit/db/db.server";

export type AuditedEntity = "mobile_point" | "mobile_point_visit" | "mobile_point_visit_log";

/** The audit event of a change, in the command's transaction. */
export const audited = (
  tx: Transaction,
  caller: CurrentUser,
  entityType: AuditedEntity,
  entityId: string,
  action: "create" | "update" | "cancel",
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
) => recordChange(tx, { actor: actorOf(caller), entityType, entityId, action, before, after });

/** The point's regions and staff organisations, locked against a concurrent change of them. */
export async function pointScope(tx: Transaction, pointId: string): Promise<MobilePointScope> {
  const [point] = await tx.select({ regionCodes: mobilePoint.regionCodes }).from(mobilePoint).where(eq(mobilePoint.id, pointId)).for("update");
  if (!point) throw new NotFound(`mobile point ${pointId}`);
  const staff = await tx
    .select({ id: mobilePointOrganization.organizationId })
    .from(mobilePointOrganization)
    .where(eq(mobilePointOrganization.pointId, pointId));
  return { regionCodes: point.regionCodes, organizationIds: staff.map((s) => s.id) };
}

/** The visit's row with its point's scope, the visit locked for the change. */
export async function lockedVisit(tx: Transaction, visitId: string) {
  const [visit] = await tx.select().from(mobilePointVisit).where(eq(mobilePointVisit.id, visitId)).for("update");
  if (!visit) throw new NotFound(`mobile point visit ${visitId}`);
  return { visit, scope: await pointScope(tx, visit.pointId) };
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

/** The organisations of the user's own practitioner cards. */
export async function ownCardOrganizations(tx: Transaction | Database, user: CurrentUser): Promise<string[]> {
  const cards = ownPractitionerIds(user);
  if (cards.length === 0) return [];
  const rows = await tx.select({ organizationId: practitioner.organizationId }).from(practitioner).where(inArray(practitioner.id, cards));
  return [...new Set(rows.map((r) => r.organizationId))];
}

/** Refuses regions and organisations that do not exist, as field errors rather than a failed foreign key. */
export async function checkReferences(tx: Transaction, input: { regionCodes?: string[]; municipalityCode?: string; organizationIds: string[] }) {
  const issues: Issue[] = await checkCodes(tx, [
    ...(input.regionCodes ? [{ path: "regionCodes", table: "region" as const, values: input.regionCodes }] : []),
    ...(input.municipalityCode ? [{ path: "municipalityCode", table: "municipality" as const, values: [input.municipalityCode] }] : []),
  ]);
  const found = new Set((await tx.select({ id: organization.id }).from(organization).where(inArray(organization.id, input.organizationIds))).map((r) => r.id));
  if (input.organizationIds.some((id) => !found.has(id))) issues.push({ path: "organizationIds", key: "mobilePoints.validation.unknownOrganization" });
  throwIfIssues(issues);
}
