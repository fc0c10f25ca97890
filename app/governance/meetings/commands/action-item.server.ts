import { eq } from "drizzle-orm";
import type { CurrentUser } from "../../../accounts/roles";
import { recordChange } from "../../../audit/record-change.server";
import { db } from "../../../foundation/db.server";
import { parseInput } from "../../../foundation/validation/fields";
import { actorOf, NotFound, throwIfIssues } from "../../../network-map/commands/shared.server";
import { isCurrent } from "../../inputs";
import { groupMembership } from "../../schema.server";
import { actionItemInput, actionStatuses, finnishParts, type ActionItemInput, type ActionStatus } from "../inputs";
import { canRunMeetings } from "../permissions";
import { actionItem, agendaItem } from "../schema.server";
import { guardedMeeting, type Transaction } from "./shared.server";

async function itemMeeting(tx: Transaction, agendaItemId: string) {
  const [item] = await tx.select({ meetingId: agendaItem.meetingId, status: agendaItem.status }).from(agendaItem).where(eq(agendaItem.id, agendaItemId));
  if (!item) throw new NotFound(`agenda item ${agendaItemId}`);
  return item;
}

/** Adds an action item under an accepted agenda item; its organisation must be a member of the group. */
export async function addActionItem(caller: CurrentUser, agendaItemId: string, raw: ActionItemInput): Promise<string> {
  const input = parseInput(actionItemInput, raw);
  return db().transaction(async (tx) => {
    const item = await itemMeeting(tx, agendaItemId);
    const { meeting: row } = await guardedMeeting(tx, caller, item.meetingId, (s, today) => canRunMeetings(caller, s, today), "add action item in");
    if (item.status !== "accepted") throwIfIssues([{ path: "description", key: "meetings.validation.notOnAgenda" }]);
    if (input.organizationId) {
      const day = finnishParts(row.startsAt).date;
      const members = await tx.select().from(groupMembership).where(eq(groupMembership.groupId, row.groupId));
      if (!members.some((m) => m.organizationId === input.organizationId && isCurrent(m, day)))
        throwIfIssues([{ path: "organizationId", key: "meetings.validation.notGroupMember" }]);
    }
    const values = { agendaItemId, description: input.description, owner: input.owner, organizationId: input.organizationId ?? null, dueOn: input.dueOn ?? null, status: input.status };
    const [created] = await tx.insert(actionItem).values(values).returning({ id: actionItem.id });
    await recordChange(tx, { actor: actorOf(caller), entityType: "action_item", entityId: created.id, action: "create", before: null, after: values });
    return created.id;
  });
}

/** Moves an action item along: open, in progress, done. */
export async function setActionStatus(caller: CurrentUser, actionItemId: string, status: ActionStatus): Promise<string> {
  return db().transaction(async (tx) => {
    const [action] = await tx.select().from(actionItem).where(eq(actionItem.id, actionItemId));
    if (!action) throw new NotFound(`action item ${actionItemId}`);
    const item = await itemMeeting(tx, action.agendaItemId);
    await guardedMeeting(tx, caller, item.meetingId, (s, today) => canRunMeetings(caller, s, today), "update action item in");
    if (!(actionStatuses as readonly string[]).includes(status)) throwIfIssues([{ path: "status", key: "validation.invalid" }]);
    await tx.update(actionItem).set({ status }).where(eq(actionItem.id, actionItemId));
    await recordChange(tx, { actor: actorOf(caller), entityType: "action_item", entityId: actionItemId, action: "update", before: { status: action.status }, after: { status } });
    return item.meetingId;
  });
}
