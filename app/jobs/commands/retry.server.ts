import { sql } from "drizzle-orm";
import { actorOf, recordChange } from "~/audit/public.server";
import { db } from "../../kit/db/db.server";
import type { CurrentUser } from "../../kit/permissions/roles";
import { InvalidInput, NotFound, requirePermission } from "../../kit/validation/errors";
import { jobsSchema } from "../enqueue.server";
import { canRetryJobs } from "../permissions";

/** graphile-worker's job ids are bigints; anything else names no job (and must not reach SQL as one). */
export const isJobId = (value: unknown): value is string => typeof value === "string" && /^[1-9]\d{0,17}$/.test(value);

/**
 * Runs a failed or retrying job now instead of waiting for the backoff. A failed job gets all its
 * tries again. A running or queued job is refused (it is on its way already). Recorded in the audit
 * trail in the same transaction.
 */
export async function retryJob(caller: CurrentUser, jobId: string): Promise<void> {
  requirePermission(canRetryJobs(caller), `retry job ${jobId}`);
  if (!isJobId(jobId)) throw new NotFound(`job ${String(jobId)}`);
  await db().transaction(async (tx) => {
    const {
      rows: [job],
    } = await tx.execute<{ task: string; key: string | null; attempts: number; max_attempts: number; last_error: string | null; locked: boolean }>(
      sql`select task_identifier as task, key, attempts, max_attempts, last_error, (locked_at is not null and locked_at > now() - interval '4 hours') as locked
          from ${jobsSchema}.jobs where id = ${jobId}::bigint`,
    );
    if (!job) throw new NotFound(`job ${jobId}`);
    if (job.locked || job.attempts === 0) throw new InvalidInput([{ path: "id", key: "jobs.validation.notRetryable" }]);
    const failed = job.attempts >= job.max_attempts;
    // reschedule_jobs leaves a job alone if a runner took it meanwhile: then nothing is retried.
    const { rows } = await tx.execute<{ attempts: number; run_at: number }>(
      sql`select attempts, (extract(epoch from run_at) * 1000)::float8 as run_at from ${jobsSchema}.reschedule_jobs(array[${jobId}::bigint], run_at => now(), attempts => ${failed ? 0 : null}::int)`,
    );
    if (rows.length === 0) throw new InvalidInput([{ path: "id", key: "jobs.validation.notRetryable" }]);
    await recordChange(tx, {
      actor: actorOf(caller),
      entityType: "job",
      entityId: jobId,
      action: "retry",
      before: { task: job.task, key: job.key, attempts: job.attempts, maxAttempts: job.max_attempts, lastError: job.last_error },
      after: { task: job.task, key: job.key, attempts: rows[0].attempts, maxAttempts: job.max_attempts, runAt: new Date(rows[0].run_at).toISOString() },
    });
  });
}
