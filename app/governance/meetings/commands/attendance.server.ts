import { and, eq } from "drizzle-orm";
import type { CurrentUser } from "../../../kit/permissions/roles";
import { recordChange } from "~/audit/public.server";
import { db } from "../../../kit/db/db.server";
import { parseInput } from "../../../kit/validation/fields";
import { actorOf } from "~/network-map/public.server";
import { throwIfIssues } from "../../../kit/validation/errors";
import { isCurrent } from "../../inputs";
import { groupMembership } from "../../schema.server";
import { attendanceInput, type AttendanceInput } from "../inputs";
import { canRunMeetings } from "../permissions";
import { meetingAttendance } from "../schema.server";
import { guardedMeeting, type Transaction } from "./shared.server";
import { wallClockInFinland } from "../../../kit/dates/calendar";

/**
 * Records who attended: every membership current on the meeting day is present or absent. The
 * whole list is replaced, so the record is always one consistent picture.
 */
export async function recordAttendance(caller: CurrentUser, meetingId: string, raw: AttendanceInput, executor?: Transaction): Promise<void> {
  const input = parseInput(attendanceInput, raw);
  const run = async (tx: Transaction) => {
    const { meeting: row } = await guardedMeeting(tx, caller, meetingId, (s, today) => canRunMeetings(caller, s, today), "record attendance of");
    if (row.status === "cancelled") throwIfIssues([{ path: "present", key: "meetings.validation.cancelled" }]);
    const day = wallClockInFinland(row.startsAt).date;
    const memberships = (await tx.select().from(groupMembership).where(eq(groupMembership.groupId, row.groupId))).filter((m) => isCurrent(m, day));
    const known = new Set(memberships.map((m) => m.id));
    const strangers = input.present.filter((id) => !known.has(id));
    if (strangers.length) throwIfIssues(strangers.map((id) => ({ path: "present", key: "validation.unknownCode" as const, values: { value: id } })));
    const before = await tx.select().from(meetingAttendance).where(eq(meetingAttendance.meetingId, meetingId));
    await tx.delete(meetingAttendance).where(and(eq(meetingAttendance.meetingId, meetingId)));
    const rows = memberships.map((m) => ({ meetingId, membershipId: m.id, organizationId: m.organizationId, present: input.present.includes(m.id) }));
    if (rows.length) await tx.insert(meetingAttendance).values(rows);
    const summary = (list: { membershipId: string; present: boolean }[]) => Object.fromEntries(list.map((r) => [r.membershipId, r.present]));
    await recordChange(tx, {
      actor: actorOf(caller),
      entityType: "meeting_attendance",
      entityId: meetingId,
      action: "update",
      before: summary(before),
      after: summary(rows),
    });
  };
  await (executor ? run(executor) : db().transaction(run));
}
