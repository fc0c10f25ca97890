import { milliseconds } from "../../kit/dates/calendar";
import { sendMinutesReminders } from "./commands/reminder.server";

/**
 * Runs the missing-minutes reminder from the server process: a few minutes after start, then once a
 * day. Each meeting is reminded of once (the job claims it in the database), so restarts and several
 * servers do not send twice. Returns a function that stops the schedule.
 */
export function scheduleMinutesReminders(firstAfterMs = milliseconds({ minutes: 5 })): () => void {
  const run = () =>
    sendMinutesReminders(new Date()).then(
      (ids) => ids.length && console.log(`Sent missing-minutes reminders for ${ids.length} meetings.`),
      (error: unknown) => console.error("Missing-minutes reminders failed:", error),
    );
  let interval: NodeJS.Timeout | undefined;
  const first = setTimeout(() => {
    void run();
    interval = setInterval(() => void run(), milliseconds({ days: 1 }));
    interval.unref();
  }, firstAfterMs);
  first.unref();
  return () => {
    clearTimeout(first);
    if (interval) clearInterval(interval);
  };
}
