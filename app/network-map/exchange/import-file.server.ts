import { db, type Transaction } from "../../kit/db/db.server";
import { InvalidInput, NotFound, PermissionDenied } from "../../kit/validation/errors";
import type { MessageKey } from "../../kit/i18n/catalogue";
import { columnOfPath, importLimits, listCell, type Column, type CsvRecord } from "./columns";
import { readCsv } from "./csv";
import { codesWithLabels, type PublicCodeList } from "./code-list-columns";
import { withSearchRefreshDeferred } from "../search-index.server";
import type { CreateOutcome } from "../commands/shared.server";

/**
 * The all-or-nothing CSV import shared by every kind of file (network map entries, education
 * offerings): file checks, header checks, one savepoint per row, and the row-by-row report.
 */

/** One problem in the file; `column` "_" means the whole file or row. Translated by the page. */
export interface ReportIssue {
  column: string;
  key: MessageKey;
  values?: Record<string, string | number>;
  /** The public code list of a bad code, which the report links to. */
  codeList?: PublicCodeList;
}

export interface RowReport {
  /** Line of the file where the row ends (the header is line 1). */
  line: number;
  issues: ReportIssue[];
}

export type ImportResult = { ok: true; created: number; updated: number; unchanged: number } | { ok: false; fileIssues: ReportIssue[]; rows: RowReport[] };

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

/** What became of one row: what it did, or what its command threw (reported if it is the user's problem). */
export type RowOutcome = SavedRow | { error: unknown };

/** What a good row did: added an entry, changed one, or found it as the file has it (decision 0209). */
export type SavedRow = "created" | "updated" | "unchanged";

export interface ImportSpec {
  columns: Column[];
  /**
   * Saves a batch of rows through the same commands a form uses, and tells what became of each,
   * in order. A refused row must write nothing (see rowByRow and newRowsTogether).
   */
  importRows: (tx: Transaction, records: CsvRecord[]) => Promise<RowOutcome[]>;
  /** The CSV column that names what the caller is not allowed to change. */
  notAllowedColumn: (record: CsvRecord) => string;
  /** The public code list of a column that holds codes: a bad code's report lists the valid ones. */
  codeListOf?: (column: string) => PublicCodeList | undefined;
  /** Runs the rows, in the import's transaction, with the feature's own per-row work put off to the end. */
  deferring?: <T>(tx: Transaction, work: () => Promise<T>) => Promise<T>;
}

/** importRows one row at a time, each in its own savepoint, so a refused row leaves nothing behind. */
export function rowByRow(importRow: (tx: Transaction, record: CsvRecord) => Promise<SavedRow>): ImportSpec["importRows"] {
  return async (tx, records) => {
    const outcomes: RowOutcome[] = [];
    for (const record of records) {
      try {
        outcomes.push(await tx.transaction((savepoint) => importRow(savepoint, record)));
      } catch (error) {
        outcomes.push({ error });
      }
    }
    return outcomes;
  };
}

const isNew = (record: CsvRecord) => !(record.id ?? "").trim();

/**
 * importRows where the new rows (no `id`) of a batch are created together, checked one by one and
 * written in a few multi-row statements (`createMany`, e.g. createServices); rows with an `id`
 * update their entry one by one (`importRow`).
 */
export function newRowsTogether<I>(spec: {
  /** The command's input of a new row; throws what the row's report should say. */
  toInput: (tx: Transaction, record: CsvRecord) => Promise<I>;
  createMany: (tx: Transaction, inputs: I[]) => Promise<CreateOutcome[]>;
  importRow: (tx: Transaction, record: CsvRecord) => Promise<SavedRow>;
}): ImportSpec["importRows"] {
  const oneByOne = rowByRow(spec.importRow);
  return async (tx, records) => {
    const outcomes = new Array<RowOutcome>(records.length);
    const updates = records.flatMap((record, i) => (isNew(record) ? [] : [i]));
    (
      await oneByOne(
        tx,
        updates.map((i) => records[i]),
      )
    ).forEach((outcome, n) => (outcomes[updates[n]] = outcome));
    const creates: { index: number; input: I }[] = [];
    for (const [i, record] of records.entries()) {
      if (!isNew(record)) continue;
      try {
        creates.push({ index: i, input: await spec.toInput(tx, record) });
      } catch (error) {
        outcomes[i] = { error };
      }
    }
    const created = await spec.createMany(
      tx,
      creates.map((c) => c.input),
    );
    created.forEach((outcome, n) => (outcomes[creates[n].index] = outcome.ok ? "created" : { error: outcome.error }));
    return outcomes;
  };
}

/** A file whose encoding, header and size are right, ready to import; or the import's answer about it. */
export type ReadFile = { ok: true; header: string[]; rows: { line: number; values: string[] }[] } | { ok: false; result: ImportResult };

const fileProblem = (key: MessageKey, values?: ReportIssue["values"]): ImportResult => ({
  ok: false,
  fileIssues: [{ column: "_", key, values }],
  rows: [],
});

