import { and, asc, eq, gte, inArray, lt, ne, sql } from "drizzle-orm";
import type { CurrentUser } from "../../kit/permissions/roles";
import { db } from "../../kit/db/db.server";
import { organization } from "~/network-map/public.server";
import { currentUserById } from "~/accounts/public.server";
import { startOfDayInFinland, todayInFinland, wallClockInFinland, yearInFinland } from "../../kit/dates/calendar";
import { isCurrent } from "../membership";
import { groupMemberships } from "../queries.server";
import { groupMembership, networkGroup } from "../schema.server";
import { addressesOf, invitationCopies, memberRecipients } from "./commands/recipients.server";
import { feedToken, loadScope } from "./commands/shared.server";
import { canReadMeetings, canRunMeetings } from "./permissions";
import { quorum } from "./quorum";
import { actionItem, agendaItem, memberCalendarFeed, meeting, meetingAttendance } from "./schema.server";

export async function groupScope(groupId: string) {
  return db().transaction((tx) => loadScope(tx, groupId));
}

export async function calendarToken(groupId: string, userId: string) {
  return db().transaction((tx) => feedToken(tx, groupId, userId));
}

/** A group's meetings in a year, in date order, with their agenda and minutes state. */
export async function yearPlan(groupId: string, year: number) {
  const from = startOfDayInFinland(`${year}-01-01`);
  const to = startOfDayInFinland(`${year + 1}-01-01`);
  return db()
    .select({
      id: meeting.id,
      startsAt: meeting.startsAt,
      endsAt: meeting.endsAt,
      place: meeting.place,
      onlineUrl: meeting.onlineUrl,
      theme: meeting.theme,
      agendaDeadline: meeting.agendaDeadline,
      status: meeting.status,
      invitedAt: meeting.invitedAt,
      minutesStatus: meeting.minutesStatus,
      // Written out: inside a subquery the columns must name their tables.
      accepted: sql<number>`(select count(*)::int from agenda_item a where a.meeting_id = "meeting"."id" and a.status = 'accepted')`,
      proposed: sql<number>`(select count(*)::int from agenda_item a where a.meeting_id = "meeting"."id" and a.status = 'proposed')`,
    })
    .from(meeting)
    .where(and(eq(meeting.groupId, groupId), gte(meeting.startsAt, from), lt(meeting.startsAt, to)))
    .orderBy(asc(meeting.startsAt));
}

/** The years in which a group has meetings, plus this year and the next (for planning). */
export async function planYears(groupId: string): Promise<number[]> {
  const rows = await db()
    .selectDistinct({ year: sql<number>`extract(year from ${meeting.startsAt} at time zone 'Europe/Helsinki')::int` })
    .from(meeting)
    .where(eq(meeting.groupId, groupId));
  const thisYear = yearInFinland();
  return [...new Set([...rows.map((r) => r.year), thisYear, thisYear + 1])].sort((a, b) => a - b);
}

