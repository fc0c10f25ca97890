import { eq } from "drizzle-orm";
import type { CurrentUser } from "../../accounts/roles";
import { db } from "../../foundation/db.server";
import { isValidBusinessId } from "../../foundation/validation/business-id";
import { InvalidInput, PermissionDenied } from "../../foundation/validation/fields";
import type { MessageKey } from "../../i18n/catalogue";
import { createOrganization, updateOrganization } from "../commands/organization.server";
import { createPractitioner, updatePractitioner } from "../commands/practitioner.server";
import { createService, updateService } from "../commands/service.server";
import { NotFound, type Transaction } from "../commands/shared.server";
import { organization, serviceChannel } from "../schema.server";
import {
  columnNames,
  columnOfPath,
  columns,
  importLimits,
  listCell,
  organizationFromRecord,
  practitionerFromRecord,
  serviceFromRecord,
  type CsvRecord,
  type ExchangeKind,
} from "./columns";
import { readCsv } from "./csv";
import { currentRecord } from "./export.server";
import { isUuid } from "../../foundation/validation/uuid";

/** One problem in the file; `column` "_" means the whole file or row. Translated by the page. */
export interface ReportIssue {
  column: string;
  key: MessageKey;
  values?: Record<string, string | number>;
}

export interface RowReport {
  /** Line of the file where the row ends (the header is line 1). */
  line: number;
  issues: ReportIssue[];
}

export type ImportResult = { ok: true; created: number; updated: number } | { ok: false; fileIssues: ReportIssue[]; rows: RowReport[] };


/** Thrown inside the transaction to undo every row once any row was bad. */
class RollbackImport extends Error {}

/** Problems with the header: unknown, duplicate or missing columns. */
export function checkHeader(kind: ExchangeKind, header: string[]): ReportIssue[] {
  const known = new Set(columnNames(kind));
  const issues: ReportIssue[] = [];
  const seen = new Set<string>();
  for (const name of header) {
    if (!known.has(name)) issues.push({ column: "_", key: "exchange.unknownColumn", values: { column: name } });
    else if (seen.has(name)) issues.push({ column: "_", key: "exchange.duplicateColumn", values: { column: name } });
    seen.add(name);
  }
  // A file that updates entries by id may carry just the columns it changes; rows that create
  // entries are still checked field by field.
  if (seen.has("id")) return issues;
  for (const column of columns[kind])
    if (column.required && !seen.has(column.name)) issues.push({ column: "_", key: "exchange.missingColumn", values: { column: column.name } });
  return issues;
}

/**
 * Imports a CSV file of one kind of entry, all or nothing (rows with an `id` update that entry): every row goes through the same
 * command as a form would (permissions, validation, audit trail, search index) inside one
 * transaction, each row in its own savepoint so that one bad row does not hide the problems of
 * the next; if any row is bad, everything is rolled back and the report lists every bad row.
 */
export async function importCsv(caller: CurrentUser, kind: ExchangeKind, bytes: Uint8Array): Promise<ImportResult> {
  const fileProblem = (key: MessageKey, values?: ReportIssue["values"]): ImportResult => ({
    ok: false,
    fileIssues: [{ column: "_", key, values }],
    rows: [],
  });
  if (bytes.byteLength > importLimits.maxBytes) return fileProblem("exchange.tooLarge", { max: importLimits.maxBytes / 1024 / 1024 });
  const csv = readCsv(bytes);
  if (!csv.ok) {
    if (csv.problem === "notUtf8") return fileProblem("exchange.notUtf8");
    if (csv.problem === "empty") return fileProblem("exchange.empty");
    return fileProblem("exchange.malformed", { line: csv.line ?? "?" });
  }
  const headerIssues = checkHeader(kind, csv.header);
  if (headerIssues.length) return { ok: false, fileIssues: headerIssues, rows: [] };
  if (csv.rows.length === 0) return fileProblem("exchange.noRows");
  if (csv.rows.length > importLimits.maxRows) return fileProblem("exchange.tooManyRows", { max: importLimits.maxRows });

  const reports: RowReport[] = [];
  let created = 0;
  let updated = 0;
  try {
    await db().transaction(async (tx) => {
      for (const row of csv.rows) {
        const record: CsvRecord = Object.fromEntries(csv.header.map((name, i) => [name, row.values[i] ?? ""]));
        if (row.values.length !== csv.header.length) {
          reports.push({
            line: row.line,
            issues: [{ column: "_", key: "exchange.columnCount", values: { expected: csv.header.length, actual: row.values.length } }],
          });
          continue;
        }
        try {
          const action = await tx.transaction((savepoint) => importRow(savepoint, caller, kind, record));
          if (action === "created") created++;
          else updated++;
        } catch (error) {
          reports.push({ line: row.line, issues: issuesOf(error, kind, record) });
        }
      }
      if (reports.length) throw new RollbackImport();
    });
  } catch (error) {
    if (!(error instanceof RollbackImport)) throw error;
  }
  return reports.length ? { ok: false, fileIssues: [], rows: reports } : { ok: true, created, updated };
}

