import { and, eq, gt, lte } from "drizzle-orm";
import { actorOf, recordChange } from "~/audit/public.server";
import { inviteToRate } from "~/feedback/public.server";
import { db, type Transaction } from "../../kit/db/db.server";
import type { Language } from "../../kit/i18n/languages";
import { languages } from "../../kit/i18n/languages";
import type { CurrentUser } from "../../kit/permissions/roles";
import { InvalidInput, NotFound, requirePermission } from "../../kit/validation/errors";
import { parseInput } from "../../kit/validation/fields";
import { appendMessage, assignChat, assignQueued, dutyRegionsOf } from "../duty.server";
import { endInput, messageInput, transferInput } from "../inputs";
import { announce, topics } from "../live.server";
import { canReadChat, canTakeChat } from "../permissions";
import { chat, chatShift } from "../schema.server";

/** Someone else took the chat first, or it ended: routes answer 409. */
export class ChatTaken extends Error {
  constructor(id: string) {
    super(`Chat ${id} is no longer in the queue`);
  }
}

async function lockedChat(tx: Transaction, id: string) {
  const [row] = await tx.select().from(chat).where(eq(chat.id, id)).for("update");
  if (!row) throw new NotFound(`chat ${id}`);
  return row;
}

/** The shift the user is on now in a region: what they answer for. */
async function ownShiftNow(tx: Transaction, user: CurrentUser, regionCode: string, now: Date) {
  const [shift] = await tx
    .select()
    .from(chatShift)
    .where(and(eq(chatShift.userId, user.id), eq(chatShift.regionCode, regionCode), lte(chatShift.startsAt, now), gt(chatShift.endsAt, now)))
    .limit(1);
  return shift ?? null;
}

/** Someone on duty picks a chat from the queue; 409 when someone else was first. */
export async function takeChat(user: CurrentUser, id: string, now = new Date()): Promise<void> {
  await db().transaction(async (tx) => {
    const row = await lockedChat(tx, id);
    const dutyRegions = await dutyRegionsOf(tx, user.id, now);
    requirePermission(dutyRegions.includes(row.regionCode), "take a chat outside one's duty");
    if (!canTakeChat(dutyRegions, row)) throw new ChatTaken(id);
    const shift = await ownShiftNow(tx, user, row.regionCode, now);
    await assignChat(tx, id, { userId: user.id, userName: shift.userName, organizationId: shift.organizationId }, now);
    await recordChange(tx, {
      actor: actorOf(user),
      entityType: "chat",
      entityId: id,
      action: "take",
      before: { status: "queued" },
      after: { status: "active" },
    });
  });
}

/** The practitioner's message in a chat they hold; stored before the answer. Returns its number. */
export async function postPractitionerMessage(user: CurrentUser, id: string, raw: { body?: string }, now = new Date()): Promise<number> {
  const input = parseInput(messageInput, raw);
  return db().transaction(async (tx) => {
    const row = await lockedChat(tx, id);
    requirePermission(canReadChat(user, row), "write in a chat one does not hold");
    const sequence = await appendMessage(tx, id, { senderKind: "practitioner", senderName: row.assignedUserName, body: input.body }, now);
    if (sequence === null) throw new ChatTaken(id);
    return sequence;
  });
}

/** Hands a chat to a colleague on duty in the same region now (usually of another organisation). */
export async function transferChat(user: CurrentUser, id: string, raw: { toShiftId?: string }, now = new Date()): Promise<void> {
  const input = parseInput(transferInput, raw);
  await db().transaction(async (tx) => {
    const row = await lockedChat(tx, id);
    requirePermission(canReadChat(user, row), "transfer a chat one does not hold");
    if (row.status !== "active") throw new ChatTaken(id);
    const [target] = await tx
      .select()
      .from(chatShift)
      .where(and(eq(chatShift.id, input.toShiftId), eq(chatShift.regionCode, row.regionCode), lte(chatShift.startsAt, now), gt(chatShift.endsAt, now)));
    if (!target || target.userId === user.id) throw new InvalidInput([{ path: "toShiftId", key: "chatWork.transferNotOnDuty" }]);
    await assignChat(tx, id, { userId: target.userId, userName: target.userName, organizationId: target.organizationId }, now, user.id);
    await recordChange(tx, {
      actor: actorOf(user),
      entityType: "chat",
      entityId: id,
      action: "transfer",
      before: { assignedUserId: user.id },
      after: { assignedUserId: target.userId },
    });
    await assignQueued(tx, row.regionCode, now);
  });
}

/**
 * Ends a chat with the topic code the statistics count, opens the satisfaction question (decision
 * 0202) that the citizen's page then offers, and gives the next queued chat out.
 */
export async function endChat(user: CurrentUser, id: string, raw: { endTopic?: string }, now = new Date()): Promise<void> {
  const input = parseInput(endInput, raw);
  await db().transaction(async (tx) => {
    const row = await lockedChat(tx, id);
    requirePermission(canReadChat(user, row), "end a chat one does not hold");
    if (row.status === "ended") {
      // The citizen left first: the topic code is still recorded.
      await tx.update(chat).set({ endTopic: input.endTopic }).where(eq(chat.id, id));
      return;
    }
    const language: Language = (languages as readonly string[]).includes(row.language) ? (row.language as Language) : "fi";
    const satisfactionPath = row.organizationId
      ? await inviteToRate(tx, { kind: "chat", organizationId: row.organizationId, serviceId: row.serviceId, channel: "chat", language }, now)
      : null;
    await appendMessage(tx, id, { senderKind: "system", body: "ended" }, now);
    await tx.update(chat).set({ status: "ended", endedAt: now, endTopic: input.endTopic, satisfactionPath }).where(eq(chat.id, id));
    await announce(tx, topics.chat(id), topics.user(user.id), topics.region(row.regionCode));
    await recordChange(tx, {
      actor: actorOf(user),
      entityType: "chat",
      entityId: id,
      action: "end",
      before: { status: row.status },
      after: { status: "ended", endTopic: input.endTopic },
    });
    await assignQueued(tx, row.regionCode, now);
  });
}
