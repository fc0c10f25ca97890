import { and, inArray, isNull, lt } from "drizzle-orm";
import { recordChanges, systemActor } from "~/audit/public.server";
import { earlierBy } from "../../kit/dates/calendar";
import { db } from "../../kit/db/db.server";
import { chat, chatMessage } from "../schema.server";

/**
 * Deletes the transcripts of chats ended more than `days` ago (decision 0206): their messages, the
 * citizen's first name and the resume token. The chat row stays with its times, language, topics
 * and region, which is all the statistics count. Safe to run again. Returns how many were purged.
 */
export async function purgeChatTranscripts(now: Date, days: number): Promise<number> {
  return db().transaction(async (tx) => {
    const purged = await tx
      .update(chat)
      .set({ firstName: null, resumeTokenHash: null, assignedUserName: null, transcriptDeletedAt: now })
      .where(and(lt(chat.endedAt, earlierBy(now, { days })), isNull(chat.transcriptDeletedAt)))
      .returning({ id: chat.id });
    if (purged.length === 0) return 0;
    await tx.delete(chatMessage).where(
      inArray(
        chatMessage.chatId,
        purged.map((p) => p.id),
      ),
    );
    const actor = systemActor("retention");
    await recordChanges(
      tx,
      purged.map((p) => ({ actor, entityType: "chat", entityId: p.id, action: "purge", before: null, after: { transcriptDeletedAt: now.toISOString() } })),
    );
    return purged.length;
  });
}
