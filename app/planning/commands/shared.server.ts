import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "../../network-map/search-index.server";
import { networkMembership } from "../../network-map/schema.server";
import type { Transaction } from "../../network-map/commands/shared.server";
import type { Issue } from "../../foundation/validation/fields";
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
  return ids.filter((id) => !found.has(id)).map((id) => ({ path: "ownerOrganizationIds", key: "planning.validation.ownerOutsideRegion" as const, values: { value: id } }));
}
