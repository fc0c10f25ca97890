import { sql } from "drizzle-orm";
import { db } from "../kit/db/db.server";
import type { CurrentUser } from "../kit/permissions/roles";
import { PermissionDenied } from "../kit/validation/errors";
import { scheduleTimeZone } from "./define.server";
import { jobsSchema } from "./enqueue.server";
import { canReadJobs } from "./permissions";
import { installedSchedules } from "./registry.server";
import { nextLocalTime } from "./schedule-time";
import { jobStates, type JobState } from "./states";

export interface JobRow {
  id: string;
  task: string;
  /** At most one waiting job has a key (e.g. "mail.deliver:<outbox id>"). */
  key: string | null;
  state: JobState;
  /** When it runs next (queued, retrying), or when it was due (running, failed). */
  runAt: Date;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const jobsPerState = 50;

// A lock older than this belongs to a runner that died; graphile-worker then gives the job to another.
const stateOf = sql`case
  when locked_at is not null and locked_at > now() - interval '4 hours' then 'running'
  when attempts >= max_attempts then 'failed'
  when attempts > 0 then 'retrying'
  else 'queued' end`;

/**
 * The job queue as admins see it (graphile-worker's public `jobs` view): each state's first
 * `jobsPerState` jobs (failed ones newest first, the others by when they run) with every state's
 * count, and the schedules with their next runs. Finished jobs are deleted by the runner; what a
 * job did stays where its feature records it (the outbox, the audit trail).
 */
export async function listJobs(caller: CurrentUser, now = new Date()) {
  if (!canReadJobs(caller)) throw new PermissionDenied("read the job queue");
  const { rows } = await db().execute<{
    id: string;
    task: string;
    key: string | null;
    state: JobState;
    run_at: number;
    attempts: number;
    max_attempts: number;
    last_error: string | null;
    created_at: number;
    updated_at: number;
    total: number;
  }>(sql`
    with jobs as (
      -- times as epoch milliseconds: the same in every driver setting
      select id::text, task_identifier as task, key, ${stateOf} as state, attempts, max_attempts, last_error,
        (extract(epoch from run_at) * 1000)::float8 as run_at, (extract(epoch from created_at) * 1000)::float8 as created_at,
        (extract(epoch from updated_at) * 1000)::float8 as updated_at
      from ${jobsSchema}.jobs
    ), ranked as (
      select *,
        row_number() over (partition by state order by case when state = 'failed' then -updated_at else run_at end, id::bigint) as n,
        count(*) over (partition by state)::int as total
      from jobs
    )
    select * from ranked where n <= ${jobsPerState} order by state, n`);
  const byState = Object.fromEntries(jobStates.map((s) => [s, [] as JobRow[]])) as Record<JobState, JobRow[]>;
  const counts = Object.fromEntries(jobStates.map((s) => [s, 0])) as Record<JobState, number>;
  for (const r of rows) {
    counts[r.state] = r.total;
    byState[r.state].push({
      id: r.id,
      task: r.task,
      key: r.key,
      state: r.state,
      runAt: new Date(r.run_at),
      attempts: r.attempts,
      maxAttempts: r.max_attempts,
      lastError: r.last_error,
      createdAt: new Date(r.created_at),
      updatedAt: new Date(r.updated_at),
    });
  }
  const schedules = installedSchedules().map((s) => ({
    name: s.name,
    task: s.task.name,
    dailyAt: s.dailyAt,
    timeZone: scheduleTimeZone,
    nextRunAt: nextLocalTime(s.dailyAt, scheduleTimeZone, now),
  }));
  return { byState, counts, schedules };
}
