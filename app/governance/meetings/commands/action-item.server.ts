import { eq, inArray } from "drizzle-orm";
import type { CurrentUser } from "../../../kit/permissions/roles";
import { recordChange } from "~/audit/public.server";
import { db } from "../../../kit/db/db.server";
import { InvalidInput, NotFound, throwIfIssues } from "../../../kit/validation/errors";
import { parseInput } from "../../../kit/validation/fields";
import { actorOf } from "~/network-map/public.server";
import { isCurrent } from "../../inputs";
import { groupMembership } from "../../schema.server";
import { actionItemInput, actionStatuses, type ActionItemInput, type ActionStatus } from "../inputs";
import { canRunMeetings } from "../permissions";
import { actionItem, agendaItem } from "../schema.server";
import { user } from "~/accounts/public.server";
import { notificationCause, notify, resolveNotifications } from "~/notifications/public.server";
import { guardedMeeting, meetingDay, meetingLink, memberUserIds, type Transaction } from "./shared.server";
import { wallClockInFinland } from "../../../kit/dates/calendar";

async function itemMeeting(tx: Transaction, agendaItemId: string) {
  const [item] = await tx.select({ meetingId: agendaItem.meetingId, status: agendaItem.status }).from(agendaItem).where(eq(agendaItem.id, agendaItemId));
  if (!item) throw new NotFound(`agenda item ${agendaItemId}`);
  return item;
}

/** Adds an action item under an accepted agenda item; its organisation must be a member of the group. */
export async function addActionItem(caller: CurrentUser, agendaItemId: string, raw: ActionItemInput, executor?: Transaction): Promise<string> {
  const input = parseInput(actionItemInput, raw);
  const run = async (tx: Transaction) => {
    const item = await itemMeeting(tx, agendaItemId);
    const { meeting: row, scope } = await guardedMeeting(tx, caller, item.meetingId, (s, today) => canRunMeetings(caller, s, today), "add action item in");
    if (item.status !== "accepted") throwIfIssues([{ path: "description", key: "meetings.validation.notOnAgenda" }]);
    if (input.organizationId) {
      const day = wallClockInFinland(row.startsAt).date;
      const members = await tx.select().from(groupMembership).where(eq(groupMembership.groupId, row.groupId));
      if (!members.some((m) => m.organizationId === input.organizationId && isCurrent(m, day)))
        throwIfIssues([{ path: "organizationId", key: "meetings.validation.notGroupMember" }]);
    }
    const values = {
      agendaItemId,
      description: input.description,
      owner: input.owner,
      organizationId: input.organizationId ?? null,
      dueOn: input.dueOn ?? null,
      status: input.status,
    };
    const [created] = await tx.insert(actionItem).values(values).returning({ id: actionItem.id });
    await recordChange(tx, { actor: actorOf(caller), entityType: "action_item", entityId: created.id, action: "create", before: null, after: values });
    const { mailIds } = await notify(tx, await ownerAccounts(tx, row.groupId, wallClockInFinland(row.startsAt).date, input.owner), {
      kind: "action_item.assigned",
      messageKey: "meetings.inbox.actionAssigned",
      values: { group: scope.name, date: meetingDay(row.startsAt), description: input.description },
      link: meetingLink(row.id),
      cause: notificationCause("action-item", created.id),
    });
    return { id: created.id, mailIds };
  };
  return (await (executor ? run(executor) : db().transaction(run))).id;
}

/**
 * The owner is written as free text; when it is the name or e-mail address of one of the group's
 * members with an account, that account is the owner's. Nobody outside the group is matched.
 */
async function ownerAccounts(tx: Transaction, groupId: string, day: string, owner: string): Promise<string[]> {
  const members = await memberUserIds(tx, groupId, day);
  if (members.length === 0) return [];
  const wanted = owner.trim().toLowerCase();
  const accounts = await tx.select({ id: user.id, name: user.name, email: user.email }).from(user).where(inArray(user.id, members));
  return accounts.filter((a) => a.email.toLowerCase() === wanted || a.name.trim().toLowerCase() === wanted).map((a) => a.id);
}

const isActionStatus = (status: string): status is ActionStatus => (actionStatuses as readonly string[]).includes(status);

/** Moves an action item along: open, in progress, done. The status is any text a form sends; it is checked after the permission. */
export async function setActionStatus(caller: CurrentUser, actionItemId: string, status: string): Promise<string> {
  return db().transaction(async (tx) => {
    const [action] = await tx.select().from(actionItem).where(eq(actionItem.id, actionItemId));
    if (!action) throw new NotFound(`action item ${actionItemId}`);
    const item = await itemMeeting(tx, action.agendaItemId);
    await guardedMeeting(tx, caller, item.meetingId, (s, today) => canRunMeetings(caller, s, today), "update action item in");
    if (!isActionStatus(status)) throw new InvalidInput([{ path: "status", key: "validation.invalid" }]);
    await tx.update(actionItem).set({ status }).where(eq(actionItem.id, actionItemId));
    if (status === "done") await resolveNotifications(tx, { cause: notificationCause("action-item", actionItemId), reason: "actionDone" });
    await recordChange(tx, {
      actor: actorOf(caller),
      entityType: "action_item",
      entityId: actionItemId,
      action: "update",
      before: { status: action.status },
      after: { status },
    });
    return item.meetingId;
  });
}
