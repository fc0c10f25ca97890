/**
 * What other features and the shell may use of referrals on the server: they import it from here,
 * never from its internal modules (the layering test enforces it).
 */
export { referral } from "./schema.server";
export { referralStatistics } from "./queries.server";
export type { ReferralCounts } from "./queries.server";
export { createReferral, recordOutcome, respondToReferral } from "./commands/referral.server";
export { purgeReferralsTask, referralSchedules } from "./tasks.server";