/** Everything on a meeting's page. */
export async function meetingPage(id: string) {
  const [row] = await db().select().from(meeting).where(eq(meeting.id, id));
  if (!row) return null;
  const [group] = await db()
    .select({ id: networkGroup.id, name: networkGroup.name, regionCode: networkGroup.regionCode })
    .from(networkGroup)
    .where(eq(networkGroup.id, row.groupId));
  const memberships = await groupMemberships(row.groupId);
  const items = await db()
    .select()
    .from(agendaItem)
    .where(eq(agendaItem.meetingId, id))
    .orderBy(sql`case ${agendaItem.status} when 'accepted' then 0 when 'proposed' then 1 else 2 end`, asc(agendaItem.position), asc(agendaItem.createdAt));
  const actions = items.length
    ? await db()
        .select({
          id: actionItem.id,
          agendaItemId: actionItem.agendaItemId,
          description: actionItem.description,
          owner: actionItem.owner,
          organizationId: actionItem.organizationId,
          organizationName: organization.name,
          dueOn: actionItem.dueOn,
          status: actionItem.status,
        })
        .from(actionItem)
        .leftJoin(organization, eq(organization.id, actionItem.organizationId))
        .where(
          inArray(
            actionItem.agendaItemId,
            items.map((i) => i.id),
          ),
        )
        .orderBy(asc(actionItem.createdAt))
    : [];
  const attendance = await db().select().from(meetingAttendance).where(eq(meetingAttendance.meetingId, id));
  const subGroups = await db()
    .select({ id: networkGroup.id, name: networkGroup.name, regionCode: networkGroup.regionCode })
    .from(networkGroup)
    .where(eq(networkGroup.parentId, row.groupId))
    .orderBy(sql`${networkGroup.name}->>'fi' collate "fi-FI-x-icu"`);
  const subScopes = await Promise.all(subGroups.map(async (g) => ({ ...g, scope: (await groupScope(g.id))! })));
  const [approvedAt] = row.minutesApprovedAtMeetingId
    ? await db().select({ id: meeting.id, startsAt: meeting.startsAt }).from(meeting).where(eq(meeting.id, row.minutesApprovedAtMeetingId))
    : [];
  const day = wallClockInFinland(row.startsAt).date;
  const present = attendance.filter((a) => a.present).map((a) => a.membershipId);
  const meetingDayMembers = memberships.filter((m) => isCurrent(m, day));
  return {
    meeting: row,
    group: group,
    memberships,
    meetingDayMembers,
    items,
    actions,
    attendance,
    recorded: attendance.length > 0,
    quorum: quorum(memberships, present, day),
    subGroups: subScopes,
    approvedAt: approvedAt ?? null,
  };
}

/**
 * A group's meetings for its calendar feed, found by the feed's secret token; only while the
 * feed's owner may still read the group's meetings (a member who has left gets nothing).
 */
export async function feedByToken(token: string) {
  const [feed] = await db()
    .select({ groupId: memberCalendarFeed.groupId, userId: memberCalendarFeed.userId, name: networkGroup.name })
    .from(memberCalendarFeed)
    .innerJoin(networkGroup, eq(networkGroup.id, memberCalendarFeed.groupId))
    .where(eq(memberCalendarFeed.token, token));
  if (!feed) return null;
  const [owner, scope] = await Promise.all([currentUserById(feed.userId), groupScope(feed.groupId)]);
  if (!scope || !canReadMeetings(owner, scope, todayInFinland())) return null;
  const meetings = await db().select().from(meeting).where(eq(meeting.groupId, feed.groupId)).orderBy(asc(meeting.startsAt));
  return { groupName: feed.name.fi ?? "", meetings };
}

/** The age after which a held meeting without circulated minutes is reminded of. */
export const minutesGraceHours = 24;

/**
 * Meetings that ended more than a day before `now`, were not cancelled, and whose minutes have not
 * been circulated: these are missing their minutes.
 */
export async function meetingsMissingMinutes(now: Date, groupIds?: string[]) {
  if (groupIds && groupIds.length === 0) return [];
  const cutoff = new Date(now.getTime() - minutesGraceHours * 3_600_000);
  return db()
    .select({
      id: meeting.id,
      groupId: meeting.groupId,
      groupName: networkGroup.name,
      regionCode: networkGroup.regionCode,
      startsAt: meeting.startsAt,
      theme: meeting.theme,
      reminderSentAt: meeting.minutesReminderSentAt,
    })
    .from(meeting)
    .innerJoin(networkGroup, eq(networkGroup.id, meeting.groupId))
    .where(
      and(
        ne(meeting.status, "cancelled"),
        eq(meeting.minutesStatus, "draft"),
        lt(meeting.endsAt, cutoff),
        groupIds ? inArray(meeting.groupId, groupIds) : undefined,
      ),
    )
    .orderBy(asc(meeting.startsAt));
}

