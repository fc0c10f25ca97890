import { db, type Transaction } from "../../kit/db/db.server";
import { InvalidInput, NotFound, PermissionDenied } from "../../kit/validation/errors";
import type { MessageKey } from "../../kit/i18n/catalogue";
import { columnOfPath, importLimits, listCell, type Column, type CsvRecord } from "./columns";
import { readCsv } from "./csv";
import { withSearchRefreshDeferred } from "../search-index.server";

/**
 * The all-or-nothing CSV import shared by every kind of file (network map entries, education
 * offerings): file checks, header checks, one savepoint per row, and the row-by-row report.
 */

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

/** Thrown inside the transaction when the client has gone: nothing of the file is kept. */
class ImportAborted extends Error {}

/** Problems with the header: unknown, duplicate or missing columns. */
export function checkColumns(columns: Column[], header: string[]): ReportIssue[] {
  const known = new Set(columns.map((c) => c.name));
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
  for (const column of columns)
    if (column.required && !seen.has(column.name)) issues.push({ column: "_", key: "exchange.missingColumn", values: { column: column.name } });
  return issues;
}

export interface ImportSpec {
  columns: Column[];
  /** Saves one row through the same command a form uses, in the row's savepoint. */
  importRow: (tx: Transaction, record: CsvRecord) => Promise<"created" | "updated">;
  /** The CSV column that names what the caller is not allowed to change. */
  notAllowedColumn: (record: CsvRecord) => string;
  /** Runs the rows, in the import's transaction, with the feature's own per-row work put off to the end. */
  deferring?: <T>(tx: Transaction, work: () => Promise<T>) => Promise<T>;
}

/**
 * Imports a CSV file all or nothing: every row goes through `importRow` inside one transaction,
 * each row in its own savepoint so that one bad row does not hide the problems of the next; if any
 * row is bad, everything is rolled back and the report lists every bad row.
 */
export async function importFile(bytes: Uint8Array, spec: ImportSpec, signal?: AbortSignal): Promise<ImportResult> {
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
  const headerIssues = checkColumns(spec.columns, csv.header);
  if (headerIssues.length) return { ok: false, fileIssues: headerIssues, rows: [] };
  if (csv.rows.length === 0) return fileProblem("exchange.noRows");
  if (csv.rows.length > importLimits.maxRows) return fileProblem("exchange.tooManyRows", { max: importLimits.maxRows });

  const reports: RowReport[] = [];
  let created = 0;
  let updated = 0;
  try {
    await db().transaction(async (tx) =>
      // The search index is refreshed once per organisation after the rows, not once per row.
      withSearchRefreshDeferred(tx, () =>
        (spec.deferring ?? runNow)(tx, async () => {
          for (const row of csv.rows) {
            // The request's signal: a client that went away (closed the page) stops the import, all of it.
            if (signal?.aborted) throw new ImportAborted();
            const record: CsvRecord = Object.fromEntries(csv.header.map((name, i) => [name, row.values[i] ?? ""]));
            if (row.values.length !== csv.header.length) {
              reports.push({
                line: row.line,
                issues: [{ column: "_", key: "exchange.columnCount", values: { expected: csv.header.length, actual: row.values.length } }],
              });
              continue;
            }
            try {
              const action = await tx.transaction((savepoint) => spec.importRow(savepoint, record));
              if (action === "created") created++;
              else updated++;
            } catch (error) {
              reports.push({ line: row.line, issues: issuesOf(error, record, spec.notAllowedColumn(record)) });
            }
          }
          if (reports.length) throw new RollbackImport();
        }),
      ),
    );
  } catch (error) {
    if (error instanceof ImportAborted) return fileProblem("exchange.aborted");
    if (!(error instanceof RollbackImport)) throw error;
  }
  return reports.length ? { ok: false, fileIssues: [], rows: reports } : { ok: true, created, updated };
}

const runNow = <T>(_tx: Transaction, work: () => Promise<T>) => work();

/** The report lines of a refused row, by CSV column; unexpected errors are not a user's problem and go on. */
function issuesOf(error: unknown, record: CsvRecord, notAllowedColumn: string): ReportIssue[] {
  if (error instanceof PermissionDenied) return [{ column: notAllowedColumn, key: "exchange.notAllowed" }];
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
