import { asc, inArray, sql } from "drizzle-orm";
import { isDeepStrictEqual } from "node:util";
import type { Transaction } from "../../kit/db/db.server";
import { organization, practitioner, service } from "../schema.server";
import { cell, organizationFromRecord, practitionerFromRecord, serviceFromRecord, type CsvRecord, type ExchangeKind } from "./columns";

/**
 * The stable keys of import rows (decision 0209). A row names the entry it is about by its `id`, or
 * by the organisation's own key (`external_id`), or, in a file that has neither, by what a person
 * would call it: an organisation by its Y-tunnus, a service by its Finnish name, a practitioner by
 * their name, within the row's organisation. Importing the same file twice therefore updates the
 * entries of the first import instead of adding them again.
 */

export type OrganizationOfRow = (tx: Transaction, reference: string) => Promise<string>;

const lower = (value: string) => value.trim().toLocaleLowerCase("fi");

/** The organisation id of each row, or undefined where its reference is bad (the row's command reports it). */
async function organizationsOf(tx: Transaction, records: CsvRecord[], resolve: OrganizationOfRow) {
  const ids: (string | undefined)[] = [];
  for (const record of records)
    try {
      // Only reads: a refused reference throws without spoiling the transaction.
      ids.push(await resolve(tx, cell(record, "organization")));
    } catch {
      ids.push(undefined);
    }
  return ids;
}

/**
 * The rows with the `id` of the entry each names by a stable key filled in, one query per batch;
 * rows about no existing entry stay new. Where earlier imports left duplicates, the oldest is meant.
 */
export async function identifyRows(tx: Transaction, kind: ExchangeKind, records: CsvRecord[], resolve: OrganizationOfRow): Promise<CsvRecord[]> {
  const unkeyed = records.filter((record) => !cell(record, "id"));
  if (unkeyed.length === 0) return records;
  const found = new Map<CsvRecord, string>();
  if (kind === "organizations") {
    const businessIds = [...new Set(unkeyed.map((r) => cell(r, "business_id")).filter(Boolean))];
    if (businessIds.length) {
      const rows = await tx
        .select({ id: organization.id, businessId: organization.businessId })
        .from(organization)
        .where(inArray(organization.businessId, businessIds))
        .orderBy(asc(organization.createdAt), asc(organization.id));
      const byBusinessId = new Map<string, string>();
      for (const row of rows) if (row.businessId && !byBusinessId.has(row.businessId)) byBusinessId.set(row.businessId, row.id);
      for (const record of unkeyed) {
        const id = byBusinessId.get(cell(record, "business_id"));
        if (id) found.set(record, id);
      }
    }
  } else {
    const organizationIds = await organizationsOf(tx, unkeyed, resolve);
    const known = [...new Set(organizationIds.filter((id): id is string => !!id))];
    if (known.length) {
      const table = kind === "services" ? service : practitioner;
      const naturalKey =
        kind === "services"
          ? sql<string>`lower(coalesce(${service.name}->>'fi', ''))`
          : sql<string>`lower(${practitioner.givenName} || ' ' || ${practitioner.familyName})`;
      const rows = await tx
        .select({ id: table.id, organizationId: table.organizationId, externalId: table.externalId, naturalKey })
        .from(table)
        .where(inArray(table.organizationId, known))
        .orderBy(asc(table.createdAt), asc(table.id));
      const byKey = new Map<string, string>();
      for (const row of rows) {
        if (row.externalId) byKey.set(`external ${row.organizationId} ${row.externalId}`, row.id);
        const natural = `natural ${row.organizationId} ${row.naturalKey}`;
        if (!byKey.has(natural)) byKey.set(natural, row.id);
      }
      unkeyed.forEach((record, i) => {
        const organizationId = organizationIds[i];
        if (!organizationId) return;
        const externalId = cell(record, "external_id");
        const natural = kind === "services" ? lower(cell(record, "name_fi")) : lower(`${cell(record, "given_name")} ${cell(record, "family_name")}`);
        // An external id the organisation has not used yet is a new entry, even if its name is taken.
        const id = externalId ? byKey.get(`external ${organizationId} ${externalId}`) : byKey.get(`natural ${organizationId} ${natural}`);
        if (id) found.set(record, id);
      });
    }
  }
  return records.map((record) => (found.has(record) ? { ...record, id: found.get(record)! } : record));
}

const sortedLists = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(sortedLists).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sortedLists(v)]));
  return value;
};

/**
 * Whether importing `merged` (the entry's record with the row's cells over it) would change nothing:
 * both are read as the command would read them, lists in any order.
 */
export function unchanged(kind: ExchangeKind, existing: CsvRecord, merged: CsvRecord, organizationId: string): boolean {
  if (cell(existing, "external_id") !== cell(merged, "external_id")) return false;
  const asInput = (record: CsvRecord, ownerId: string) =>
    kind === "organizations"
      ? organizationFromRecord(record)
      : kind === "services"
        ? serviceFromRecord(record, ownerId)
        : practitionerFromRecord(record, ownerId);
  return isDeepStrictEqual(sortedLists(asInput(existing, cell(existing, "organization"))), sortedLists(asInput(merged, organizationId)));
}

/** Notes that an import wrote the entries, with the organisation's own keys the rows gave them; one statement. */
export async function markImported(tx: Transaction, kind: ExchangeKind, entries: { id: string; externalId: string }[]): Promise<void> {
  if (kind === "organizations" || entries.length === 0) return;
  const table = sql.identifier(kind === "services" ? "service" : "practitioner");
  await tx.execute(sql`
    update ${table} t set imported_at = now(), external_id = coalesce(nullif(k.external_id, ''), t.external_id)
    from jsonb_to_recordset(${JSON.stringify(entries.map((e) => ({ id: e.id, external_id: e.externalId })))}::jsonb) as k(id uuid, external_id text)
    where t.id = k.id`);
}
