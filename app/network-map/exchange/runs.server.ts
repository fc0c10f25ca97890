import { and, eq, getTableColumns, inArray, sql } from "drizzle-orm";
import { db, pool } from "../../kit/db/db.server";
import { isUuid } from "../../kit/validation/uuid";
import type { CurrentUser } from "../../kit/permissions/roles";
import { defineTask, enqueueJob, type TaskDefinition } from "~/jobs/public.server";
import { importRun } from "../schema.server";
import { canSeeImportRun } from "../permissions";
import { importRows, readImportFile, type ImportResult, type ImportSpec } from "./import-file.server";

/**
 * CSV imports as jobs (decision 0183). A file of up to `inRequestRows` rows is imported in the
 * request, as before; a larger one is kept in an `import_run` and imported by a job, in one
 * transaction, while the starter watches its progress and may cancel it.
 */

/** Rows imported in the request; at the measured pace (several hundred rows a second) well under a second. */
export const inRequestRows = 200;

export type ImportRunStatus = "queued" | "running" | "done" | "failed" | "cancelled";

export type ImportRunView = Omit<typeof importRun.$inferSelect, "file" | "caller" | "status"> & { status: ImportRunStatus };

export interface ImportRunPayload {
  runId: string;
}

/** Builds the spec a run's rows go through, as the starter, for the run's kind. */
export type ImportSpecFor = (caller: CurrentUser, kind: string) => ImportSpec;

/**
 * A feature's import task: network-map's and offerings' own (a run's kind names the task that
 * takes it). One try: an import is all or nothing, and a failure is the file's or a fault to look at.
 */
export const defineImportTask = (name: string, specFor: ImportSpecFor): TaskDefinition<ImportRunPayload> =>
  defineTask<ImportRunPayload>(name, {
    maxAttempts: 1,
    parse: (payload) => ({ runId: String((payload as Partial<ImportRunPayload>)?.runId ?? "") }),
    run: ({ runId }) => runImport(runId, specFor),
  });

/** What starting an import gave: the report of an import made in the request, or the run that will make it. */
export type Started = { result: ImportResult } | { runId: string };

/**
 * Checks the file (encoding, header, size) in the request; imports a small one at once, and keeps a
 * larger one for `task`, returning its run.
 */
export async function startImport(
  caller: CurrentUser,
  kind: string,
  bytes: Uint8Array,
  spec: ImportSpec,
  task: TaskDefinition<ImportRunPayload>,
  signal?: AbortSignal,
): Promise<Started> {
  const file = readImportFile(bytes, spec.columns);
  if (!file.ok) return { result: file.result };
  if (file.rows.length <= inRequestRows) return { result: await importRows(file, spec, { signal }) };
  const runId = await db().transaction(async (tx) => {
    const [run] = await tx
      .insert(importRun)
      .values({ kind, startedBy: caller.id, caller, totalRows: file.rows.length, file: Buffer.from(bytes) })
      .returning({ id: importRun.id });
    await enqueueJob(tx, task, { runId: run.id }, { key: `import-run:${run.id}` });
    return run.id;
  });
  return { runId };
}

/** The advisory lock a running import holds for as long as its job lives; its connection's end frees it. */
const lockName = (runId: string) => `import_run:${runId}`;

const ended = { file: null, finishedAt: sql`now()` } as const;

/** Ends a run that is still queued or running (a cancel or a stale check may have ended it first). */
async function finish(runId: string, status: ImportRunStatus, report: ImportResult | null) {
  await db()
    .update(importRun)
    .set({ status, report, ...ended })
    .where(and(eq(importRun.id, runId), inArray(importRun.status, ["queued", "running"])));
}

const interrupted: ImportResult = { ok: false, fileIssues: [{ column: "_", key: "exchange.runInterrupted" }], rows: [] };

export interface RunOptions {
  /** Rows per batch, between which progress is written and the cancel flag read (default 100). */
  batchRows?: number;
}

/**
 * The job: imports a queued run's file as its starter, all or nothing. It holds the run's lock on a
 * connection of its own for the whole run, so a run whose job died (crash, lost connection) is
 * recognised by its free lock (`failInterrupted`).
 */
