import { and, eq, sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { useOwnDatabase } from "../../tests/support/own-database";
import { failure, userWith } from "../../tests/support/fixtures";
import { waitUntil } from "../../tests/support/wait";
import { auditEvent } from "../audit/schema.server";
import { db } from "../kit/db/db.server";
import { InvalidInput, NotFound, PermissionDenied } from "../kit/validation/errors";
import { retryJob } from "./commands/retry.server";
import { dailyAt, defineTask, scheduleTimeZone } from "./define.server";
import { enqueueJob } from "./enqueue.server";
import { listJobs } from "./queries.server";
import { startJobRunner, type JobRunner } from "./runner.server";
import { localClock, nextLocalTime } from "./schedule-time";

// Runners take every due job of their database: this file has one of its own.
const database = useOwnDatabase();

let runners: JobRunner[] = [];
afterEach(async () => {
  await Promise.all(runners.map((r) => r.stop()));
  runners = [];
});
const startRunner = async (options: Omit<Parameters<typeof startJobRunner>[0], "databaseUrl">) => {
  const runner = await startJobRunner({ databaseUrl: database.url, pollIntervalMs: 250, ...options });
  runners.push(runner);
  return runner;
};

const jobsOf = async (task: string) =>
  (
    await db().execute<{ id: string; attempts: number; max_attempts: number; last_error: string | null }>(
      sql`select id::text, attempts, max_attempts, last_error from graphile_worker.jobs where task_identifier = ${task} order by id`,
    )
  ).rows;

const admin = userWith({ role: "admin" });
const coordinator = userWith({ role: "coordinator", regionCode: "maakunta_19" });

describe("queueing a job", () => {
  const noted = defineTask<{ note: string }>("test.noted", { run: async () => {} });

  it("happens in the caller's transaction: the job exists when the change commits, and not when it rolls back", async () => {
    await db().transaction((tx) => enqueueJob(tx, noted, { note: "kept" }));
    await failure(
      db().transaction(async (tx) => {
        await enqueueJob(tx, noted, { note: "rolled back" });
        throw new Error("the change fails");
      }),
    );
    const payloads = (
      await db().execute<{ payload: { note: string } }>(
        sql`select payload from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id where t.identifier = 'test.noted'`,
      )
    ).rows;
    expect(payloads.map((p) => p.payload.note)).toEqual(["kept"]);
  });

  it("with a key keeps one waiting job per key", async () => {
    const keyed = defineTask<{ n: number }>("test.keyed", { run: async () => {} });
    for (const n of [1, 2, 3]) await enqueueJob(db(), keyed, { n }, { key: "test.keyed:one", runAt: new Date(Date.now() + 3_600_000) });
    expect(await jobsOf("test.keyed")).toHaveLength(1);
  });
});

describe("a runner", { timeout: 60_000 }, () => {
  it("runs a task with its payload, and tries a failing one again with the try's number", async () => {
    const seen: { n: number; attempt: number }[] = [];
    const flaky = defineTask<{ n: number }>("test.flaky", {
      maxAttempts: 3,
      run: async ({ n }, { attempt }) => {
        seen.push({ n, attempt });
        if (attempt === 1) throw new Error("first try fails");
      },
    });
    await startRunner({ tasks: [flaky], schedules: [] });
    await enqueueJob(db(), flaky, { n: 7 });
    await waitUntil("the second try", async () => seen.length === 2, 30_000);
    expect(seen).toEqual([
      { n: 7, attempt: 1 },
      { n: 7, attempt: 2 },
    ]);
    await waitUntil("the job is done", async () => (await jobsOf("test.flaky")).length === 0);
  });

  it("makes each missed daily run once across two runners, and only at 07:00 Finnish time", async () => {
    const runs: string[] = [];
    const daily = defineTask("test.daily", {
      run: async (_payload, { scheduledFor }) => {
        runs.push(scheduledFor!.toISOString());
      },
    });
    const schedule = dailyAt(daily, "07:00", { catchUpHours: 50 });
    // The schedule has been known for days and last ran three days ago: the runners catch up 50 hours.
    await db().execute(
      sql`insert into graphile_worker._private_known_crontabs (identifier, known_since, last_execution) values ('test.daily', now() - interval '3 days', now() - interval '3 days')`,
    );
    const started = new Date();
    await Promise.all([startRunner({ tasks: [], schedules: [schedule] }), startRunner({ tasks: [], schedules: [schedule] })]);
    const expected: string[] = [];
    for (
      let at = nextLocalTime("07:00", scheduleTimeZone, new Date(started.getTime() - 50 * 3_600_000));
      at <= started;
      at = nextLocalTime("07:00", scheduleTimeZone, at)
    )
      expected.push(at.toISOString());
    await waitUntil("the missed runs are made", async () => runs.length >= expected.length && (await jobsOf("test.daily")).length === 0, 30_000);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect(runs.sort()).toEqual(expected);
    expect(runs.map((r) => localClock(new Date(r), scheduleTimeZone))).toEqual(expected.map(() => "07:00"));
  });
});

describe("the job queue for admins", { timeout: 60_000 }, () => {
  it("shows failed jobs with their error and retrying ones with their tries; an admin retries a failed job, audited", async () => {
    let broken = true;
    const fragile = defineTask<{ n: number }>("test.fragile", {
      maxAttempts: 1,
      run: async () => {
        if (broken) throw new Error("the mail server is down");
      },
    });
    const patient = defineTask<{ n: number }>("test.patient", {
      maxAttempts: 5,
      run: async () => {
        throw new Error("not yet");
      },
    });
    await startRunner({ tasks: [fragile, patient], schedules: [] });
    await enqueueJob(db(), fragile, { n: 1 });
    await enqueueJob(db(), patient, { n: 2 });
    await enqueueJob(db(), fragile, { n: 3 }, { runAt: new Date(Date.now() + 3_600_000) });
    await waitUntil(
      "both have failed once",
      async () => (await jobsOf("test.fragile")).some((j) => j.attempts === 1) && (await jobsOf("test.patient")).some((j) => j.attempts === 1),
    );
    await Promise.all(runners.map((r) => r.stop()));
    runners = [];

    const queue = await listJobs(admin);
    const [failed] = queue.byState.failed.filter((j) => j.task === "test.fragile");
    expect(failed).toMatchObject({ state: "failed", attempts: 1, maxAttempts: 1, lastError: expect.stringContaining("the mail server is down") });
    expect(queue.byState.retrying.find((j) => j.task === "test.patient")).toMatchObject({
      attempts: 1,
      maxAttempts: 5,
      lastError: expect.stringContaining("not yet"),
    });
    const [later] = queue.byState.queued.filter((j) => j.task === "test.fragile");
    expect(later.runAt.getTime()).toBeGreaterThan(Date.now() + 3_000_000);
    expect(queue.counts.failed).toBeGreaterThanOrEqual(1);
    await expect(listJobs(coordinator)).rejects.toBeInstanceOf(PermissionDenied);

    expect(await failure(retryJob(coordinator, failed.id))).toBeInstanceOf(PermissionDenied);
    expect(await failure(retryJob(admin, later.id))).toBeInstanceOf(InvalidInput);
    expect(await failure(retryJob(admin, "999999999"))).toBeInstanceOf(NotFound);
    expect(await failure(retryJob(admin, "1; drop table x"))).toBeInstanceOf(NotFound);

    await retryJob(admin, failed.id);
    const [again] = (await jobsOf("test.fragile")).filter((j) => j.id === failed.id);
    expect(again).toMatchObject({ attempts: 0 });
    const audit = await db()
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.entityType, "job"), eq(auditEvent.entityId, failed.id)));
    expect(audit).toMatchObject([{ action: "retry", actorUserId: admin.id }]);

    broken = false;
    await startRunner({ tasks: [fragile, patient], schedules: [] });
    await waitUntil("the retried job has run", async () => !(await jobsOf("test.fragile")).some((j) => j.id === failed.id));
  });
});
