/**
 * What other features use of feedback on the server: the satisfaction question after a service
 * (decision 0202). A feature that delivers a service opens a question in its own transaction and
 * sends the citizen its path; the statistics read the answers per month.
 */
export { inviteToRate, satisfactionQuestionDays, satisfactionQuestionOpen, type SatisfactionInvitation } from "./commands/satisfaction.server";
export { satisfactionScope, type SatisfactionScope } from "./permissions";
export { satisfactionPerMonth, type MonthPeriod } from "./satisfaction-queries.server";
export { feedbackSchedules } from "./tasks.server";
export type { SatisfactionKind } from "./satisfaction-inputs";
