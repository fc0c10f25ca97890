/**
 * What other features may use of the job runner on the server: define their tasks and schedules,
 * and queue jobs in their own transactions. They export their definitions from their own
 * public.server.ts; the shell installs them and starts the runner (decision 0171).
 */
export { dailyAt, defineTask, scheduleTimeZone } from "./define.server";
export type { ScheduleDefinition, Task, TaskContext, TaskDefinition } from "./define.server";
export { enqueueJob } from "./enqueue.server";
export type { EnqueueOptions } from "./enqueue.server";
