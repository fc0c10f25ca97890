import { and, asc, eq, gt, lte, ne, sql } from "drizzle-orm";
import type { CurrentUser } from "../../../kit/permissions/roles";
import { recordChange } from "~/audit/public.server";
import { db } from "../../../kit/db/db.server";
import { parseInput } from "../../../kit/validation/fields";
import { actorOf } from "~/network-map/public.server";
import { throwIfIssues } from "../../../kit/validation/errors";
import { minutesInput, type MinutesInput } from "../inputs";
import { canRunMeetings } from "../permissions";
import { meeting } from "../schema.server";
import { config } from "../../../kit/config.server";
import { translator } from "../../../kit/i18n/catalogue";
import { formatDate } from "../../../kit/format";
import { queueMail } from "~/mail/public.server";
import { todayInFinland } from "../../../kit/dates/calendar";
import { notificationCause, notify, resolveNotifications } from "~/notifications/public.server";
import { conflict, guardedMeeting, meetingDay, meetingLink, memberAddresses, memberUserIds, type Transaction } from "./shared.server";

const runs = (caller: CurrentUser) => (s: Parameters<typeof canRunMeetings>[1], today: string) => canRunMeetings(caller, s, today);

/**
 * Saves the minutes (Markdown). The save names the version the editor started from; if someone else
 * saved since, nothing is written and the editor gets a conflict with their text kept. Approved
 * minutes are final.
 */
export async function saveMinutes(caller: CurrentUser, meetingId: string, raw: MinutesInput, executor?: Transaction): Promise<void> {
  const input = parseInput(minutesInput, raw);
  const run = async (tx: Transaction) => {
    const [before] = await tx
      .select({ id: meeting.id, groupId: meeting.groupId, minutes: meeting.minutes, status: meeting.minutesStatus })
      .from(meeting)
      .where(eq(meeting.id, meetingId));
    // Checked without a lock first, so that a concurrent save is found by the version, not queued behind.
    await guardedMeeting(tx, caller, meetingId, runs(caller), "write minutes of");
    if (before.status === "approved") throwIfIssues([{ path: "text", key: "meetings.validation.minutesApproved" }]);
    const [{ status }] = await tx.select({ status: meeting.status }).from(meeting).where(eq(meeting.id, meetingId));
    if (status === "cancelled") throwIfIssues([{ path: "text", key: "meetings.validation.cancelled" }]);
    const updated = await tx
      .update(meeting)
      .set({ minutes: input.text, minutesVersion: sql`${meeting.minutesVersion} + 1`, updatedAt: new Date() })
      .where(and(eq(meeting.id, meetingId), eq(meeting.minutesVersion, input.version), ne(meeting.minutesStatus, "approved")))
      .returning({ version: meeting.minutesVersion });
    if (updated.length === 0) throw await conflict(tx, "meeting_minutes", [meetingId], `minutes of ${meetingId}`);
    await recordChange(tx, {
      actor: actorOf(caller),
      entityType: "meeting_minutes",
      entityId: meetingId,
      action: "update",
      before: { minutes: before.minutes },
      after: { minutes: input.text },
    });
  };
  await (executor ? run(executor) : db().transaction(run));
}

/**
 * Sends the draft minutes round for comments: the meeting must have started and the minutes have
 * text. The group's current members get an e-mail with a link (queued in the same transaction,
 * sent after it commits).
 */
