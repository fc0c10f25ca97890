import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { userWith } from "../../../tests/support/fixtures";
import { aServicesFile } from "../../../tests/support/import-files";
import { db } from "../../kit/db/db.server";
import { importRun, service } from "../schema.server";
import { importSpec } from "./import.server";
import { networkMapImportTask } from "./import-task.server";
import { cancelImportRun, inRequestRows, readImportRun, runImport, startImport, type ImportSpecFor } from "./runs.server";

const specFor: ImportSpecFor = (caller, kind) => importSpec(caller, kind as "services");

async function aRun(rows: number) {
  const file = await aServicesFile(rows);
  const started = await startImport(file.contactPerson, "services", file.bytes, importSpec(file.contactPerson, "services"), networkMapImportTask);
  if (!("runId" in started)) throw new Error("expected a run");
  return { ...file, runId: started.runId };
}

const servicesOf = async (organizationId: string) =>
  (await db().select({ id: service.id }).from(service).where(eq(service.organizationId, organizationId))).length;
const storedFile = async (runId: string) => (await db().select({ file: importRun.file }).from(importRun).where(eq(importRun.id, runId)))[0].file;
const queuedJobs = async (runId: string) =>
  (await db().execute<{ count: number }>(sql`select count(*)::int as count from graphile_worker.jobs where key = ${`import-run:${runId}`}`)).rows[0].count;

/** Reads the run (as its page does) until `done` says so, then gives what was seen. */
async function watch(user: Parameters<typeof readImportRun>[0], runId: string, done: (run: NonNullable<Awaited<ReturnType<typeof readImportRun>>>) => boolean) {
  for (;;) {
    const run = await readImportRun(user, runId);
    if (!run) throw new Error("run not visible");
    if (done(run)) return run;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe("imports as jobs", { timeout: 300_000 }, () => {
  it(`imports a file of up to ${inRequestRows} rows in the request, and keeps a larger one as a queued run with its job`, async () => {
    const small = await aServicesFile(inRequestRows);
    const spec = importSpec(small.contactPerson, "services");
    expect(await startImport(small.contactPerson, "services", small.bytes, spec, networkMapImportTask)).toEqual({
      result: { ok: true, created: inRequestRows, updated: 0, unchanged: 0 },
    });

    const { org, contactPerson, runId } = await aRun(inRequestRows + 1);
    const run = await readImportRun(contactPerson, runId);
    expect(run).toMatchObject({ kind: "services", status: "queued", totalRows: inRequestRows + 1, processedRows: 0, startedBy: contactPerson.id });
    expect(await queuedJobs(runId)).toBe(1);
    expect(await servicesOf(org.id)).toBe(0);

    await runImport(runId, specFor);
    expect(await readImportRun(contactPerson, runId)).toMatchObject({
      status: "done",
      processedRows: inRequestRows + 1,
      report: { ok: true, created: inRequestRows + 1, updated: 0, unchanged: 0 },
    });
    expect(await servicesOf(org.id)).toBe(inRequestRows + 1);
    // The file is deleted when the run ends; a repeated job does nothing.
    expect(await storedFile(runId)).toBeNull();
    await runImport(runId, specFor);
    expect(await servicesOf(org.id)).toBe(inRequestRows + 1);
  });

  it("shows its progress to other connections while it runs, and a cancel rolls every row back", async () => {
    const { org, contactPerson, runId } = await aRun(1000);
    const job = runImport(runId, specFor, { batchRows: 10 });
    const seen = await watch(contactPerson, runId, (run) => run.status !== "queued" && (run.status !== "running" || run.processedRows >= 100));
    expect(seen.status).toBe("running");
    expect(seen.processedRows).toBeGreaterThanOrEqual(100);
    expect(seen.processedRows).toBeLessThan(1000);
    expect(await cancelImportRun(contactPerson, runId)).toBe(true);
    await job;
    const run = await readImportRun(contactPerson, runId);
    expect(run).toMatchObject({ status: "cancelled", cancelRequested: true, report: null });
    expect(run!.processedRows).toBeLessThan(1000);
    expect(await servicesOf(org.id)).toBe(0);
    expect(await storedFile(runId)).toBeNull();
  });

  it("cancels a queued run before its job starts; the job then does nothing", async () => {
    const { org, contactPerson, runId } = await aRun(300);
    expect(await cancelImportRun(contactPerson, runId)).toBe(true);
    await runImport(runId, specFor);
    expect(await readImportRun(contactPerson, runId)).toMatchObject({ status: "cancelled", processedRows: 0 });
    expect(await servicesOf(org.id)).toBe(0);
  });

  it("ends as failed when its job fails, with nothing written", async () => {
    const { org, contactPerson, runId } = await aRun(300);
    // A fault in the database half-way: the second batch's statement fails.
    let batches = 0;
    const faulty: ImportSpecFor = (caller, kind) => {
      const spec = specFor(caller, kind);
      return {
        ...spec,
        importRows: async (tx, records) => {
          if (++batches === 2) await tx.execute(sql`select 1 / 0`);
          return spec.importRows(tx, records);
        },
      };
    };
    await expect(runImport(runId, faulty)).rejects.toThrow();
    expect(await readImportRun(contactPerson, runId)).toMatchObject({
      status: "failed",
      report: { ok: false, fileIssues: [{ key: "exchange.runInterrupted" }] },
    });
    expect(await servicesOf(org.id)).toBe(0);
    expect(await storedFile(runId)).toBeNull();
  });

  it("marks a run whose job died (a crashed process: running, its lock free) as failed when it is looked at", async () => {
    const { contactPerson, runId } = await aRun(300);
    // What a process killed in the middle of the run leaves: PostgreSQL rolled the rows back and freed the lock.
    await db().update(importRun).set({ status: "running", processedRows: 100 }).where(eq(importRun.id, runId));
    expect(await readImportRun(contactPerson, runId)).toMatchObject({
      status: "failed",
      report: { ok: false, fileIssues: [{ key: "exchange.runInterrupted" }] },
    });
    expect(await storedFile(runId)).toBeNull();
  });

  it("is seen and cancelled only by its starter and admins; others get nothing", async () => {
    const { org, contactPerson, runId } = await aRun(300);
    const colleague = userWith({ role: "contact_person", organizationId: org.id });
    const coordinator = userWith({ role: "coordinator", regionCode: "maakunta_18" });
    for (const other of [colleague, coordinator]) {
      expect(await readImportRun(other, runId)).toBeNull();
      expect(await cancelImportRun(other, runId)).toBe(false);
    }
    expect(await readImportRun(contactPerson, "not-a-run")).toBeNull();
    expect(await readImportRun(userWith({ role: "admin" }), runId)).toMatchObject({ status: "queued" });
  });
});
