import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { CurrentUser } from "../../../kit/permissions/roles";
import { recordChange } from "~/audit/public.server";
import { config } from "../../../kit/config.server";
import { db } from "../../../kit/db/db.server";
import { parseInput } from "../../../kit/validation/fields";
import { translator } from "../../../kit/i18n/catalogue";
import { queueMail } from "~/mail/public.server";
import { actorOf } from "~/network-map/public.server";
import { NotFound, requirePermission, throwIfIssues } from "../../../kit/validation/errors";
import { instantInFinland, todayInFinland, wallClockInFinland } from "../../../kit/dates/calendar";
import { finnishClock, finnishDate } from "../../../kit/dates/finnish-format";
import { meetingInvitationIcs } from "../ics.server";
import { deadlineOf, meetingInput, type MeetingInput } from "../inputs";
import { canRunMeetings } from "../permissions";
import { meeting } from "../schema.server";
import { notificationCause, notify, resolveNotifications } from "~/notifications/public.server";
import { addressesOf, invitationCopies, memberRecipients } from "./recipients.server";
import { guardedMeeting, loadScope, meetingDay, meetingLink, memberUserIds, type GroupScope, type Transaction } from "./shared.server";
import type { LocalizedText } from "../../../kit/i18n/localized";

type Parsed = ReturnType<typeof meetingInput.parse>;

const values = (input: Parsed) => ({
  startsAt: instantInFinland(input.date, input.startTime),
  endsAt: instantInFinland(input.date, input.endTime),
  place: input.place ?? "",
  onlineUrl: input.onlineUrl ?? null,
  theme: input.theme,
  agendaDeadline: deadlineOf(input.agendaDeadline),
});

const audited = (row: {
  startsAt: Date;
  endsAt: Date;
  place: string;
  onlineUrl: string | null;
  theme: string;
  agendaDeadline: Date;
  status?: string;
  icsSequence?: number;
}) => ({
  startsAt: row.startsAt.toISOString(),
  endsAt: row.endsAt.toISOString(),
  place: row.place,
  onlineUrl: row.onlineUrl,
  theme: row.theme,
  agendaDeadline: row.agendaDeadline.toISOString(),
  ...(row.status !== undefined ? { status: row.status } : {}),
  ...(row.icsSequence !== undefined ? { icsSequence: row.icsSequence } : {}),
});

/** The form's values of a stored meeting. */
export function meetingFormValues(row: {
  startsAt: Date;
  endsAt: Date;
  place: string;
  onlineUrl: string | null;
  theme: string;
  agendaDeadline: Date;
}): MeetingInput {
  const start = wallClockInFinland(row.startsAt);
  return {
    date: start.date,
    startTime: start.time,
    endTime: wallClockInFinland(row.endsAt).time,
    place: row.place || undefined,
    onlineUrl: row.onlineUrl ?? undefined,
    theme: row.theme,
    agendaDeadline: wallClockInFinland(row.agendaDeadline).date,
  };
}

/** Adds a meeting to the group's plan; with `executor`, inside the caller's transaction. */
export async function createMeeting(caller: CurrentUser, groupId: string, raw: MeetingInput, executor?: Transaction): Promise<string> {
  const input = parseInput(meetingInput, raw);
  const run = async (tx: Transaction) => {
    const scope = await loadScope(tx, groupId);
    if (!scope) throw new NotFound(`group ${groupId}`);
    requirePermission(canRunMeetings(caller, scope, todayInFinland()), `plan meetings of group ${groupId}`);
    const row = { groupId, ...values(input), icsUid: `${randomUUID()}@elo`, icsSequence: 0 };
    const [created] = await tx.insert(meeting).values(row).returning({ id: meeting.id });
    await recordChange(tx, {
      actor: actorOf(caller),
      entityType: "meeting",
      entityId: created.id,
      action: "create",
      before: null,
      after: { groupId, ...audited(row), icsUid: row.icsUid },
    });
    return created.id;
  };
  return executor ? run(executor) : db().transaction(run);
}

type MeetingRow = typeof meeting.$inferSelect;

/** What an invitation reached: member addresses, copies, and the member organisations with nobody to receive it. */
export interface InvitationOutcome {
  /** Distinct addresses of the member organisations' recipients. */
  members: number;
  /** Copies to the organiser and the region's coordinators who were not already recipients. */
  copies: number;
  /** Member organisations without a named representative or contact person with an address. */
  unreached: LocalizedText[];
  mailIds: string[];
}

/**
 * Queues the invitation (or cancellation) with its calendar file to every current member
 * organisation (see memberRecipients) and a copy to the organiser and the region's coordinators.
 */
