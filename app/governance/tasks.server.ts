import { dailyAt, defineTask } from "~/jobs/public.server";
import { sendAgreementReminders } from "./commands/agreement-reminders.server";
import { sendMinutesReminders } from "./meetings/commands/reminder.server";

/**
 * The daily reminders as jobs. Each reminder is claimed in the database when it is sent, so a
 * retried or repeated run sends nothing twice; the runner makes one run a day across all instances.
 */
export const agreementRemindersTask = defineTask("governance.agreement-reminders", {
  maxAttempts: 3,
  run: async () => {
    const sent = await sendAgreementReminders(new Date());
    if (sent.length) console.log(`Agreement reminders sent: ${sent.map((s) => s.threshold).join(", ")}`);
  },
});

export const minutesRemindersTask = defineTask("governance.minutes-reminders", {
  maxAttempts: 3,
  run: async () => {
    const reminded = await sendMinutesReminders(new Date());
    if (reminded.length) console.log(`Missing-minutes reminders sent for ${reminded.length} meetings.`);
  },
});

/** Every morning at 07:00 Finnish time. */
export const reminderSchedules = [dailyAt(agreementRemindersTask, "07:00"), dailyAt(minutesRemindersTask, "07:00")] as const;
