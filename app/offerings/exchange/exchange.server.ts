import { isDeepStrictEqual } from "node:util";
import { asc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { CurrentUser } from "../../kit/permissions/roles";
import { db } from "../../kit/db/db.server";
import { InvalidInput } from "../../kit/validation/errors";
import { isUuid } from "../../kit/validation/uuid";
import type { Language } from "../../kit/i18n/languages";
import { translator } from "../../kit/i18n/catalogue";
import type { Transaction } from "../../kit/db/db.server";
import type { CsvRecord } from "~/network-map/public";
import {
  importFile,
  type ImportResult,
  type ImportSpec,
  newRowsTogether,
  organizationResolver,
  type OrganizationResolver,
  writeCsv,
  writeXlsx,
} from "~/network-map/public.server";
import type { Executor } from "~/network-map/public.server";
import { createOfferings, updateOffering } from "../commands/offering.server";
import { offering } from "../schema.server";
import { withOfferingSearchDeferred } from "../search-index.server";
import { offeringsToKeep } from "../work/queries.server";
import { offeringColumnNames, offeringColumns, offeringFromRecord, offeringToRecord } from "./columns";

/**
 * Imports education offerings from CSV, all or nothing, through the same commands as the offering
 * form: a contact person may import only for their own organisation, a coordinator for the member
 * organisations of their region (canManageOfferings). Rows with an `id` update that offering.
 */
export function importOfferings(caller: CurrentUser, bytes: Uint8Array, signal?: AbortSignal): Promise<ImportResult> {
  return importFile(bytes, offeringImportSpec(caller), signal);
}

/** The offering import's rows: new offerings created together, rows with an `id` updating theirs one by one. */
export function offeringImportSpec(caller: CurrentUser): ImportSpec {
  const resolveOrganization = organizationResolver();
  const importRows = newRowsTogether({
    toInput: async (tx, record) => offeringFromRecord(record, await resolveOrganization(tx, (record.organization ?? "").trim())),
    createMany: (tx, inputs) => createOfferings(caller, inputs, tx),
    importRow: (tx, record) => updateRow(tx, caller, record, resolveOrganization),
  });
  return {
    columns: offeringColumns,
    // A row without an id that names an offering the organisation has updates it (decision 0209).
    importRows: async (tx, records) => importRows(tx, await identifyOfferings(tx, records, resolveOrganization)),
    notAllowedColumn: () => "organization",
    deferring: withOfferingSearchDeferred,
  };
}

/**
 * The rows with the id of the offering each names by its organisation, Finnish name and start date
 * filled in (the same course starting on another day is another offering); one query per batch.
 */
async function identifyOfferings(tx: Transaction, records: CsvRecord[], resolveOrganization: OrganizationResolver): Promise<CsvRecord[]> {
  const cellOf = (record: CsvRecord, name: string) => (record[name] ?? "").trim();
  const unkeyed = records.filter((record) => !cellOf(record, "id"));
  if (unkeyed.length === 0) return records;
  const owners = new Map<CsvRecord, string>();
  for (const record of unkeyed)
    try {
      owners.set(record, await resolveOrganization(tx, cellOf(record, "organization")));
    } catch {
      // The row's create reports the bad reference.
    }
  if (owners.size === 0) return records;
  const keyOf = (organizationId: string, name: string, start: string) => `${organizationId} ${name.toLocaleLowerCase("fi")} ${start}`;
  const rows = await tx
    .select({
      id: offering.id,
      organizationId: offering.organizationId,
      name: sql<string>`coalesce(${offering.name}->>'fi', '')`,
      startDate: offering.startDate,
    })
    .from(offering)
    .where(inArray(offering.organizationId, [...new Set(owners.values())]))
    .orderBy(asc(offering.createdAt), asc(offering.id));
  const byKey = new Map<string, string>();
  for (const row of rows) {
    const key = keyOf(row.organizationId, row.name.trim(), row.startDate ?? "");
    if (!byKey.has(key)) byKey.set(key, row.id);
  }
  return records.map((record) => {
    const owner = owners.get(record);
    const id = owner && byKey.get(keyOf(owner, cellOf(record, "name_fi"), cellOf(record, "start_date")));
    return id ? { ...record, id } : record;
  });
}

async function updateRow(tx: Transaction, caller: CurrentUser, record: CsvRecord, resolveOrganization: OrganizationResolver): Promise<"updated" | "unchanged"> {
  const id = (record.id ?? "").trim();
  if (!isUuid(id)) throw new InvalidInput([{ path: "id", key: "validation.uuid" }]);
  const [existing] = await selectOfferings(tx, eq(offering.id, id));
  if (!existing) throw new InvalidInput([{ path: "id", key: "exchange.unknownId", values: { value: id } }]);
  // Columns left out of the file keep their values.
  const merged = { ...existing, ...record };
  const organizationId = await resolveOrganization(tx, (merged.organization ?? "").trim());
  const input = offeringFromRecord(merged, organizationId);
  // A row that would change nothing writes nothing (and leaves no audit event).
  if (isDeepStrictEqual(input, offeringFromRecord(existing, (existing.organization ?? "").trim()))) return "unchanged";
  await updateOffering(caller, id, input, tx);
  return "updated";
}

async function selectOfferings(executor: Executor, where: SQL | undefined): Promise<CsvRecord[]> {
  const rows = await executor
    .select()
    .from(offering)
    .where(where)
    .orderBy(sql`${offering.name}->>'fi'`, asc(offering.id));
  return rows.map(offeringToRecord);
}

/** The offerings of every organisation the user keeps (an admin: all), as CSV records. */
export async function exportOfferingRecords(user: CurrentUser): Promise<CsvRecord[]> {
  const organizationIds = (await offeringsToKeep(user)).map((o) => o.id);
  if (organizationIds.length === 0) return [];
  return selectOfferings(db(), inArray(offering.organizationId, organizationIds));
}

export const offeringsCsv = (records: CsvRecord[]) => writeCsv(offeringColumnNames, records);

export const offeringsXlsx = (records: CsvRecord[], lang: Language) => writeXlsx(translator(lang)("offeringExchange.sheet"), offeringColumns, records, lang);
