/**
 * The contract between the job runner and the features that have background work. A feature
 * defines its tasks (and any schedules) with these helpers and exports them from its
 * public.server.ts; the shell's start-up hands them all to `installJobs`. Defining registers
 * nothing, so importing a feature never starts work by itself.
 */

/** What a task's handler learns about the job it runs. */
export interface TaskContext {
  jobId: string;
  /** 1 on the first try; a handler that throws is tried again until `maxAttempts`. */
  attempt: number;
  maxAttempts: number;
  /** For a scheduled run, the time it was scheduled for (not when it started). */
  scheduledFor: Date | null;
}

/** A task as the runner sees it, whatever its payload. */
export interface Task {
  /** Unique across Elo, "feature.what" (e.g. "mail.deliver"); it is stored with every job. */
  readonly name: string;
  /** Tries before the job counts as failed; the runner waits exp(n) seconds after the n-th failure. */
  readonly maxAttempts: number;
  /** Checks the stored payload (throwing fails the job) and does the work. */
  readonly execute: (payload: unknown, context: TaskContext) => Promise<void>;
}

export interface TaskDefinition<P> extends Task {
  /** Does the work. Must be safe to run again: a crash after the work but before the runner records it repeats it. */
  readonly run: (payload: P, context: TaskContext) => Promise<void>;
}

export function defineTask<P = Record<string, never>>(
  name: string,
  options: { maxAttempts?: number; parse?: (payload: unknown) => P; run: (payload: P, context: TaskContext) => Promise<void> },
): TaskDefinition<P> {
  if (!/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/.test(name)) throw new Error(`A task's name is "feature.what" in lower case: ${name}`);
  const parse = options.parse ?? ((payload: unknown) => payload as P);
  return { name, maxAttempts: options.maxAttempts ?? 5, run: options.run, execute: (payload, context) => options.run(parse(payload), context) };
}

/** Elo's schedules keep Finnish time: a daily run at 07:00 is at 07:00 in summer and in winter. */
export const scheduleTimeZone = "Europe/Helsinki";

export interface ScheduleDefinition {
  /** Unique; the runner records the last run under it. */
  readonly name: string;
  /** A task with no payload; its handler gets the scheduled time in `context.scheduledFor`. */
  readonly task: Task;
  /** Local time in `scheduleTimeZone`, "HH:MM", once a day. */
  readonly dailyAt: string;
  /** How long after a missed time (all instances down) the run is still made when one starts, in hours. */
  readonly catchUpHours: number;
}

/** A run of `task` every day at `time` ("07:00") Finnish time, once across all of Elo's instances. */
export function dailyAt(task: TaskDefinition<Record<string, never>>, time: string, options: { name?: string; catchUpHours?: number } = {}): ScheduleDefinition {
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) throw new Error(`A daily time is "HH:MM": ${time}`);
  return { name: options.name ?? task.name, task, dailyAt: time, catchUpHours: options.catchUpHours ?? 12 };
}
