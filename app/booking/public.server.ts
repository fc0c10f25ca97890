/**
 * What other features may use of booking on the server: they import it from here, never from
 * booking's internal modules (the layering test enforces it).
 */
import { bookingReminderTask, bookingSchedules } from "./commands/reminder.server";

export { bookingsPerMonth } from "./statistics.server";
export type { BookingMonthRow } from "./statistics.server";
export { bookingAction } from "./service-action.server";
export { bookablesOfServices } from "./queries.server";

/** Booking's background work, installed by the shell: reminders, and erasing old contact details daily. */
export const bookingTasks = [bookingReminderTask, ...bookingSchedules.map((s) => s.task)] as const;
export { bookingSchedules };