/** The file-level checks of an import (size, encoding, header, number of rows), before any row is saved. */
export function readImportFile(bytes: Uint8Array, columns: Column[]): ReadFile {
  const refuse = (result: ImportResult): ReadFile => ({ ok: false, result });
  if (bytes.byteLength > importLimits.maxBytes) return refuse(fileProblem("exchange.tooLarge", { max: importLimits.maxBytes / 1024 / 1024 }));
  const csv = readCsv(bytes);
  if (!csv.ok) {
    if (csv.problem === "notUtf8") return refuse(fileProblem("exchange.notUtf8"));
    if (csv.problem === "empty") return refuse(fileProblem("exchange.empty"));
    return refuse(fileProblem("exchange.malformed", { line: csv.line ?? "?" }));
  }
  const headerIssues = checkColumns(columns, csv.header);
  if (headerIssues.length) return refuse({ ok: false, fileIssues: headerIssues, rows: [] });
  if (csv.rows.length === 0) return refuse(fileProblem("exchange.noRows"));
  if (csv.rows.length > importLimits.maxRows) return refuse(fileProblem("exchange.tooManyRows", { max: importLimits.maxRows }));
  return { ok: true, header: csv.header, rows: csv.rows };
}

/**
 * Imports a CSV file all or nothing: every row goes through the feature's commands inside one
 * transaction (see importRows); if any row is bad, everything is rolled back and the report lists
 * every bad row.
 */
export async function importFile(bytes: Uint8Array, spec: ImportSpec, signal?: AbortSignal): Promise<ImportResult> {
  const file = readImportFile(bytes, spec.columns);
  return file.ok ? importRows(file, spec, { signal }) : file.result;
}

export interface ImportOptions {
  /** Aborted (the client went away, or the run was cancelled): the transaction is rolled back, nothing is kept. */
  signal?: AbortSignal;
  /** Rows per batch: the signal is checked and progress told between batches. */
  batchRows?: number;
  /** Told the number of rows done after each batch; runs outside the import's transaction. */
  onProgress?: (processed: number) => Promise<void>;
}

/** Saves the rows of a checked file in one transaction, batch by batch; see importFile. */
export async function importRows(file: ReadFile & { ok: true }, spec: ImportSpec, options: ImportOptions = {}): Promise<ImportResult> {
  const { signal, batchRows = 100, onProgress } = options;
  const reports: RowReport[] = [];
  let created = 0;
  let updated = 0;
  let unchanged = 0;
  try {
    await db().transaction(async (tx) =>
      // The search index is refreshed once per organisation after the rows, not once per row.
      withSearchRefreshDeferred(tx, () =>
        (spec.deferring ?? runNow)(tx, async () => {
          for (let start = 0; start < file.rows.length; start += batchRows) {
            // A client that went away (closed the page) or a cancelled run stops the import, all of it.
            if (signal?.aborted) throw new ImportAborted();
            const batch: { line: number; record: CsvRecord }[] = [];
            for (const row of file.rows.slice(start, start + batchRows)) {
              if (row.values.length !== file.header.length) {
                reports.push({
                  line: row.line,
                  issues: [{ column: "_", key: "exchange.columnCount", values: { expected: file.header.length, actual: row.values.length } }],
                });
                continue;
              }
              batch.push({ line: row.line, record: Object.fromEntries(file.header.map((name, i) => [name, row.values[i] ?? ""])) });
            }
            const outcomes = batch.length
              ? await spec.importRows(
                  tx,
                  batch.map((row) => row.record),
                )
              : [];
            outcomes.forEach((outcome, i) => {
              if (outcome === "created") created++;
              else if (outcome === "updated") updated++;
              else if (outcome === "unchanged") unchanged++;
              else reports.push({ line: batch[i].line, issues: issuesOf(outcome.error, batch[i].record, spec) });
            });
            await onProgress?.(Math.min(start + batchRows, file.rows.length));
          }
          if (reports.length) throw new RollbackImport();
        }),
      ),
    );
  } catch (error) {
    if (error instanceof ImportAborted) return fileProblem("exchange.aborted");
    if (!(error instanceof RollbackImport)) throw error;
  }
  reports.sort((a, b) => a.line - b.line);
  return reports.length ? { ok: false, fileIssues: [], rows: reports } : { ok: true, created, updated, unchanged };
}

const runNow = <T>(_tx: Transaction, work: () => Promise<T>) => work();

/** The report lines of a refused row, by CSV column; unexpected errors are not a user's problem and go on. */
function issuesOf(error: unknown, record: CsvRecord, spec: ImportSpec): ReportIssue[] {
  if (error instanceof PermissionDenied) return [{ column: spec.notAllowedColumn(record), key: "exchange.notAllowed" }];
  if (error instanceof NotFound) return [{ column: "organization", key: "exchange.unknownOrganization", values: { value: record.organization ?? "" } }];
  if (!(error instanceof InvalidInput)) throw error;
  const issues: ReportIssue[] = [];
  const seen = new Set<string>();
  for (const issue of error.issues) {
    const { column, index } = columnOfPath(issue.path);
    let key = issue.key;
    let values = issue.values;
    const codeList = spec.codeListOf?.(column);
    // A bad code: name it, and the valid ones with their labels, rather than say "invalid".
    if ((index !== undefined || codeList) && (key === "validation.invalid" || key === "validation.uuid" || key === "validation.required")) {
      const value = index !== undefined ? (listCell(record, column)[index] ?? "") : (record[column] ?? "").trim();
      if (codeList && (value || key !== "validation.required")) {
        key = "exchange.unknownCodeOf";
        values = { value, codes: codesWithLabels(codeList) };
      } else if (index !== undefined) {
        key = "validation.unknownCode";
        values = { value };
      }
    }
    const id = `${column} ${key} ${JSON.stringify(values ?? {})}`;
    if (seen.has(id)) continue;
    seen.add(id);
    issues.push(key === "exchange.unknownCodeOf" && codeList ? { column, key, values, codeList } : { column, key, values });
  }
  return issues;
}
