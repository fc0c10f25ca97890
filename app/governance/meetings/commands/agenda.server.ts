import { and, eq, sql } from "drizzle-orm";
import type { CurrentUser } from "../../../kit/permissions/roles";
import { recordChange } from "~/audit/public.server";
import { db } from "../../../kit/db/db.server";
import { parseInput } from "../../../kit/validation/fields";
import { actorOf } from "~/network-map/public.server";
import { NotFound, requirePermission, throwIfIssues } from "../../../kit/validation/errors";
import { todayInFinland } from "../../../kit/dates/calendar";
import { networkGroup } from "../../schema.server";
import { agendaInput, agendaItemInput, decisionInput, type AgendaInput, type AgendaItemInput, type DecisionInput } from "../inputs";
import { canProposeAgendaItem, canReadMeetings, canRunMeetings } from "../permissions";
import { agendaItem, meeting } from "../schema.server";
import { notify } from "~/notifications/public.server";
import { conflict, guardedMeeting, loadScope, meetingDay, meetingLink, type Transaction } from "./shared.server";

/**
 * Proposes an item for a meeting's agenda: a member until the deadline (the chair, secretary and
 * coordinators at any time), or a sub-group's chair or secretary on the sub-group's behalf.
 */
export async function proposeAgendaItem(
  caller: CurrentUser,
  meetingId: string,
  raw: AgendaItemInput,
  now = new Date(),
  executor?: Transaction,
): Promise<string> {
  const input = parseInput(agendaItemInput, raw);
  const run = async (tx: Transaction) => {
    const [found] = await tx.select({ groupId: meeting.groupId }).from(meeting).where(eq(meeting.id, meetingId));
    if (!found) throw new NotFound(`meeting ${meetingId}`);
    // A sub-group's officers may propose without being members of this group: load the sub-group first.
    const subGroup = input.proposedByGroupId ? await loadScope(tx, input.proposedByGroupId) : null;
    const validSubGroup = subGroup && subGroup.parentId === found.groupId ? subGroup : null;
    const { meeting: row, scope } = await guardedMeeting(
      tx,
      caller,
      meetingId,
      (s, today) => canReadMeetings(caller, s, today) || (!!validSubGroup && canRunMeetings(caller, validSubGroup, today)),
      "propose agenda item for",
    );
    if (input.proposedByGroupId && !validSubGroup)
      throwIfIssues([{ path: "proposedByGroupId", key: "validation.unknownCode", values: { value: input.proposedByGroupId } }]);
    const beforeDeadline = now.getTime() <= row.agendaDeadline.getTime();
    requirePermission(canProposeAgendaItem(caller, scope, todayInFinland(), beforeDeadline, validSubGroup), `propose agenda item for ${meetingId}`);
    if (row.status === "cancelled") throwIfIssues([{ path: "title", key: "meetings.validation.cancelled" }]);
    const values = {
      meetingId,
      title: input.title,
      description: input.description ?? "",
      status: "proposed",
      position: 0,
      proposedByUserId: caller.id === "system" ? null : caller.id,
      proposedByName: actorOf(caller).name,
      proposedByGroupId: input.proposedByGroupId ?? null,
    };
    const [created] = await tx.insert(agendaItem).values(values).returning({ id: agendaItem.id });
    // A new proposal changes the agenda: someone saving an older view of it gets a conflict.
    await tx
      .update(meeting)
      .set({ agendaVersion: row.agendaVersion + 1 })
      .where(eq(meeting.id, meetingId));
    await recordChange(tx, { actor: actorOf(caller), entityType: "agenda_item", entityId: created.id, action: "create", before: null, after: values });
    return created.id;
  };
  return executor ? run(executor) : db().transaction(run);
}

/**
 * Saves the agenda as the chair or secretary arranged it: each item accepted, rejected or left
 * proposed, and the accepted items' order. The save names the agenda version it was made from; if
 * anyone changed the agenda since, nothing is written and the editor is told who saved first.
 */
