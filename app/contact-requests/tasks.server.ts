import { config } from "../kit/config.server";
import { dailyAt, defineTask } from "~/jobs/public.server";
import { purgeClosedContactRequests } from "./commands/purge.server";

/** Deletes the details of requests closed longer ago than ELO_CONTACT_RETENTION_MONTHS. */
export const purgeContactRequestsTask = defineTask("contact-requests.purge-closed", {
  maxAttempts: 3,
  run: async () => {
    const purged = await purgeClosedContactRequests(new Date(), config.contactRetentionMonths);
    if (purged) console.log(`Deleted the personal details of ${purged} closed contact requests.`);
  },
});

/** Every night at 02:30 Finnish time. */
export const contactRequestSchedules = [dailyAt(purgeContactRequestsTask, "02:30")] as const;
