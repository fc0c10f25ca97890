import { sql } from "drizzle-orm";
import type { Database, Transaction } from "../kit/db/db.server";
import type { TaskDefinition } from "./define.server";

/** graphile-worker's schema: its own tables and SQL functions, migrated by the runner library itself. */
export const jobsSchema = sql.identifier("graphile_worker");

export interface EnqueueOptions {
  /**
   * At most one waiting job per key: enqueueing again replaces a waiting job with the same key
   * (and resets its tries), so a job per thing ("mail.deliver:<id>") is never queued twice.
   */
  key?: string;
  /** Not before this time (default now). */
  runAt?: Date;
}

/**
 * Queues a job **in the caller's transaction**, through graphile-worker's `add_job` SQL function:
 * the job exists exactly when the change that asked for it commits, and a rolled-back change
 * leaves no job behind. A runner (this instance's or another's) picks it up after the commit.
 */
export async function enqueueJob<P>(executor: Database | Transaction, task: TaskDefinition<P>, payload: P, options: EnqueueOptions = {}): Promise<void> {
  await executor.execute(
    sql`select ${jobsSchema}.add_job(
      identifier => ${task.name},
      payload => ${JSON.stringify(payload ?? {})}::json,
      run_at => ${options.runAt?.toISOString() ?? null}::timestamptz,
      max_attempts => ${task.maxAttempts}::int,
      job_key => ${options.key ?? null}::text
    )`,
  );
}