/** The groups whose meetings a user reads (and of them, runs), for the dashboard. */
export async function meetingGroupsOf(user: CurrentUser) {
  const groups = await db()
    .select({ id: networkGroup.id, name: networkGroup.name, regionCode: networkGroup.regionCode })
    .from(networkGroup)
    .orderBy(sql`${networkGroup.name}->>'fi' collate "fi-FI-x-icu"`);
  const memberships = await db()
    .select({
      groupId: groupMembership.groupId,
      organizationId: groupMembership.organizationId,
      practitionerId: groupMembership.practitionerId,
      position: groupMembership.position,
      startsOn: groupMembership.startsOn,
      endsOn: groupMembership.endsOn,
    })
    .from(groupMembership);
  const today = todayInFinland();
  return groups
    .map((g) => {
      const scope = { regionCode: g.regionCode, memberships: memberships.filter((m) => m.groupId === g.id) };
      return { ...g, reads: canReadMeetings(user, scope, today), runs: canRunMeetings(user, scope, today) };
    })
    .filter((g) => g.reads);
}

/** The next meetings of the given groups, from now on. */
export async function upcomingMeetings(groupIds: string[], now: Date, limit = 10) {
  if (groupIds.length === 0) return [];
  return db()
    .select({ id: meeting.id, groupName: networkGroup.name, startsAt: meeting.startsAt, theme: meeting.theme, status: meeting.status })
    .from(meeting)
    .innerJoin(networkGroup, eq(networkGroup.id, meeting.groupId))
    .where(and(inArray(meeting.groupId, groupIds), gte(meeting.endsAt, now)))
    .orderBy(asc(meeting.startsAt))
    .limit(limit);
}

/** What the work dashboard shows of meetings to this user. */
export async function meetingsOverview(user: CurrentUser, now = new Date()) {
  const groups = await meetingGroupsOf(user);
  const run = groups.filter((g) => g.runs).map((g) => g.id);
  return {
    groups: groups.map((g) => ({ id: g.id, name: g.name, runs: g.runs })),
    upcoming: await upcomingMeetings(
      groups.map((g) => g.id),
      now,
    ),
    missing: await meetingsMissingMinutes(now, run),
  };
}

/** The group's action items that are not done, earliest due first, for following them up. */
export async function openActionItems(groupId: string) {
  return db()
    .select({
      id: actionItem.id,
      description: actionItem.description,
      owner: actionItem.owner,
      organizationName: organization.name,
      dueOn: actionItem.dueOn,
      status: actionItem.status,
      meetingId: meeting.id,
      meetingStartsAt: meeting.startsAt,
      itemTitle: agendaItem.title,
    })
    .from(actionItem)
    .innerJoin(agendaItem, eq(agendaItem.id, actionItem.agendaItemId))
    .innerJoin(meeting, eq(meeting.id, agendaItem.meetingId))
    .leftJoin(organization, eq(organization.id, actionItem.organizationId))
    .where(and(eq(meeting.groupId, groupId), ne(actionItem.status, "done")))
    .orderBy(sql`${actionItem.dueOn} asc nulls last`, asc(actionItem.createdAt));
}

/**
 * Who the meeting's invitation would go to now, for the organiser to see before sending: each
 * member organisation with its recipients (or none), and the copies to the organiser and the
 * region's coordinators.
 */
export async function invitationPreview(meetingId: string, organiser: CurrentUser) {
  return db().transaction(async (tx) => {
    const [row] = await tx.select({ groupId: meeting.groupId, startsAt: meeting.startsAt }).from(meeting).where(eq(meeting.id, meetingId));
    if (!row) return null;
    const [group] = await tx.select({ regionCode: networkGroup.regionCode }).from(networkGroup).where(eq(networkGroup.id, row.groupId));
    const today = todayInFinland();
    const start = wallClockInFinland(row.startsAt).date;
    const members = await memberRecipients(tx, row.groupId, start < today ? today : start);
    return { members, copies: await invitationCopies(tx, organiser.email, group.regionCode, addressesOf(members)) };
  });
}