export async function circulateMinutes(caller: CurrentUser, meetingId: string, now = new Date(), executor?: Transaction): Promise<void> {
  const run = async (tx: Transaction) => {
    const { meeting: row, scope } = await guardedMeeting(tx, caller, meetingId, runs(caller), "circulate minutes of");
    if (row.minutesStatus !== "draft") throwIfIssues([{ path: "minutesStatus", key: "meetings.validation.minutesNotDraft" }]);
    if (row.startsAt > now) throwIfIssues([{ path: "minutesStatus", key: "meetings.validation.notHeldYet" }]);
    if (!row.minutes.trim()) throwIfIssues([{ path: "text", key: "meetings.validation.minutesEmpty" }]);
    await tx
      .update(meeting)
      .set({ minutesStatus: "circulated", minutesVersion: row.minutesVersion + 1 })
      .where(eq(meeting.id, meetingId));
    await recordChange(tx, {
      actor: actorOf(caller),
      entityType: "meeting_minutes",
      entityId: meetingId,
      action: "circulate",
      before: { minutesStatus: row.minutesStatus },
      after: { minutesStatus: "circulated" },
    });
    const t = translator("fi");
    const values = {
      group: scope.name.fi ?? "",
      theme: row.theme,
      date: formatDate(row.startsAt, "fi"),
      url: `${config.publicUrl}/fi/work/meetings/${meetingId}`,
    };
    // The e-mail below is the members' copy; the notification is shown in the UI only.
    const notice = { group: scope.name, date: meetingDay(row.startsAt) };
    await resolveNotifications(tx, { cause: notificationCause("meeting-minutes-missing", meetingId), reason: "minutesCirculated" });
    await notify(
      tx,
      await memberUserIds(tx, row.groupId, todayInFinland(now)),
      {
        kind: "meeting.minutes.circulated",
        messageKey: "meetings.inbox.circulated",
        values: notice,
        link: meetingLink(meetingId),
        cause: notificationCause("meeting-minutes-comments", meetingId),
      },
      { email: false },
    );
    const ids: string[] = [];
    for (const to of await memberAddresses(tx, row.groupId, todayInFinland(now)))
      ids.push(await queueMail(tx, { to, subject: t("meetings.mail.circulated.subject", values), text: t("meetings.mail.circulated.body", values) }));
    return ids;
  };
  await (executor ? run(executor) : db().transaction(run));
}

/**
 * Approves circulated minutes at the group's next meeting: the next (not cancelled) meeting of the
 * group must have begun. The record names that meeting.
 */
export async function approveMinutes(caller: CurrentUser, meetingId: string, now = new Date(), executor?: Transaction): Promise<string> {
  const run = async (tx: Transaction) => {
    const { meeting: row, scope } = await guardedMeeting(tx, caller, meetingId, runs(caller), "approve minutes of");
    if (row.minutesStatus !== "circulated") throwIfIssues([{ path: "minutesStatus", key: "meetings.validation.minutesNotCirculated" }]);
    const [next] = await tx
      .select({ id: meeting.id })
      .from(meeting)
      .where(and(eq(meeting.groupId, row.groupId), ne(meeting.status, "cancelled"), gt(meeting.startsAt, row.startsAt), lte(meeting.startsAt, now)))
      .orderBy(asc(meeting.startsAt))
      .limit(1);
    if (!next) throwIfIssues([{ path: "minutesStatus", key: "meetings.validation.noNextMeeting" }]);
    await tx
      .update(meeting)
      .set({ minutesStatus: "approved", minutesApprovedAt: now, minutesApprovedAtMeetingId: next.id, minutesVersion: row.minutesVersion + 1 })
      .where(eq(meeting.id, meetingId));
    await recordChange(tx, {
      actor: actorOf(caller),
      entityType: "meeting_minutes",
      entityId: meetingId,
      action: "approve",
      before: { minutesStatus: row.minutesStatus },
      after: { minutesStatus: "approved", approvedAtMeetingId: next.id },
    });
    await resolveNotifications(tx, { cause: notificationCause("meeting-minutes-comments", meetingId), reason: "minutesApproved" });
    const { mailIds } = await notify(tx, await memberUserIds(tx, row.groupId, todayInFinland(now)), {
      kind: "meeting.minutes.approved",
      messageKey: "meetings.inbox.approved",
      values: { group: scope.name, date: meetingDay(row.startsAt) },
      link: meetingLink(meetingId),
    });
    return { next: next.id, mailIds };
  };
  return (await (executor ? run(executor) : db().transaction(run))).next;
}
