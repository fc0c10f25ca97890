import { and, eq, inArray } from "drizzle-orm";
import { roleAssignment } from "~/accounts/public.server";
import type { Executor } from "~/network-map/public.server";
import { networkMembership } from "~/network-map/public.server";
import type { Transaction } from "../../kit/db/db.server";
import type { Issue } from "../../kit/validation/errors";
import type { RegionScope } from "../permissions";

export type { Transaction };

/** The region with the organisations of its network, for permission checks. */
export async function regionScope(executor: Executor, regionCode: string): Promise<RegionScope> {
  const rows = await executor.select({ id: networkMembership.organizationId }).from(networkMembership).where(eq(networkMembership.regionCode, regionCode));
  return { regionCode, memberOrganizationIds: rows.map((r) => r.id) };
}

/** Owner organisations must be in the region's network. */
export async function checkOwners(executor: Executor, regionCode: string, ids: string[]): Promise<Issue[]> {
  if (ids.length === 0) return [];
  const found = new Set(
    (
      await executor
        .select({ id: networkMembership.organizationId })
        .from(networkMembership)
        .where(and(eq(networkMembership.regionCode, regionCode), inArray(networkMembership.organizationId, ids)))
    ).map((r) => r.id),
  );
  return ids
    .filter((id) => !found.has(id))
    .map((id) => ({ path: "ownerOrganizationIds", key: "planning.validation.ownerOutsideRegion" as const, values: { value: id } }));
}

/** The accounts of the contact persons of the given organisations. */
export async function contactPersonIds(executor: Executor, organizationIds: readonly string[]): Promise<string[]> {
  if (organizationIds.length === 0) return [];
  const rows = await executor
    .select({ id: roleAssignment.userId })
    .from(roleAssignment)
    .where(and(eq(roleAssignment.role, "contact_person"), inArray(roleAssignment.organizationId, [...organizationIds])));
  return [...new Set(rows.map((r) => r.id))].sort();
}

/** The accounts of the region's coordinators and of the contact persons of its network's organisations. */
export async function regionPeopleIds(executor: Executor, regionCode: string): Promise<string[]> {
  const { memberOrganizationIds } = await regionScope(executor, regionCode);
  const coordinators = await executor
    .select({ id: roleAssignment.userId })
    .from(roleAssignment)
    .where(and(eq(roleAssignment.role, "coordinator"), eq(roleAssignment.regionCode, regionCode)));
  return [...new Set([...coordinators.map((r) => r.id), ...(await contactPersonIds(executor, memberOrganizationIds))])].sort();
}
