/**
 * What other features and the shell may use of contact requests on the server: they import it from
 * here, never from its internal modules (the layering test enforces it).
 */
export { contactRequest, contactQueueSetting } from "./schema.server";
export { contactRequestStatistics } from "./queries.server";
export type { ContactRequestCounts } from "./queries.server";
export { queueCounts } from "./queries.server";
export { submitContactRequest } from "./commands/submit.server";
export { answerRequest, claimRequest, closeRequest } from "./commands/handle.server";
export { setSharedQueue } from "./commands/queue-setting.server";
export { contactRequestSchedules, purgeContactRequestsTask } from "./tasks.server";
export { contactRequestAction } from "./service-action.server";
