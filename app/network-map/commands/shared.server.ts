import { and, eq, inArray, sql } from "drizzle-orm";
import type { CurrentUser } from "../../kit/permissions/roles";
import type { Actor } from "~/audit/public.server";
import { type Issue } from "../../kit/validation/errors";
import { municipality, postalCode, region } from "~/reference/public.server";
import { networkMembership, organization, service, servicePoint } from "../schema.server";
import type { OrganizationScope } from "../permissions";
import type { Executor } from "../search-index.server";

export const actorOf = (caller: CurrentUser): Actor => ({ id: caller.id, name: caller.name || caller.email });

/** The organisation with the regions whose networks it belongs to, for permission checks. */
export async function organizationScope(executor: Executor, organizationId: string): Promise<OrganizationScope | null> {
  const rows = await executor
    .select({ id: organization.id, regionCode: networkMembership.regionCode })
    .from(organization)
    .leftJoin(networkMembership, eq(networkMembership.organizationId, organization.id))
    .where(eq(organization.id, organizationId));
  if (rows.length === 0) return null;
  return { id: rows[0].id, regionCodes: rows.map((r) => r.regionCode).filter((c): c is string => !!c) };
}

/** Issues for codes that do not exist in a reference table. */
export async function checkCodes(
  executor: Executor,
  checks: { path: string; table: "region" | "municipality" | "postal_code"; values: string[] }[],
): Promise<Issue[]> {
  const issues: Issue[] = [];
  for (const check of checks) {
    if (check.values.length === 0) continue;
    const column = check.table === "region" ? region.code : check.table === "municipality" ? municipality.code : postalCode.code;
    const table = check.table === "region" ? region : check.table === "municipality" ? municipality : postalCode;
    const found = new Set((await executor.select({ code: column }).from(table).where(inArray(column, check.values))).map((r) => r.code));
    for (const value of check.values)
      if (!found.has(value))
        issues.push({
          path: check.path,
          key: check.table === "postal_code" ? "validation.postalCode" : "validation.unknownCode",
          values: { value },
        });
  }
  return issues;
}

/** Issues for service points or services that do not belong to the organisation. */
export async function checkBelongs(
  executor: Executor,
  organizationId: string,
  checks: { path: string; kind: "service_point" | "service"; ids: string[] }[],
): Promise<Issue[]> {
  const issues: Issue[] = [];
  for (const check of checks) {
    if (check.ids.length === 0) continue;
    const table = check.kind === "service" ? service : servicePoint;
    const found = new Set(
      (
        await executor
          .select({ id: table.id })
          .from(table)
          .where(and(inArray(table.id, check.ids), eq(table.organizationId, organizationId)))
      ).map((r) => r.id),
    );
    for (const id of check.ids) if (!found.has(id)) issues.push({ path: check.path, key: "validation.unknownCode", values: { value: id } });
  }
  return issues;
}

export const now = () => sql`now()`;