export async function saveAgenda(caller: CurrentUser, meetingId: string, raw: AgendaInput, executor?: Transaction): Promise<void> {
  const input = parseInput(agendaInput, raw);
  const run = async (tx: Transaction) => {
    const [current] = await tx.select({ groupId: meeting.groupId, startsAt: meeting.startsAt }).from(meeting).where(eq(meeting.id, meetingId));
    if (!current) throw new NotFound(`meeting ${meetingId}`);
    const scope = (await loadScope(tx, current.groupId))!;
    requirePermission(canRunMeetings(caller, scope, todayInFinland()), `arrange agenda of ${meetingId}`);
    const bumped = await tx
      .update(meeting)
      .set({ agendaVersion: sql`${meeting.agendaVersion} + 1` })
      .where(and(eq(meeting.id, meetingId), eq(meeting.agendaVersion, input.version)))
      .returning({ version: meeting.agendaVersion });
    const items = await tx.select().from(agendaItem).where(eq(agendaItem.meetingId, meetingId));
    if (bumped.length === 0) {
      // The last change of the agenda: an arrangement, or a new proposal.
      const arranged = await conflict(tx, "meeting_agenda", [meetingId], `agenda of ${meetingId}`);
      const proposed = await conflict(tx, "agenda_item", items.map((i) => i.id).concat(meetingId), `agenda of ${meetingId}`);
      throw (proposed.savedAt?.getTime() ?? 0) > (arranged.savedAt?.getTime() ?? 0) ? proposed : arranged;
    }
    const byId = new Map(items.map((i) => [i.id, i]));
    const unknown = input.items.filter((i) => !byId.has(i.id));
    if (unknown.length) throwIfIssues(unknown.map((i) => ({ path: `items.${i.id}`, key: "validation.unknownCode" as const, values: { value: i.id } })));
    // Positions as typed, ties broken by the previous order, then renumbered 1, 2, 3…
    const sorted = [...input.items].sort((a, b) => a.position - b.position || byId.get(a.id)!.position - byId.get(b.id)!.position);
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    let position = 0;
    const decided: { title: string; status: string; proposedBy: string }[] = [];
    for (const item of sorted) {
      const old = byId.get(item.id)!;
      const next = { status: item.status, position: item.status === "accepted" ? ++position : 0 };
      if (old.status !== next.status || old.position !== next.position) {
        await tx.update(agendaItem).set(next).where(eq(agendaItem.id, item.id));
        before[item.id] = { title: old.title, status: old.status, position: old.position };
        after[item.id] = { title: old.title, ...next };
        if (old.status !== next.status && (next.status === "accepted" || next.status === "rejected") && old.proposedByUserId)
          decided.push({ title: old.title, status: next.status, proposedBy: old.proposedByUserId });
      }
    }
    await recordChange(tx, {
      actor: actorOf(caller),
      entityType: "meeting_agenda",
      entityId: meetingId,
      action: "update",
      before: { version: input.version, ...before },
      after: { version: bumped[0].version, ...after },
    });
    // The proposer hears whether their item made the agenda.
    const ids: string[] = [];
    for (const d of decided) {
      const { mailIds } = await notify(tx, [d.proposedBy], {
        kind: `agenda_item.${d.status}`,
        messageKey: d.status === "accepted" ? "meetings.inbox.agendaAccepted" : "meetings.inbox.agendaRejected",
        values: { title: d.title, group: scope.name, date: meetingDay(current.startsAt) },
        link: meetingLink(meetingId),
      });
      ids.push(...mailIds);
    }
    return ids;
  };
  await (executor ? run(executor) : db().transaction(run));
}

/** Records the decision made under an agenda item, guarded by the item's version. */
export async function saveDecision(caller: CurrentUser, agendaItemId: string, raw: DecisionInput, executor?: Transaction): Promise<string> {
  const input = parseInput(decisionInput, raw);
  const run = async (tx: Transaction) => {
    const [item] = await tx.select().from(agendaItem).where(eq(agendaItem.id, agendaItemId));
    if (!item) throw new NotFound(`agenda item ${agendaItemId}`);
    await guardedMeeting(tx, caller, item.meetingId, (s, today) => canRunMeetings(caller, s, today), "record decision in");
    if (item.status !== "accepted") throwIfIssues([{ path: "decision", key: "meetings.validation.notOnAgenda" }]);
    const updated = await tx
      .update(agendaItem)
      .set({ decision: input.decision, version: sql`${agendaItem.version} + 1` })
      .where(and(eq(agendaItem.id, agendaItemId), eq(agendaItem.version, input.version)))
      .returning({ version: agendaItem.version });
    if (updated.length === 0) throw await conflict(tx, "agenda_item", [agendaItemId], `decision of ${agendaItemId}`);
    await recordChange(tx, {
      actor: actorOf(caller),
      entityType: "agenda_item",
      entityId: agendaItemId,
      action: "update",
      before: { decision: item.decision },
      after: { decision: input.decision },
    });
    return item.meetingId;
  };
  return executor ? run(executor) : db().transaction(run);
}

/** The sub-groups of a group whose chair or secretary may propose items on the sub-group's behalf. */
export async function subGroupIds(groupId: string): Promise<string[]> {
  const rows = await db().select({ id: networkGroup.id }).from(networkGroup).where(eq(networkGroup.parentId, groupId));
  return rows.map((r) => r.id);
}
