import { eq, inArray } from "drizzle-orm";
import { actorOf, recordChange } from "~/audit/public.server";
import { staffUserIds, user as account } from "~/accounts/public.server";
import { workScopeOf } from "~/network-map/public.server";
import { db, type Transaction } from "../../kit/db/db.server";
import type { CurrentUser } from "../../kit/permissions/roles";
import { InvalidInput, NotFound, requirePermission } from "../../kit/validation/errors";
import { parseInput } from "../../kit/validation/fields";
import { cannedInput, regionSettingInput, shiftInput, swapInput, type ShiftInput } from "../inputs";
import { announce, topics } from "../live.server";
import { canAskSwap, canManageRegionChat, canPlanShift } from "../permissions";
import { chatCannedAnswer, chatRegionSetting, chatShift } from "../schema.server";

/** A duty shift for someone of an organisation; the planner must plan for that region and organisation. */
export async function createShift(user: CurrentUser, raw: ShiftInput, executor?: Transaction): Promise<string> {
  const input = parseInput(shiftInput, raw);
  const run = async (tx: Transaction) => {
    requirePermission(canPlanShift(user, await workScopeOf(user, tx), input), "plan a chat shift");
    const staff = await staffUserIds(tx, { organizationIds: [input.organizationId] });
    if (!staff.includes(input.userId)) throw new InvalidInput([{ path: "userId", key: "chatRoster.notStaff" }]);
    const [person] = await tx.select({ name: account.name }).from(account).where(eq(account.id, input.userId));
    const [row] = await tx
      .insert(chatShift)
      .values({ ...input, topics: [...new Set(input.topics)], languages: [...new Set(input.languages)], userName: person.name, createdBy: user.id })
      .returning({ id: chatShift.id });
    await recordChange(tx, {
      actor: actorOf(user),
      entityType: "chat_shift",
      entityId: row.id,
      action: "create",
      before: null,
      after: { regionCode: input.regionCode, userId: input.userId, startsAt: input.startsAt.toISOString(), endsAt: input.endsAt.toISOString() },
    });
    await announce(tx, topics.region(input.regionCode));
    return row.id;
  };
  return executor ? run(executor) : db().transaction(run);
}

export async function deleteShift(user: CurrentUser, id: string): Promise<void> {
  await db().transaction(async (tx) => {
    const [shift] = await tx.select().from(chatShift).where(eq(chatShift.id, id));
    if (!shift) throw new NotFound(`chat shift ${id}`);
    requirePermission(canPlanShift(user, await workScopeOf(user, tx), shift), "remove a chat shift");
    await tx.delete(chatShift).where(eq(chatShift.id, id));
    await recordChange(tx, { actor: actorOf(user), entityType: "chat_shift", entityId: id, action: "delete", before: { userId: shift.userId }, after: null });
    await announce(tx, topics.region(shift.regionCode));
  });
}

/** The person on a shift asks the planners to give it to someone else; the roster shows the request. */
export async function askSwap(user: CurrentUser, id: string, raw: { note?: string }, now = new Date()): Promise<void> {
  const input = parseInput(swapInput, raw);
  await db().transaction(async (tx) => {
    const [shift] = await tx.select().from(chatShift).where(eq(chatShift.id, id));
    if (!shift) throw new NotFound(`chat shift ${id}`);
    requirePermission(canAskSwap(user, shift), "ask to swap another's shift");
    await tx
      .update(chatShift)
      .set({ swapRequestedAt: now, swapNote: input.note ?? null })
      .where(eq(chatShift.id, id));
    await recordChange(tx, {
      actor: actorOf(user),
      entityType: "chat_shift",
      entityId: id,
      action: "update",
      before: { swapRequested: false },
      after: { swapRequested: true },
    });
  });
}

export async function setRegionSetting(user: CurrentUser, raw: { regionCode?: string; autoAssign?: string; maxParallel?: string }): Promise<void> {
  const input = parseInput(regionSettingInput, raw);
  requirePermission(canManageRegionChat(user, input.regionCode), "set a region's chat settings");
  await db().transaction(async (tx) => {
    const values = { autoAssign: input.autoAssign === "yes", maxParallel: input.maxParallel, updatedBy: user.id, updatedAt: new Date() };
    await tx
      .insert(chatRegionSetting)
      .values({ regionCode: input.regionCode, ...values })
      .onConflictDoUpdate({ target: chatRegionSetting.regionCode, set: values });
    await recordChange(tx, {
      actor: actorOf(user),
      entityType: "chat_region_setting",
      entityId: input.regionCode,
      action: "update",
      before: null,
      after: values,
    });
  });
}

export async function addCannedAnswer(
  user: CurrentUser,
  raw: Partial<Record<"regionCode" | "language" | "title" | "body", string>>,
  executor?: Transaction,
): Promise<string> {
  const input = parseInput(cannedInput, raw);
  requirePermission(canManageRegionChat(user, input.regionCode), "add a canned answer");
  const run = async (tx: Transaction) => {
    const [row] = await tx
      .insert(chatCannedAnswer)
      .values({ ...input, createdBy: user.id })
      .returning({ id: chatCannedAnswer.id });
    await recordChange(tx, {
      actor: actorOf(user),
      entityType: "chat_canned_answer",
      entityId: row.id,
      action: "create",
      before: null,
      after: { title: input.title },
    });
    return row.id;
  };
  return executor ? run(executor) : db().transaction(run);
}

export async function deleteCannedAnswer(user: CurrentUser, id: string): Promise<void> {
  await db().transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(chatCannedAnswer)
      .where(inArray(chatCannedAnswer.id, [id]));
    if (!row) throw new NotFound(`canned answer ${id}`);
    requirePermission(canManageRegionChat(user, row.regionCode), "remove a canned answer");
    await tx.delete(chatCannedAnswer).where(eq(chatCannedAnswer.id, id));
    await recordChange(tx, {
      actor: actorOf(user),
      entityType: "chat_canned_answer",
      entityId: id,
      action: "delete",
      before: { title: row.title },
      after: null,
    });
  });
}
