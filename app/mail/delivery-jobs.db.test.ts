import { eq, inArray, sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { useOwnDatabase } from "../../tests/support/own-database";
import { smtpSinkForTests } from "../../tests/support/smtp-sink";
import { unique } from "../../tests/support/fixtures";
import { waitUntil } from "../../tests/support/wait";
import { startJobRunner, type JobRunner } from "../jobs/runner.server";
import { db } from "../kit/db/db.server";
import { mailTasks } from "./public.server";
import { outboxMessage } from "./schema.server";
import { sendMail } from "./send-mail.server";

// Runners take every due job of their database: this file has one of its own.
const database = useOwnDatabase();
const sink = smtpSinkForTests();

let runners: JobRunner[] = [];
const startRunner = async () => {
  const runner = await startJobRunner({ databaseUrl: database.url, tasks: mailTasks, schedules: [], pollIntervalMs: 250 });
  runners.push(runner);
  return runner;
};
afterEach(async () => {
  await Promise.all(runners.map((r) => r.stop()));
  runners = [];
});

const stored = async (id: string) => (await db().select().from(outboxMessage).where(eq(outboxMessage.id, id)))[0];
const deliveryJobs = async (id: string) =>
  (
    await db().execute<{ attempts: number; last_error: string | null; due_in_ms: number }>(
      sql`select attempts, last_error, (extract(epoch from run_at - now()) * 1000)::float8 as due_in_ms from graphile_worker.jobs where key = ${`mail.deliver:${id}`}`,
    )
  ).rows;
const mailsTo = (to: string) => sink.mails.filter((m) => m.envelopeTo.includes(to));

describe("mail delivery jobs", { timeout: 60_000 }, () => {
  it("send a queued message over SMTP, mark it sent and leave the queue", async () => {
    process.env.SMTP_URL = sink.url;
    await startRunner();
    const to = `${unique()}@example.fi`;
    const id = await sendMail({ to, subject: "Taustalta", text: "Lähti jonosta" });
    await waitUntil("the message is sent", async () => (await stored(id)).status === "sent");
    expect(await stored(id)).toMatchObject({ status: "sent", attempts: 1, error: null });
    expect(mailsTo(to).map((m) => m.subject)).toEqual(["Taustalta"]);
    await waitUntil("the job is done", async () => (await deliveryJobs(id)).length === 0);
  });

  it("try again after a refused send, after a backoff, and the retry delivers it", async () => {
    process.env.SMTP_URL = sink.url;
    sink.rejectNext(1);
    await startRunner();
    const to = `${unique()}@example.fi`;
    const id = await sendMail({ to, subject: "Toisella kerralla", text: "Perille" });
    // The message is marked first, then the runner records the failure on its job: wait for both.
    await waitUntil("the first try has failed", async () => (await stored(id)).status === "retrying" && (await deliveryJobs(id))[0]?.last_error != null);
    const afterFailure = await stored(id);
    expect(afterFailure).toMatchObject({ attempts: 1, sentAt: null });
    expect(afterFailure.error).toMatch(/Try again later/);
    const [job] = await deliveryJobs(id);
    expect(job.attempts).toBe(1);
    expect(job.last_error).toMatch(/Try again later/);
    // The runner waits e^1 ≈ 2.7 s before the second try.
    expect(job.due_in_ms).toBeGreaterThan(500);
    expect(mailsTo(to)).toEqual([]);
    await waitUntil("the retry has sent it", async () => (await stored(id)).status === "sent", 30_000);
    expect(await stored(id)).toMatchObject({ status: "sent", attempts: 2, error: null });
    expect(mailsTo(to)).toHaveLength(1);
  });

  it("never deliver one message twice when two runners share the queue", async () => {
    process.env.SMTP_URL = sink.url;
    await Promise.all([startRunner(), startRunner()]);
    const recipients = Array.from({ length: 24 }, () => `${unique()}@example.fi`);
    const ids = await Promise.all(recipients.map((to) => sendMail({ to, subject: "Yksi kerrallaan", text: "Vain kerran" })));
    await waitUntil("every message is sent", async () => {
      const rows = await db().select({ status: outboxMessage.status }).from(outboxMessage).where(inArray(outboxMessage.id, ids));
      return rows.every((r) => r.status === "sent");
    });
    // Let any (wrong) second delivery arrive before counting.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(recipients.map((to) => mailsTo(to).length)).toEqual(recipients.map(() => 1));
  });
});