/**
 * Creates the row's entry, or updates the entry named in its `id` column. An update starts from
 * the entry as it is, so columns left out of the file keep their values.
 */
async function importRow(tx: Transaction, caller: CurrentUser, kind: ExchangeKind, record: CsvRecord): Promise<"created" | "updated"> {
  const id = (record.id ?? "").trim();
  if (!id) {
    if (kind === "organizations") await createOrganization(caller, organizationFromRecord(record), tx);
    else {
      const organizationId = await resolveOrganization(tx, (record.organization ?? "").trim());
      if (kind === "services") await createService(caller, serviceFromRecord(record, organizationId), tx);
      else await createPractitioner(caller, practitionerFromRecord(record, organizationId), tx);
    }
    return "created";
  }
  if (!isUuid(id)) throw new InvalidInput([{ path: "id", key: "validation.uuid" }]);
  const existing = await currentRecord(tx, kind, id);
  if (!existing) throw new InvalidInput([{ path: "id", key: "exchange.unknownId", values: { value: id } }]);
  const merged = { ...existing, ...record };
  if (kind === "organizations") await updateOrganization(caller, id, organizationFromRecord(merged), tx);
  else {
    const organizationId = await resolveOrganization(tx, (merged.organization ?? "").trim());
    if (kind === "practitioners") await updatePractitioner(caller, id, practitionerFromRecord(merged, organizationId), tx);
    else {
      const input = serviceFromRecord(merged, organizationId);
      // The file carries channel codes only: keep the contact details of unchanged channels.
      if (merged.channels === existing.channels)
        input.channels = (await tx.select().from(serviceChannel).where(eq(serviceChannel.serviceId, id))).map((c) => ({
          channel: c.channel as never,
          contact: c.contact ?? undefined,
          hours: c.hours,
          servicePointId: c.servicePointId ?? undefined,
        }));
      await updateService(caller, id, input, tx);
    }
  }
  return "updated";
}

/** The organisation of a service or practitioner row, by its id or its Y-tunnus. */
async function resolveOrganization(tx: Transaction, reference: string): Promise<string> {
  const fail = (key: MessageKey): never => {
    throw new InvalidInput([{ path: "organizationId", key, values: { value: reference } }]);
  };
  if (!reference) return fail("validation.required");
  if (isUuid(reference)) {
    const found = await tx.select({ id: organization.id }).from(organization).where(eq(organization.id, reference));
    return found.length ? found[0].id : fail("exchange.unknownOrganization");
  }
  if (!isValidBusinessId(reference)) return fail("exchange.organizationReference");
  const found = await tx.select({ id: organization.id }).from(organization).where(eq(organization.businessId, reference));
  if (found.length > 1) return fail("exchange.ambiguousOrganization");
  return found.length ? found[0].id : fail("exchange.unknownOrganization");
}

/** The report lines of a refused row, by CSV column; unexpected errors are not a user's problem and go on. */
function issuesOf(error: unknown, kind: ExchangeKind, record: CsvRecord): ReportIssue[] {
  if (error instanceof PermissionDenied)
    return [{ column: kind === "organizations" ? "region_codes" : "organization", key: "exchange.notAllowed" }];
  if (error instanceof NotFound) return [{ column: "organization", key: "exchange.unknownOrganization", values: { value: record.organization ?? "" } }];
  if (!(error instanceof InvalidInput)) throw error;
  const issues: ReportIssue[] = [];
  const seen = new Set<string>();
  for (const issue of error.issues) {
    const { column, index } = columnOfPath(issue.path);
    let key = issue.key;
    let values = issue.values;
    // A bad code in a list column: name the code rather than say "invalid".
    if (index !== undefined && (key === "validation.invalid" || key === "validation.uuid")) {
      key = "validation.unknownCode";
      values = { value: listCell(record, column)[index] ?? "" };
    }
    const id = `${column} ${key} ${JSON.stringify(values ?? {})}`;
    if (seen.has(id)) continue;
    seen.add(id);
    issues.push({ column, key, values });
  }
  return issues;
}
