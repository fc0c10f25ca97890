import { config } from "../kit/config.server";
import { dailyAt, defineTask } from "~/jobs/public.server";
import { purgeReferrals } from "./commands/purge.server";

/** Ends sharing of referrals whose consent has run out and deletes the details of those closed longer ago than ELO_CONTACT_RETENTION_MONTHS. */
export const purgeReferralsTask = defineTask("referrals.purge", {
  maxAttempts: 3,
  run: async () => {
    const purged = await purgeReferrals(new Date(), config.contactRetentionMonths);
    if (purged) console.log(`Deleted the client details of ${purged} referrals.`);
  },
});

/** Every night at 02:40 Finnish time: a consent "until 15.2." ends with that day. */
export const referralSchedules = [dailyAt(purgeReferralsTask, "02:40")] as const;
