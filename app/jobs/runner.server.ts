import { Logger, parseCronItems, run, runMigrations, type JobHelpers, type Runner, type TaskList } from "graphile-worker";
import { scheduleTimeZone, type ScheduleDefinition, type Task } from "./define.server";
import { installedSchedules, installedTasks } from "./registry.server";
import { localClock, utcCronFor } from "./schedule-time";

// graphile-worker tells of every job at "info"; Elo's log keeps its warnings and errors (a failed try included).
const logger = new Logger(() => (level, message) => {
  if (String(level) === "error") console.error(`Jobs: ${message}`);
  else if (String(level) === "warning") console.warn(`Jobs: ${message}`);
});

/**
 * Creates or updates graphile-worker's own schema (`graphile_worker`). Its migrations are the
 * library's, not drizzle's; they take a lock of their own, so several instances may start at once.
 * Start-up runs them after Elo's migrations, before anything can queue a job.
 */
export async function migrateJobs(databaseUrl: string): Promise<void> {
  await runMigrations({ connectionString: databaseUrl, logger });
}

interface SchedulePayload {
  _cron?: { ts: string; backfilled?: boolean };
  _schedule?: string;
  _at?: string;
}

function taskList(tasks: readonly Task[]): TaskList {
  return Object.fromEntries(
    tasks.map((task) => [
      task.name,
      async (raw: unknown, helpers: JobHelpers) => {
        const { _cron, _schedule, _at, ...payload } = (raw ?? {}) as SchedulePayload & Record<string, unknown>;
        const scheduledFor = _cron ? new Date(_cron.ts) : null;
        // A daily schedule's cron covers both summer and winter time (two UTC hours); only the run
        // that falls on the local time does the work.
        if (scheduledFor && _schedule && _at && localClock(scheduledFor, scheduleTimeZone) !== _at) return;
        await task.execute(payload, { jobId: String(helpers.job.id), attempt: helpers.job.attempts, maxAttempts: helpers.job.max_attempts, scheduledFor });
      },
    ]),
  );
}

function cronItems(schedules: readonly ScheduleDefinition[]) {
  return parseCronItems(
    schedules.map((s) => ({
      identifier: s.name,
      task: s.task.name,
      match: utcCronFor(s.dailyAt, scheduleTimeZone),
      options: { backfillPeriod: s.catchUpHours * 3_600_000, maxAttempts: s.task.maxAttempts },
      payload: { _schedule: s.name, _at: s.dailyAt },
    })),
  );
}

export interface JobRunner {
  /** Stops taking jobs, waits for the running ones to finish, and closes the runner's connections. */
  stop(): Promise<void>;
}

export interface JobRunnerOptions {
  databaseUrl: string;
  /** Default: the installed tasks and schedules (see installJobs). */
  tasks?: readonly Task[];
  schedules?: readonly ScheduleDefinition[];
  /** Jobs run at once in this process. */
  concurrency?: number;
  /** How often to look for jobs that became due (retries, later runs); new jobs arrive by LISTEN/NOTIFY at once. */
  pollIntervalMs?: number;
}

/**
 * Starts a runner in this process: it takes due jobs with `FOR UPDATE SKIP LOCKED` (so any number
 * of instances share the queue and no job runs twice at once) and enqueues the schedules' runs, each
 * once across all instances (graphile-worker records the last run of each schedule in the database).
 * It has its own small connection pool, closed by `stop`.
 */
export async function startJobRunner(options: JobRunnerOptions): Promise<JobRunner> {
  const tasks = options.tasks ?? installedTasks();
  const schedules = options.schedules ?? installedSchedules();
  const concurrency = options.concurrency ?? 2;
  const runner: Runner = await run({
    connectionString: options.databaseUrl,
    // one connection listens for new jobs; the others take and finish them
    maxPoolSize: concurrency + 2,
    concurrency,
    pollInterval: options.pollIntervalMs ?? 2_000,
    noHandleSignals: true,
    logger,
    taskList: taskList([...tasks, ...schedules.map((s) => s.task).filter((t) => !tasks.includes(t))]),
    parsedCronItems: cronItems(schedules),
  });
  let stopped: Promise<void> | undefined;
  return {
    stop: () => (stopped ??= runner.stop()),
  };
}
