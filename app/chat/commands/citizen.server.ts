import { eq } from "drizzle-orm";
import { recordChange, systemActor } from "~/audit/public.server";
import { db, type Transaction } from "../../kit/db/db.server";
import { InvalidInput } from "../../kit/validation/errors";
import { parseInput } from "../../kit/validation/fields";
import { hashSecretToken, newSecretToken } from "../../kit/secret-token.server";
import { appendMessage, assignQueued, shiftsNow } from "../duty.server";
import { messageInput, startInput, type StartInput } from "../inputs";
import { announce, topics } from "../live.server";
import { chat } from "../schema.server";

/** How the audit trail names a citizen who has no account. */
const citizenActor = systemActor("citizen");

/**
 * The citizen's one start step: a chat in the region's queue, given at once to someone on duty when
 * the region assigns automatically. Refused when nobody is on duty. Returns the resume token, which
 * the browser keeps in an httpOnly cookie; only its hash is stored.
 */
export async function startChat(raw: StartInput, now = new Date(), executor?: Transaction): Promise<{ id: string; token: string }> {
  const input = parseInput(startInput, raw);
  const run = async (tx: Transaction) => {
    if ((await shiftsNow(tx, now, input.regionCode)).length === 0) throw new InvalidInput([{ path: "regionCode", key: "chat.closedNow" }]);
    const token = newSecretToken();
    const [row] = await tx
      .insert(chat)
      .values({
        regionCode: input.regionCode,
        language: input.language,
        topic: input.topic,
        serviceId: input.serviceId ?? null,
        firstName: input.firstName ?? null,
        resumeTokenHash: hashSecretToken(token),
        createdAt: now,
        lastActivityAt: now,
      })
      .returning({ id: chat.id });
    await recordChange(tx, {
      actor: citizenActor,
      entityType: "chat",
      entityId: row.id,
      action: "create",
      before: null,
      after: { regionCode: input.regionCode, language: input.language, topic: input.topic },
    });
    await announce(tx, topics.region(input.regionCode));
    await assignQueued(tx, input.regionCode, now);
    return { id: row.id, token };
  };
  return executor ? run(executor) : db().transaction(run);
}

/** The chat a resume token opens, if any. */
export async function chatOfToken(executor: Pick<Transaction, "select">, token: string) {
  const [row] = await executor
    .select()
    .from(chat)
    .where(eq(chat.resumeTokenHash, hashSecretToken(token)));
  return row ?? null;
}

/**
 * A citizen's message, stored (and numbered) before the answer says it was sent. Refused when the
 * chat has ended. Returns its sequence number.
 */
export async function postCitizenMessage(token: string, raw: { body?: string }, now = new Date()): Promise<number> {
  const input = parseInput(messageInput, raw);
  return db().transaction(async (tx) => {
    const row = await chatOfToken(tx, token);
    if (!row) throw new InvalidInput([{ path: "body", key: "chat.notFound" }]);
    const sequence = await appendMessage(tx, row.id, { senderKind: "citizen", senderName: row.firstName, body: input.body }, now);
    if (sequence === null) throw new InvalidInput([{ path: "body", key: "chat.alreadyEnded" }]);
    return sequence;
  });
}

/** The citizen leaves: the chat ends without a topic code (the practitioner's view says the citizen left). */
export async function leaveChat(token: string, now = new Date()): Promise<void> {
  await db().transaction(async (tx) => {
    const row = await chatOfToken(tx, token);
    if (!row || row.status === "ended") return;
    await appendMessage(tx, row.id, { senderKind: "system", body: "left" }, now);
    await tx.update(chat).set({ status: "ended", endedAt: now }).where(eq(chat.id, row.id));
    await announce(tx, topics.chat(row.id), topics.region(row.regionCode), ...(row.assignedUserId ? [topics.user(row.assignedUserId)] : []));
    await recordChange(tx, {
      actor: citizenActor,
      entityType: "chat",
      entityId: row.id,
      action: "end",
      before: { status: row.status },
      after: { status: "ended" },
    });
    if (row.assignedUserId) await assignQueued(tx, row.regionCode, now);
  });
}