async function queueInvitations(
  tx: Transaction,
  caller: CurrentUser,
  row: MeetingRow,
  scope: GroupScope,
  method: "REQUEST" | "CANCEL",
  kind: "invite" | "update" | "cancel",
): Promise<InvitationOutcome> {
  const start = wallClockInFinland(row.startsAt);
  // Members on the meeting's day, or today's for a meeting in the past.
  const today = todayInFinland();
  const day = start.date < today ? today : start.date;
  const members = await memberRecipients(tx, row.groupId, day);
  const memberAddresses = addressesOf(members);
  const copyAddresses = await invitationCopies(tx, caller.email, scope.regionCode, memberAddresses);
  const t = translator("fi");
  const groupName = scope.name.fi ?? "";
  const when = t("meetings.mail.when", {
    date: finnishDate(start.date),
    start: finnishClock(start.time),
    end: finnishClock(wallClockInFinland(row.endsAt).time),
  });
  const where = [row.place, row.onlineUrl].filter(Boolean).join(", ");
  const url = `${config.publicUrl}/fi/work/meetings/${row.id}`;
  const mailIds: string[] = [];
  if (kind === "cancel") await resolveNotifications(tx, { cause: notificationCause("meeting", row.id), reason: "meetingCancelled" });
  // The e-mail below carries the calendar file; the notification is shown in the UI only.
  await notify(
    tx,
    await memberUserIds(tx, row.groupId, day),
    {
      kind: `meeting.${kind}`,
      messageKey: `meetings.inbox.${kind}`,
      values: { group: scope.name, date: meetingDay(row.startsAt), theme: row.theme },
      link: meetingLink(row.id),
      // The invitation is moot once the meeting is cancelled; the cancellation itself is news.
      cause: kind === "cancel" ? undefined : notificationCause("meeting", row.id),
    },
    { email: false },
  );
  for (const to of [...memberAddresses, ...copyAddresses]) {
    const ics = meetingInvitationIcs({ ...row, groupName }, method, to);
    mailIds.push(
      await queueMail(tx, {
        to,
        subject: t(`meetings.mail.${kind}.subject`, { group: groupName, theme: row.theme, when }),
        text: t(`meetings.mail.${kind}.body`, { group: groupName, theme: row.theme, when, where, url }),
        attachments: [
          { filename: method === "CANCEL" ? "peruutus.ics" : "kutsu.ics", contentType: `text/calendar; method=${method}; charset=utf-8`, content: ics },
        ],
      }),
    );
  }
  return {
    members: memberAddresses.length,
    copies: copyAddresses.length,
    unreached: members.filter((m) => m.recipients.length === 0).map((m) => m.organization),
    mailIds,
  };
}

/**
 * Changes a meeting's time, place or theme. The calendar SEQUENCE goes up with every change; once
 * the members have been invited they get the updated invitation (same UID) at once.
 */
export async function updateMeeting(caller: CurrentUser, meetingId: string, raw: MeetingInput): Promise<void> {
  const input = parseInput(meetingInput, raw);
  await db().transaction(async (tx) => {
    const { meeting: before, scope } = await guardedMeeting(tx, caller, meetingId, (s, today) => canRunMeetings(caller, s, today), "change meeting");
    if (before.status === "cancelled") throwIfIssues([{ path: "_", key: "meetings.validation.cancelled" }]);
    const next = values(input);
    const changed = JSON.stringify(audited(next)) !== JSON.stringify(audited(before));
    if (!changed) return;
    const [after] = await tx
      .update(meeting)
      .set({ ...next, icsSequence: before.icsSequence + 1, updatedAt: new Date() })
      .where(eq(meeting.id, meetingId))
      .returning();
    await recordChange(tx, {
      actor: actorOf(caller),
      entityType: "meeting",
      entityId: meetingId,
      action: "update",
      before: audited(before),
      after: audited(after),
    });
    if (before.invitedAt) await queueInvitations(tx, caller, after, scope, "REQUEST", "update");
  });
}

/**
 * Sends the invitation with its calendar file to every current member organisation of the group
 * and a copy to the organiser and the region's coordinators; the meeting keeps what it reached. With
 * `executor` it runs in the caller's transaction; the mail goes out when that commits.
 */
export async function inviteToMeeting(caller: CurrentUser, meetingId: string, executor?: Transaction): Promise<InvitationOutcome> {
  const run = async (tx: Transaction) => {
    const { meeting: row, scope } = await guardedMeeting(tx, caller, meetingId, (s, today) => canRunMeetings(caller, s, today), "invite to meeting");
    if (row.status === "cancelled") throwIfIssues([{ path: "_", key: "meetings.validation.cancelled" }]);
    const outcome = await queueInvitations(tx, caller, row, scope, "REQUEST", row.invitedAt ? "update" : "invite");
    const invitedAt = new Date();
    await tx
      .update(meeting)
      .set({ invitedAt, invitedMembers: outcome.members, invitedCopies: outcome.copies, unreachedMembers: outcome.unreached })
      .where(eq(meeting.id, meetingId));
    await recordChange(tx, {
      actor: actorOf(caller),
      entityType: "meeting",
      entityId: meetingId,
      action: "invite",
      before: null,
      after: {
        invitedAt: invitedAt.toISOString(),
        recipients: outcome.members,
        copies: outcome.copies,
        unreached: outcome.unreached.length,
        icsSequence: row.icsSequence,
      },
    });
    return outcome;
  };
  return executor ? run(executor) : db().transaction(run);
}

/** Cancels a meeting; invited members get a METHOD:CANCEL with the same UID and a higher SEQUENCE. */
export async function cancelMeeting(caller: CurrentUser, meetingId: string): Promise<void> {
  await db().transaction(async (tx) => {
    const { meeting: before, scope } = await guardedMeeting(tx, caller, meetingId, (s, today) => canRunMeetings(caller, s, today), "cancel meeting");
    if (before.status === "cancelled") return;
    const [after] = await tx
      .update(meeting)
      .set({ status: "cancelled", icsSequence: before.icsSequence + 1, updatedAt: new Date() })
      .where(eq(meeting.id, meetingId))
      .returning();
    await recordChange(tx, {
      actor: actorOf(caller),
      entityType: "meeting",
      entityId: meetingId,
      action: "cancel",
      before: { status: before.status, icsSequence: before.icsSequence },
      after: { status: after.status, icsSequence: after.icsSequence },
    });
    if (before.invitedAt) await queueInvitations(tx, caller, after, scope, "CANCEL", "cancel");
  });
}
