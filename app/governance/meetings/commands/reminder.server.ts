import { and, eq, inArray, isNull } from "drizzle-orm";
import { roleAssignment, user } from "~/accounts/public.server";
import { recordChange } from "~/audit/public.server";
import { config } from "../../../kit/config.server";
import { db } from "../../../kit/db/db.server";
import { translator } from "../../../kit/i18n/catalogue";
import { formatDate } from "../../../kit/format";
import { queueMail } from "~/mail/public.server";
import { practitioner } from "~/network-map/public.server";
import { isCurrent } from "../../inputs";
import { groupMembership } from "../../schema.server";
import { todayInFinland } from "../../../kit/dates/calendar";
import { meetingsMissingMinutes } from "../queries.server";
import { meeting } from "../schema.server";
import { notificationCause, notify } from "~/notifications/public.server";
import { coordinatorIds, meetingDay, meetingLink, memberUserIds } from "./shared.server";

/**
 * The daily missing-minutes reminder: for each meeting missing its minutes (see
 * `meetingsMissingMinutes`) that has not been reminded of yet, an e-mail to the group's current chair
 * and secretary (their practitioner cards' addresses), or, when the group has none named, to the
 * region's coordinators. Each meeting is reminded of once. Returns the meetings reminded of.
 */
export async function sendMinutesReminders(now: Date): Promise<string[]> {
  const due = (await meetingsMissingMinutes(now)).filter((m) => !m.reminderSentAt);
  const t = translator("fi");
  const today = todayInFinland(now);
  const reminded: string[] = [];
  for (const m of due) {
    const remindedNow = await db().transaction(async (tx) => {
      // Claims the meeting, so that two servers running the job at once remind only once.
      const claimed = await tx
        .update(meeting)
        .set({ minutesReminderSentAt: now })
        .where(and(eq(meeting.id, m.id), isNull(meeting.minutesReminderSentAt)))
        .returning({ id: meeting.id });
      if (claimed.length === 0) return false;
      const officers = (
        await tx
          .select({ email: practitioner.email, startsOn: groupMembership.startsOn, endsOn: groupMembership.endsOn })
          .from(groupMembership)
          .innerJoin(practitioner, eq(practitioner.id, groupMembership.practitionerId))
          .where(and(eq(groupMembership.groupId, m.groupId), inArray(groupMembership.position, ["chair", "secretary"])))
      )
        .filter((o) => isCurrent(o, today) && o.email)
        .map((o) => o.email!.toLowerCase());
      const recipients = officers.length
        ? officers
        : (
            await tx
              .select({ email: user.email })
              .from(roleAssignment)
              .innerJoin(user, eq(user.id, roleAssignment.userId))
              .where(and(eq(roleAssignment.role, "coordinator"), eq(roleAssignment.regionCode, m.regionCode)))
          ).map((r) => r.email.toLowerCase());
      const values = { group: m.groupName.fi ?? "", theme: m.theme, date: formatDate(m.startsAt, "fi"), url: `${config.publicUrl}/fi/work/meetings/${m.id}` };
      // The e-mail below is the reminder; the notification is shown in the UI only.
      const officerIds = await memberUserIds(tx, m.groupId, today, ["chair", "secretary"]);
      await notify(
        tx,
        officerIds.length ? officerIds : await coordinatorIds(tx, m.regionCode),
        {
          kind: "meeting.minutes.missing",
          messageKey: "meetings.inbox.reminder",
          values: { group: m.groupName, date: meetingDay(m.startsAt) },
          link: meetingLink(m.id),
          cause: notificationCause("meeting-minutes-missing", m.id),
        },
        { email: false },
      );
      const addresses = [...new Set(recipients)].sort();
      for (const to of addresses)
        await queueMail(tx, { to, subject: t("meetings.mail.reminder.subject", values), text: t("meetings.mail.reminder.body", values) });
      await recordChange(tx, {
        actor: { id: null, name: "Elo" },
        entityType: "meeting_minutes",
        entityId: m.id,
        action: "remind",
        before: null,
        after: { recipients: addresses.length, at: now.toISOString() },
      });
      return true;
    });
    if (remindedNow) reminded.push(m.id);
  }
  return reminded;
}