export async function runImport(runId: string, specFor: ImportSpecFor, options: RunOptions = {}): Promise<void> {
  const lock = await pool().connect();
  try {
    const { rows: locked } = await lock.query<{ ok: boolean }>("select pg_try_advisory_lock(hashtextextended($1, 0)) as ok", [lockName(runId)]);
    // Another runner has it (a repeated job): leave it to them.
    if (!locked[0].ok) return;
    try {
      await runLocked(runId, specFor, options);
    } finally {
      await lock.query("select pg_advisory_unlock(hashtextextended($1, 0))", [lockName(runId)]);
    }
  } finally {
    lock.release();
  }
}

async function runLocked(runId: string, specFor: ImportSpecFor, options: RunOptions) {
  const [run] = await db()
    .update(importRun)
    .set({ status: "running", startedAt: sql`now()` })
    .where(and(eq(importRun.id, runId), eq(importRun.status, "queued")))
    .returning();
  // Cancelled before it started, or already done: nothing to do.
  if (!run?.file) return;
  const spec = specFor(run.caller, run.kind);
  const file = readImportFile(new Uint8Array(run.file), spec.columns);
  if (!file.ok) return finish(runId, "done", file.result);
  const cancel = new AbortController();
  try {
    const result = await importRows(file, spec, {
      signal: cancel.signal,
      batchRows: options.batchRows,
      // Outside the import's transaction (its own statement on the pool), so the page sees it at once.
      onProgress: async (processed) => {
        const [row] = await db()
          .update(importRun)
          .set({ processedRows: processed })
          .where(eq(importRun.id, runId))
          .returning({ cancelRequested: importRun.cancelRequested });
        if (row?.cancelRequested) cancel.abort();
      },
    });
    if (cancel.signal.aborted && !result.ok && result.fileIssues[0]?.key === "exchange.aborted") await finish(runId, "cancelled", null);
    else await finish(runId, "done", result);
  } catch (error) {
    await finish(runId, "failed", interrupted);
    throw error;
  }
}

/** A running run whose job no longer holds its lock died (process crash): it is failed, its file deleted. */
async function failInterrupted(runId: string) {
  await db()
    .update(importRun)
    .set({ status: "failed", report: interrupted, ...ended })
    .where(and(eq(importRun.id, runId), eq(importRun.status, "running"), sql`pg_try_advisory_xact_lock(hashtextextended(${lockName(runId)}, 0))`));
}

/** A run as its page shows it, or null when the user may not see it (only its starter and admins may). */
export async function readImportRun(user: CurrentUser, runId: string): Promise<ImportRunView | null> {
  const run = await visibleRun(user, runId);
  if (!run) return null;
  if (run.status === "running") await failInterrupted(runId);
  const [fresh] = await db().select(viewColumns).from(importRun).where(eq(importRun.id, runId));
  return { ...fresh, status: fresh.status as ImportRunStatus };
}

/**
 * Cancels a run: a queued one at once; a running one at its next batch, when its job rolls back
 * everything. False when the user may not see it.
 */
export async function cancelImportRun(user: CurrentUser, runId: string): Promise<boolean> {
  const run = await visibleRun(user, runId);
  if (!run) return false;
  await db()
    .update(importRun)
    .set({ status: "cancelled", ...ended })
    .where(and(eq(importRun.id, runId), eq(importRun.status, "queued")));
  await db()
    .update(importRun)
    .set({ cancelRequested: true })
    .where(and(eq(importRun.id, runId), eq(importRun.status, "running")));
  return true;
}

// The file and the starter's grants are left out of what a page reads.
const { file, caller, ...viewColumns } = getTableColumns(importRun);

async function visibleRun(user: CurrentUser, runId: string) {
  if (!isUuid(runId)) return null;
  const [run] = await db().select({ startedBy: importRun.startedBy, status: importRun.status }).from(importRun).where(eq(importRun.id, runId));
  return run && canSeeImportRun(user, run) ? run : null;
}
