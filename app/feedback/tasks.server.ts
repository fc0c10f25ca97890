import { dailyAt, defineTask } from "~/jobs/public.server";
import { deleteExpiredInvitations } from "./commands/satisfaction.server";

/** Satisfaction questions nobody answered in time are deleted; a repeated run finds nothing more. */
export const deleteExpiredSatisfactionQuestionsTask = defineTask("feedback.delete-expired-satisfaction-questions", {
  maxAttempts: 3,
  run: async () => {
    const deleted = await deleteExpiredInvitations();
    if (deleted) console.log(`Deleted ${deleted} expired satisfaction questions.`);
  },
});

export const feedbackSchedules = [dailyAt(deleteExpiredSatisfactionQuestionsTask, "03:30")] as const;
