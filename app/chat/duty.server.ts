import { and, asc, eq, gt, inArray, lte, sql } from "drizzle-orm";
import type { Database, Transaction } from "../kit/db/db.server";
import { chooseAssignee, type DutyCandidate } from "./assignment";
import { announce, topics } from "./live.server";
import { chat, chatMessage, chatRegionSetting, chatShift } from "./schema.server";

type Executor = Database | Transaction;

/** A region's settings; the defaults when a coordinator has set none. */
export async function regionSettingOf(executor: Executor, regionCode: string): Promise<{ autoAssign: boolean; maxParallel: number }> {
  const [row] = await executor.select().from(chatRegionSetting).where(eq(chatRegionSetting.regionCode, regionCode));
  return { autoAssign: row?.autoAssign ?? true, maxParallel: row?.maxParallel ?? 3 };
}

/** The shifts going on now in a region (or all regions), earliest first. */
export async function shiftsNow(executor: Executor, now: Date, regionCode?: string) {
  return executor
    .select()
    .from(chatShift)
    .where(and(lte(chatShift.startsAt, now), gt(chatShift.endsAt, now), regionCode ? eq(chatShift.regionCode, regionCode) : undefined))
    .orderBy(asc(chatShift.startsAt), asc(chatShift.id));
}

/** The regions a person is on duty in now. */
export async function dutyRegionsOf(executor: Executor, userId: string, now: Date): Promise<string[]> {
  const rows = await executor
    .selectDistinct({ regionCode: chatShift.regionCode })
    .from(chatShift)
    .where(and(eq(chatShift.userId, userId), lte(chatShift.startsAt, now), gt(chatShift.endsAt, now)));
  return rows.map((r) => r.regionCode).sort();
}

/** The people on duty in a region now, each once, with how many chats they hold. */
export async function candidatesIn(executor: Executor, regionCode: string, now: Date): Promise<DutyCandidate[]> {
  const shifts = await shiftsNow(executor, now, regionCode);
  const byUser = new Map<string, DutyCandidate>();
  for (const s of shifts) {
    const known = byUser.get(s.userId);
    if (known) {
      known.languages = [...new Set([...known.languages, ...s.languages])];
      known.topics = known.topics.length === 0 || s.topics.length === 0 ? [] : [...new Set([...known.topics, ...s.topics])];
      continue;
    }
    byUser.set(s.userId, {
      shiftId: s.id,
      userId: s.userId,
      userName: s.userName,
      organizationId: s.organizationId,
      languages: s.languages,
      topics: s.topics,
      activeChats: 0,
      lastAssignedAt: null,
    });
  }
  if (byUser.size === 0) return [];
  const loads = await executor
    .select({ userId: chat.assignedUserId, active: sql<number>`count(*)::int`, last: sql<Date | null>`max(${chat.answeredAt})` })
    .from(chat)
    .where(and(inArray(chat.assignedUserId, [...byUser.keys()]), eq(chat.status, "active")))
    .groupBy(chat.assignedUserId);
  for (const load of loads) {
    const candidate = byUser.get(load.userId!);
    if (candidate) {
      candidate.activeChats = load.active;
      candidate.lastAssignedAt = load.last ? new Date(load.last) : null;
    }
  }
  return [...byUser.values()];
}

/** Appends a message to a chat, numbered next; null when the chat has ended (or is not there). */
export async function appendMessage(
  tx: Transaction,
  chatId: string,
  message: { senderKind: "citizen" | "practitioner" | "system"; senderName?: string | null; body: string },
  now: Date,
): Promise<number | null> {
  const [row] = await tx
    .update(chat)
    .set({ lastSequence: sql`${chat.lastSequence} + 1`, lastActivityAt: now })
    .where(and(eq(chat.id, chatId), inArray(chat.status, ["queued", "active"])))
    .returning({ sequence: chat.lastSequence });
  if (!row) return null;
  await tx
    .insert(chatMessage)
    .values({ chatId, sequence: row.sequence, senderKind: message.senderKind, senderName: message.senderName ?? null, body: message.body, createdAt: now });
  await announce(tx, topics.chat(chatId));
  return row.sequence;
}

/**
 * Gives a chat to someone on duty: status active, their name on it, a system line in the transcript
 * that says who answers. The caller has checked that it may.
 */
export async function assignChat(
  tx: Transaction,
  chatId: string,
  to: { userId: string; userName: string; organizationId: string },
  now: Date,
  fromUserId?: string,
) {
  const [row] = await tx
    .update(chat)
    .set({
      status: "active",
      assignedUserId: to.userId,
      assignedUserName: to.userName,
      organizationId: to.organizationId,
      transferredFromUserId: fromUserId ?? null,
      answeredAt: sql`coalesce(${chat.answeredAt}, ${now.toISOString()}::timestamptz)`,
    })
    .where(and(eq(chat.id, chatId), fromUserId ? eq(chat.assignedUserId, fromUserId) : eq(chat.status, "queued")))
    .returning({ regionCode: chat.regionCode });
  if (!row) return false;
  await appendMessage(tx, chatId, { senderKind: "system", body: fromUserId ? "transferred" : "joined", senderName: to.userName }, now);
  await announce(tx, topics.region(row.regionCode), topics.user(to.userId), ...(fromUserId ? [topics.user(fromUserId)] : []));
  return true;
}

/** When the region assigns automatically: gives its queued chats, oldest first, to whoever may take them. */
export async function assignQueued(tx: Transaction, regionCode: string, now: Date): Promise<number> {
  const setting = await regionSettingOf(tx, regionCode);
  if (!setting.autoAssign) return 0;
  // One assignment round per region at a time, so that two starts do not both give the last free slot.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`chat-assign:${regionCode}`}))`);
  const queued = await tx
    .select({ id: chat.id, language: chat.language, topic: chat.topic })
    .from(chat)
    .where(and(eq(chat.regionCode, regionCode), eq(chat.status, "queued")))
    .orderBy(asc(chat.createdAt), asc(chat.id));
  if (queued.length === 0) return 0;
  const candidates = await candidatesIn(tx, regionCode, now);
  let assigned = 0;
  for (const waiting of queued) {
    const chosen = chooseAssignee(candidates, waiting, setting.maxParallel);
    if (!chosen) continue;
    if (await assignChat(tx, waiting.id, chosen, now)) {
      chosen.activeChats += 1;
      chosen.lastAssignedAt = now;
      assigned += 1;
    }
  }
  return assigned;
}
