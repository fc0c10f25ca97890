import { and, eq, lte, ne } from "drizzle-orm";
import type { CurrentUser } from "../../kit/permissions/roles";
import { editConflict, recordChange } from "~/audit/public.server";
import { updateVersioned } from "../../kit/db/versioned-update.server";
import { db } from "../../kit/db/db.server";
import { parseInput } from "../../kit/validation/fields";
import { actorOf, checkCodes } from "~/network-map/public.server";
import { NotFound, requirePermission, throwIfIssues } from "../../kit/validation/errors";
import { communicationInput, planYear, regionCode as regionCodeInput, reviewInput, type CommunicationInput, type ReviewInput } from "../inputs";
import { canEditPlans } from "../permissions";
import { communicationItem } from "../schema.server";
import { z } from "zod";
import type { Transaction } from "./shared.server";
import { meeting, networkGroup } from "~/governance/public.server";

/** A meeting of one of the region's groups that has begun and was not cancelled. */
async function isHeldMeetingOf(tx: Transaction, regionCode: string, meetingId: string): Promise<boolean> {
  const rows = await tx
    .select({ id: meeting.id })
    .from(meeting)
    .innerJoin(networkGroup, eq(networkGroup.id, meeting.groupId))
    .where(and(eq(meeting.id, meetingId), eq(networkGroup.regionCode, regionCode), ne(meeting.status, "cancelled"), lte(meeting.startsAt, new Date())));
  return rows.length > 0;
}

const values = (input: ReturnType<typeof communicationInput.parse>) => ({
  targetGroup: input.targetGroup,
  months: input.months,
  timing: input.timing ?? "",
  channel: input.channel,
  responsible: input.responsible,
  content: input.content,
  aim: input.aim ?? "",
});

const stored = (row: typeof communicationItem.$inferSelect) => ({
  regionCode: row.regionCode,
  year: row.year,
  targetGroup: row.targetGroup,
  months: row.months,
  timing: row.timing,
  channel: row.channel,
  responsible: row.responsible,
  content: row.content,
  aim: row.aim,
  reviewedOn: row.reviewedOn,
  reviewedBy: row.reviewedBy,
  reviewNote: row.reviewNote,
  reviewedAtMeetingId: row.reviewedAtMeetingId,
});

const where = z.object({ regionCode: regionCodeInput, year: planYear });

export async function addCommunicationItem(
  caller: CurrentUser,
  place: { regionCode: string; year: number | string },
  raw: CommunicationInput,
  executor?: Transaction,
): Promise<string> {
  const { regionCode, year } = parseInput(where, place);
  requirePermission(canEditPlans(caller, regionCode), `add communication item in ${regionCode}`);
  const input = parseInput(communicationInput, raw);
  const run = async (tx: Transaction) => {
    throwIfIssues(await checkCodes(tx, [{ path: "regionCode", table: "region", values: [regionCode] }]));
    const after = { regionCode, year, ...values(input) };
    const [created] = await tx.insert(communicationItem).values(after).returning({ id: communicationItem.id });
    await recordChange(tx, { actor: actorOf(caller), entityType: "communication_item", entityId: created.id, action: "create", before: null, after });
    return created.id;
  };
  return executor ? run(executor) : db().transaction(run);
}

async function lock(tx: Transaction, id: string) {
  const [row] = await tx.select().from(communicationItem).where(eq(communicationItem.id, id)).for("update");
  if (!row) throw new NotFound(`communication item ${id}`);
  return row;
}

export async function updateCommunicationItem(caller: CurrentUser, id: string, raw: CommunicationInput): Promise<void> {
  await db().transaction(async (tx) => {
    const before = await lock(tx, id);
    requirePermission(canEditPlans(caller, before.regionCode), `update communication item ${id}`);
    const input = parseInput(communicationInput, raw);
    await updateVersioned(tx, communicationItem, { id, version: input.version }, { ...values(input), updatedAt: new Date() }, () =>
      editConflict(tx, "communication_item", [id], `communication item ${id}`),
    );
    await recordChange(tx, {
      actor: actorOf(caller),
      entityType: "communication_item",
      entityId: id,
      action: "update",
      before: stored(before),
      after: { ...stored(before), ...values(input) },
    });
  });
}

export async function deleteCommunicationItem(caller: CurrentUser, id: string): Promise<void> {
  await db().transaction(async (tx) => {
    const before = await lock(tx, id);
    requirePermission(canEditPlans(caller, before.regionCode), `delete communication item ${id}`);
    await tx.delete(communicationItem).where(eq(communicationItem.id, id));
    await recordChange(tx, { actor: actorOf(caller), entityType: "communication_item", entityId: id, action: "delete", before: stored(before), after: null });
  });
}

/** "Reviewed at the meeting of …": the day, who marked it, and an optional note naming the meeting. */
export async function markReviewed(caller: CurrentUser, id: string, raw: ReviewInput, executor?: Transaction): Promise<void> {
  const run = async (tx: Transaction) => {
    const before = await lock(tx, id);
    requirePermission(canEditPlans(caller, before.regionCode), `review communication item ${id}`);
    const input = parseInput(reviewInput, raw);
    const reviewedAtMeetingId = input.reviewedAtMeetingId ?? null;
    if (reviewedAtMeetingId && !(await isHeldMeetingOf(tx, before.regionCode, reviewedAtMeetingId)))
      throwIfIssues([{ path: "reviewedAtMeetingId", key: "planning.validation.reviewMeeting" }]);
    const after = { reviewedOn: input.reviewedOn, reviewedBy: caller.name || caller.email, reviewNote: input.reviewNote ?? "", reviewedAtMeetingId };
    // Bumps the version too: an edit form opened before the review is stale.
    await updateVersioned(tx, communicationItem, { id }, { ...after, updatedAt: new Date() }, () =>
      editConflict(tx, "communication_item", [id], `communication item ${id}`),
    );
    await recordChange(tx, {
      actor: actorOf(caller),
      entityType: "communication_item",
      entityId: id,
      action: "review",
      before: stored(before),
      after: { ...stored(before), ...after },
    });
  };
  await (executor ? run(executor) : db().transaction(run));
}
