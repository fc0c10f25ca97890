import { randomBytes } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import { roleAssignment, user } from "~/accounts/public.server";
import type { CurrentUser } from "../../../kit/permissions/roles";
import { editConflict } from "~/audit/public.server";
import { NotFound, requirePermission } from "../../../kit/validation/errors";
import { type Transaction } from "../../../kit/db/db.server";
import { formatDate } from "../../../kit/format";
import { inEachLanguage, type LocalizedText } from "../../../kit/i18n/localized";
import { practitioner } from "~/network-map/public.server";
import { isCurrent } from "../../inputs";
import { groupMembership } from "../../schema.server";
import { loadGroupWithMemberships } from "../../group-scope.server";
import { todayInFinland } from "../../../kit/dates/calendar";
import type { MeetingGroupScope } from "../permissions";
import { meeting, memberCalendarFeed } from "../schema.server";
import { addressesOf, memberRecipients } from "./recipients.server";

export type { Transaction };

/** Who last changed the entity, according to the audit trail, for the conflict message. */
export const conflict = editConflict;

export type GroupScope = MeetingGroupScope & { id: string; name: LocalizedText; parentId: string | null };

export const loadScope = (tx: Transaction, groupId: string): Promise<GroupScope | null> => loadGroupWithMemberships(tx, groupId);

/** The meeting, locked for the transaction, with its group's scope; the caller's right is checked. */
export async function guardedMeeting(
  tx: Transaction,
  caller: CurrentUser,
  meetingId: string,
  allowed: (scope: GroupScope, today: string) => boolean,
  what: string,
) {
  const [row] = await tx.select().from(meeting).where(eq(meeting.id, meetingId)).for("update");
  if (!row) throw new NotFound(`meeting ${meetingId}`);
  const scope = (await loadScope(tx, row.groupId))!;
  requirePermission(allowed(scope, todayInFinland()), `${what} ${meetingId}`);
  return { meeting: row, scope };
}

/** The addresses of the group's current member organisations on a day (see memberRecipients). */
export async function memberAddresses(tx: Transaction, groupId: string, day: string): Promise<string[]> {
  return addressesOf(await memberRecipients(tx, groupId, day));
}

/** A member's own calendar feed token of a group, made on first use. */
export async function feedToken(tx: Transaction, groupId: string, userId: string): Promise<string> {
  await tx.insert(memberCalendarFeed).values({ groupId, userId, token: newFeedToken() }).onConflictDoNothing();
  const [row] = await tx
    .select({ token: memberCalendarFeed.token })
    .from(memberCalendarFeed)
    .where(and(eq(memberCalendarFeed.groupId, groupId), eq(memberCalendarFeed.userId, userId)));
  return row.token;
}

/** 24 random bytes: the feed address is the only key, so it must not be guessable. */
export const newFeedToken = () => randomBytes(24).toString("base64url");

/**
 * The accounts of the group's current members on a day, for notifications: a named person's
 * practitioner accounts and the account with their card's address, and for an organisation's seat
 * without a named person the organisation's contact persons. `positions` limits to e.g. the chair
 * and secretary.
 */
export async function memberUserIds(tx: Transaction, groupId: string, day: string, positions?: readonly string[]): Promise<string[]> {
  const rows = await tx
    .select({
      organizationId: groupMembership.organizationId,
      practitionerId: groupMembership.practitionerId,
      position: groupMembership.position,
      startsOn: groupMembership.startsOn,
      endsOn: groupMembership.endsOn,
      cardEmail: practitioner.email,
    })
    .from(groupMembership)
    .leftJoin(practitioner, eq(practitioner.id, groupMembership.practitionerId))
    .where(eq(groupMembership.groupId, groupId));
  const current = rows.filter((r) => isCurrent(r, day) && (!positions || positions.includes(r.position)));
  const cards = current.flatMap((r) => (r.practitionerId ? [r.practitionerId] : []));
  const cardEmails = current.flatMap((r) => (r.practitionerId && r.cardEmail ? [r.cardEmail.toLowerCase()] : []));
  const seats = current.filter((r) => !r.practitionerId).map((r) => r.organizationId);
  const ids = new Set<string>();
  if (cards.length)
    for (const a of await tx
      .select({ id: roleAssignment.userId })
      .from(roleAssignment)
      .where(and(eq(roleAssignment.role, "practitioner"), inArray(roleAssignment.practitionerId, cards))))
      ids.add(a.id);
  if (cardEmails.length)
    for (const u of await tx
      .select({ id: user.id })
      .from(user)
      .where(inArray(sql`lower(${user.email})`, cardEmails)))
      ids.add(u.id);
  if (seats.length)
    for (const c of await tx
      .select({ id: roleAssignment.userId })
      .from(roleAssignment)
      .where(and(eq(roleAssignment.role, "contact_person"), inArray(roleAssignment.organizationId, seats))))
      ids.add(c.id);
  return [...ids].sort();
}

/** The accounts of the region's coordinators. */
export async function coordinatorIds(tx: Transaction, regionCode: string): Promise<string[]> {
  const rows = await tx
    .select({ id: roleAssignment.userId })
    .from(roleAssignment)
    .where(and(eq(roleAssignment.role, "coordinator"), eq(roleAssignment.regionCode, regionCode)));
  return [...new Set(rows.map((r) => r.id))].sort();
}

/** A meeting's day as the notifications show it, in the reader's language: 12.3.2030 in Finnish. */
export const meetingDay = (startsAt: Date) => inEachLanguage((lang) => formatDate(startsAt, lang));

/** The path of a meeting's page, without the language. */
export const meetingLink = (meetingId: string) => `/work/meetings/${meetingId}`;
