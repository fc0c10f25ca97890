import { eq } from "drizzle-orm";
import type { CurrentUser } from "../../kit/permissions/roles";
import { editConflict, recordChange } from "~/audit/public.server";
import { updateVersioned } from "../../kit/db/versioned-update.server";
import { db } from "../../kit/db/db.server";
import { parseInput } from "../../kit/validation/fields";
import { type Issue, NotFound, requirePermission, throwIfIssues } from "../../kit/validation/errors";
import { actorOf } from "~/network-map/public.server";
import { membershipInput, periodsOverlap, type MembershipInput } from "../inputs";
import { canEditGroupMembers } from "../permissions";
import { groupMembership } from "../schema.server";
import { checkMemberReferences, loadGroupScope, type Transaction } from "./shared.server";
import { todayInFinland } from "../../kit/dates/calendar";

type Parsed = ReturnType<typeof membershipInput.parse>;

const values = (input: Parsed) => ({
  organizationId: input.organizationId,
  practitionerId: input.practitionerId ?? null,
  position: input.position,
  startsOn: input.startsOn,
  endsOn: input.endsOn ?? null,
});

/** A group has one chair at a time: a chair's period may not overlap another chair's. */
function chairIssues(
  scope: { memberships: { id: string; position: string; startsOn: string; endsOn: string | null }[] },
  input: Parsed,
  selfId?: string,
): Issue[] {
  if (input.position !== "chair") return [];
  const clash = scope.memberships.some((m) => m.id !== selfId && m.position === "chair" && periodsOverlap(m, input));
  return clash ? [{ path: "position", key: "governance.validation.oneChair" }] : [];
}

async function guarded(tx: Transaction, caller: CurrentUser, groupId: string, what: string) {
  const scope = await loadGroupScope(tx, groupId);
  if (!scope) throw new NotFound(`group ${groupId}`);
  requirePermission(canEditGroupMembers(caller, scope, todayInFinland()), what);
  return scope;
}

/** Adds a membership; with `executor`, inside the caller's transaction. */
export async function addMember(caller: CurrentUser, groupId: string, raw: MembershipInput, executor?: Transaction): Promise<string> {
  const input = parseInput(membershipInput, raw);
  const run = async (tx: Transaction) => {
    const scope = await guarded(tx, caller, groupId, `add member to group ${groupId}`);
    throwIfIssues([...(await checkMemberReferences(tx, scope.regionCode, input)), ...chairIssues(scope, input)]);
    const [created] = await tx
      .insert(groupMembership)
      .values({ groupId, ...values(input) })
      .returning({ id: groupMembership.id });
    await recordChange(tx, {
      actor: actorOf(caller),
      entityType: "group_membership",
      entityId: created.id,
      action: "create",
      before: null,
      after: { groupId, ...values(input) },
    });
    return created.id;
  };
  return executor ? run(executor) : db().transaction(run);
}

async function membershipGroup(id: string) {
  const [row] = await db().select({ groupId: groupMembership.groupId }).from(groupMembership).where(eq(groupMembership.id, id));
  if (!row) throw new NotFound(`membership ${id}`);
  return row.groupId;
}

/** Changes a membership's position or period (ending it is setting its end date). */
export async function updateMember(caller: CurrentUser, id: string, raw: MembershipInput): Promise<void> {
  const input = parseInput(membershipInput, raw);
  const groupId = await membershipGroup(id);
  await db().transaction(async (tx) => {
    const scope = await guarded(tx, caller, groupId, `update membership ${id}`);
    const [before] = await tx.select().from(groupMembership).where(eq(groupMembership.id, id)).for("update");
    if (!before || before.groupId !== groupId) throw new NotFound(`membership ${id}`);
    // An organisation that has left the network keeps its membership, which can still be ended.
    const references =
      input.organizationId === before.organizationId && (input.practitionerId ?? null) === before.practitionerId
        ? []
        : await checkMemberReferences(tx, scope.regionCode, input);
    throwIfIssues([...references, ...chairIssues(scope, input, id)]);
    await updateVersioned(tx, groupMembership, { id, version: input.version }, values(input), () =>
      editConflict(tx, "group_membership", [id], `membership ${id}`),
    );
    await recordChange(tx, {
      actor: actorOf(caller),
      entityType: "group_membership",
      entityId: id,
      action: "update",
      before: {
        organizationId: before.organizationId,
        practitionerId: before.practitionerId,
        position: before.position,
        startsOn: before.startsOn,
        endsOn: before.endsOn,
      },
      after: values(input),
    });
  });
}

/** Removes a membership recorded by mistake; a membership that ended gets an end date instead. */
export async function removeMember(caller: CurrentUser, id: string): Promise<string> {
  const groupId = await membershipGroup(id);
  await db().transaction(async (tx) => {
    await guarded(tx, caller, groupId, `remove membership ${id}`);
    const [before] = await tx.delete(groupMembership).where(eq(groupMembership.id, id)).returning();
    if (!before) throw new NotFound(`membership ${id}`);
    await recordChange(tx, { actor: actorOf(caller), entityType: "group_membership", entityId: id, action: "delete", before, after: null });
  });
  return groupId;
}
