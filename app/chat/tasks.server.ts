import { config } from "../kit/config.server";
import { dailyAt, defineTask } from "~/jobs/public.server";
import { purgeChatTranscripts } from "./commands/purge.server";

/** Deletes the transcripts of chats ended longer ago than ELO_CHAT_RETENTION_DAYS (30 by default). */
export const purgeChatTranscriptsTask = defineTask("chat.purge-transcripts", {
  maxAttempts: 3,
  run: async () => {
    const purged = await purgeChatTranscripts(new Date(), config.chatRetentionDays);
    if (purged) console.log(`Deleted the transcripts of ${purged} ended chats.`);
  },
});

/** Every night at 02:40 Finnish time. */
export const chatSchedules = [dailyAt(purgeChatTranscriptsTask, "02:40")] as const;
