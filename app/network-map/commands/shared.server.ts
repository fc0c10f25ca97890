import { and, eq, inArray, sql } from "drizzle-orm";
import { type Issue } from "../../kit/validation/errors";
import { municipality, postalCode, region } from "~/reference/public.server";
import { networkMembership, organization, service, servicePoint } from "../schema.server";
import type { OrganizationScope } from "../permissions";
import type { Executor } from "../search-index.server";

export { actorOf } from "~/audit/public.server";

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

type CodeTable = "region" | "municipality" | "postal_code";
type CodeCheck = { path: string; table: CodeTable; values: string[] };

/** Issues for codes that do not exist in a reference table. */
export function checkCodes(executor: Executor, checks: CodeCheck[]): Promise<Issue[]> {
  return lookups(executor).checkCodes(checks);
}

/** What became of one input of a batch create (createServices): its new id, or what the single command would have thrown. */
export type CreateOutcome = { ok: true; id: string } | { ok: false; error: unknown };

export type Lookups = ReturnType<typeof lookups>;

/**
 * The reference look-ups of the commands, remembered for one unit of work: a CSV import checks
 * thousands of rows that mostly name the same organisation and municipalities, so each is read once.
 * The rules are the same as for one form (the single commands use a fresh one).
 */
export function lookups(executor: Executor) {
  const scopes = new Map<string, Promise<OrganizationScope | null>>();
  const known = new Map<string, boolean>();
  const codeColumn = (table: CodeTable) => (table === "region" ? region.code : table === "municipality" ? municipality.code : postalCode.code);
  const codeTable = (table: CodeTable) => (table === "region" ? region : table === "municipality" ? municipality : postalCode);
  /** Reads whichever of `values` are not known yet, in one query. */
  async function load(table: CodeTable, values: string[]) {
    const missing = [...new Set(values.filter((value) => !known.has(`${table}:${value}`)))];
    if (missing.length === 0) return;
    const column = codeColumn(table);
    const found = new Set((await executor.select({ code: column }).from(codeTable(table)).where(inArray(column, missing))).map((r) => r.code));
    for (const value of missing) known.set(`${table}:${value}`, found.has(value));
  }
  return {
    scope(organizationId: string): Promise<OrganizationScope | null> {
      let scope = scopes.get(organizationId);
      if (!scope) scopes.set(organizationId, (scope = organizationScope(executor, organizationId)));
      return scope;
    },
    /** Reads the codes of many rows at once before they are checked one by one. */
    preloadCodes: load,
    async checkCodes(checks: CodeCheck[]): Promise<Issue[]> {
      const issues: Issue[] = [];
      for (const check of checks) {
        if (check.values.length === 0) continue;
        await load(check.table, check.values);
        for (const value of check.values)
          if (!known.get(`${check.table}:${value}`))
            issues.push({
              path: check.path,
              key: check.table === "postal_code" ? "validation.postalCode" : "validation.unknownCode",
              values: { value },
            });
      }
      return issues;
    },
  };
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
