/**
 * CSV imports for the benchmark: files of 1,000 and 10,000 new services (network map import) and
 * offerings (offering import), each for a new organisation, the way the import pages run them: the
 * file is checked and kept as an import run, and the run's job imports it (every row through its
 * command: validation, audit trail, search index), as a runner would (decision 0183).
 * Issue 9's aim: 10,000 rows in under a minute on two cores.
 */
import { eq } from "drizzle-orm";
import os from "node:os";
import { performance } from "node:perf_hooks";
import { aService, anOffering, anOrganization, userWith } from "../tests/support/fixtures";
import { db } from "../app/kit/db/db.server";
import { exportCsv, exportRecords, exportScope } from "../app/network-map/exchange/export.server";
import { importSpec } from "../app/network-map/exchange/import.server";
import { networkMapImportTask } from "../app/network-map/exchange/import-task.server";
import { readImportRun, runImport, startImport } from "../app/network-map/exchange/runs.server";
import type { ImportResult } from "../app/network-map/exchange/import-file.server";
import { service } from "../app/network-map/schema.server";
import { exportOfferingRecords, offeringImportSpec, offeringsCsv } from "../app/offerings/exchange/exchange.server";
import { offeringImportTask } from "../app/offerings/exchange/import-task.server";
import { offering } from "../app/offerings/schema.server";

export const importSizes = [1_000, 10_000];
export const importAim = { rows: 10_000, seconds: 60 };

export interface ImportTiming {
  kind: "services" | "offerings";
  rows: number;
  /** The file's size, against importLimits.maxBytes. */
  bytes: number;
  ms: number;
  /** "ok" or the import's first problem (a benchmark never fails, it reports). */
  outcome: string;
}

/** A file of `rows` new entries of a new organisation, made from one exported entry (then deleted). */
async function aFile(kind: ImportTiming["kind"], rows: number) {
  const org = await anOrganization();
  const contactPerson = userWith({ role: "contact_person", organizationId: org.id });
  if (kind === "services") {
    const model = await aService(org.id);
    const [record] = await exportRecords(contactPerson, "services", exportScope(contactPerson, null)!);
    await db().delete(service).where(eq(service.id, model));
    const records = Array.from({ length: rows }, (_, i) => ({ ...record, id: "", name_fi: `Palvelu ${i + 1}` }));
    return { contactPerson, bytes: new TextEncoder().encode(exportCsv("services", records)) };
  }
  const model = await anOffering(org.id);
  const [record] = await exportOfferingRecords(contactPerson);
  await db().delete(offering).where(eq(offering.id, model));
  const records = Array.from({ length: rows }, (_, i) => ({ ...record, id: "", name_fi: `Koulutus ${i + 1}` }));
  return { contactPerson, bytes: new TextEncoder().encode(offeringsCsv(records)) };
}

/** Starts the import as the page does and, for a run, runs its job here and reads its report. */
async function importAsPage(kind: ImportTiming["kind"], user: ReturnType<typeof userWith>, bytes: Uint8Array): Promise<ImportResult> {
  const spec = kind === "services" ? importSpec(user, "services") : offeringImportSpec(user);
  const started = await startImport(user, kind, bytes, spec, kind === "services" ? networkMapImportTask : offeringImportTask);
  if ("result" in started) return started.result;
  await runImport(started.runId, (caller) => (kind === "services" ? importSpec(caller, "services") : offeringImportSpec(caller)));
  const run = await readImportRun(user, started.runId);
  return run?.report ?? { ok: false, fileIssues: [{ column: "_", key: "exchange.runInterrupted" }], rows: [] };
}

export async function timeImports(log: (line: string) => void): Promise<ImportTiming[]> {
  const timings: ImportTiming[] = [];
  for (const kind of ["services", "offerings"] as const)
    for (const rows of importSizes) {
      const { contactPerson, bytes } = await aFile(kind, rows);
      const t = performance.now();
      const result = await importAsPage(kind, contactPerson, bytes);
      const ms = performance.now() - t;
      const outcome = result.ok ? "ok" : (result.fileIssues[0]?.key ?? `${result.rows.length} bad rows, first: ${result.rows[0]?.issues[0]?.key}`);
      timings.push({ kind, rows, bytes: bytes.byteLength, ms, outcome });
      log(
        `  ${kind}: ${rows.toLocaleString("en-US")} rows (${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB) in ${(ms / 1000).toFixed(1)} s (${Math.round(rows / (ms / 1000))} rows/s), ${outcome}; load average ${os.loadavg()[0].toFixed(1)}`,
      );
    }
  return timings;
}
