/**
 * What other features and the shell may use of the chat duty on the server: they import it from
 * here, never from its internal modules (the layering test enforces it).
 */
export { chat, chatMessage, chatShift } from "./schema.server";
export { startChat, postCitizenMessage } from "./commands/citizen.server";
export { takeChat, postPractitionerMessage, transferChat, endChat } from "./commands/conversation.server";
export { createShift, addCannedAnswer, setRegionSetting } from "./commands/roster.server";
export { chatStatistics, dutyStatuses } from "./queries.server";
export { chatSchedules, purgeChatTranscriptsTask } from "./tasks.server";
export { chatServiceAction } from "./service-action.server";
