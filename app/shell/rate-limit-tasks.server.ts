import { dailyAt, defineTask } from "../jobs/public.server";
import { deleteExpiredRateLimits } from "../kit/rate-limit/rate-limit.server";

/**
 * The rate limits' counters whose window has passed, deleted once a day on the job runner: a counter
 * lives at most a few hours, and an expired one is already ignored, so this only keeps the table small.
 * The shell defines it because the kit, which owns the table, cannot import the job runner.
 */
export const deleteExpiredRateLimitsTask = defineTask("shell.delete-expired-rate-limits", {
  maxAttempts: 3,
  run: async () => {
    await deleteExpiredRateLimits();
  },
});

export const rateLimitSchedule = dailyAt(deleteExpiredRateLimitsTask, "04:00");
