import { and, asc, desc, eq, gt, gte, inArray, isNotNull, lt, lte, sql } from "drizzle-orm";
import { actorOf, recordChange } from "~/audit/public.server";
import { staffUserIds, user as account } from "~/accounts/public.server";
import { networkMembership, organization, service } from "~/network-map/public.server";
import { earlierBy } from "../kit/dates/calendar";
import { db, type Database, type Transaction } from "../kit/db/db.server";
import type { LocalizedText } from "../kit/i18n/localized";
import { contactOrganizations, coordinatedRegions, isAdmin, type CurrentUser } from "../kit/permissions/roles";
import { NotFound, requirePermission } from "../kit/validation/errors";
import { waitEstimateMinutes } from "./assignment";
import { dutyRegionsOf, regionSettingOf } from "./duty.server";
import { canReadChat } from "./permissions";
import { chat, chatCannedAnswer, chatMessage, chatShift } from "./schema.server";

type Executor = Database | Transaction;

/** A line of a transcript as both sides see it. */
export interface ChatLine {
  sequence: number;
  senderKind: string;
  senderName: string | null;
  body: string;
  createdAt: string;
}

/** How far ahead the public status looks for the next shift. */
const lookAheadDays = 14;

/** Whether a region's chat is open now, and otherwise when it next opens (null: not in the next two weeks). */
export interface DutyStatus {
  regionCode: string;
  openNow: boolean;
  nextOpenAt: string | null;
}

/** The status of every region that has shifts now or in the next two weeks, by region code. */
export async function dutyStatuses(now = new Date(), executor: Executor = db()): Promise<DutyStatus[]> {
  const rows = await executor
    .select({ regionCode: chatShift.regionCode, startsAt: sql<Date>`min(${chatShift.startsAt})` })
    .from(chatShift)
    .where(and(gt(chatShift.endsAt, now), lt(chatShift.startsAt, new Date(now.getTime() + lookAheadDays * 86_400_000))))
    .groupBy(chatShift.regionCode)
    .orderBy(asc(chatShift.regionCode));
  return rows.map((r) => {
    const startsAt = new Date(r.startsAt);
    return { regionCode: r.regionCode, openNow: startsAt <= now, nextOpenAt: startsAt <= now ? null : startsAt.toISOString() };
  });
}

/** The region a service's chat goes to: the first network region of its organisation. */
export async function regionOfService(serviceId: string, executor: Executor = db()): Promise<string | null> {
  const [row] = await executor
    .select({ regionCode: networkMembership.regionCode })
    .from(service)
    .innerJoin(networkMembership, eq(networkMembership.organizationId, service.organizationId))
    .where(eq(service.id, serviceId))
    .orderBy(asc(networkMembership.regionCode))
    .limit(1);
  return row?.regionCode ?? null;
}

/** The region of an organisation (for the service page's chat status). */
export async function regionOfOrganization(organizationId: string, executor: Executor = db()): Promise<string | null> {
  const [row] = await executor
    .select({ regionCode: networkMembership.regionCode })
    .from(networkMembership)
    .where(eq(networkMembership.organizationId, organizationId))
    .orderBy(asc(networkMembership.regionCode))
    .limit(1);
  return row?.regionCode ?? null;
}

/** The messages of a chat after a sequence number, in order. */
export async function linesAfter(chatId: string, after: number, executor: Executor = db()): Promise<ChatLine[]> {
  const rows = await executor
    .select()
    .from(chatMessage)
    .where(and(eq(chatMessage.chatId, chatId), gt(chatMessage.sequence, after)))
    .orderBy(asc(chatMessage.sequence))
    .limit(500);
  return rows.map((m) => ({ sequence: m.sequence, senderKind: m.senderKind, senderName: m.senderName, body: m.body, createdAt: m.createdAt.toISOString() }));
}

/** What the citizen's page shows of the chat's state besides the messages. */
export interface CitizenState {
  status: string;
  position: number | null;
  waitMinutes: number | null;
  answeredBy: string | null;
  satisfactionPath: string | null;
}

/** The citizen's place in the queue and the wait estimate, or who answers. */
export async function citizenState(row: typeof chat.$inferSelect, now = new Date(), executor: Executor = db()): Promise<CitizenState> {
  const base = { status: row.status, answeredBy: row.assignedUserName, satisfactionPath: row.satisfactionPath };
  if (row.status !== "queued") return { ...base, position: null, waitMinutes: null };
  const [ahead] = await executor
    .select({ n: sql<number>`count(*)::int` })
    .from(chat)
    .where(and(eq(chat.regionCode, row.regionCode), eq(chat.status, "queued"), lt(chat.createdAt, row.createdAt)));
  const [recent] = await executor
    .select({ minutes: sql<number | null>`avg(extract(epoch from (${chat.answeredAt} - ${chat.createdAt})) / 60)::float` })
    .from(chat)
    .where(and(eq(chat.regionCode, row.regionCode), isNotNull(chat.answeredAt), gte(chat.createdAt, earlierBy(now, { days: 7 }))));
  const [duty] = await executor
    .select({ n: sql<number>`count(distinct ${chatShift.userId})::int` })
    .from(chatShift)
    .where(and(eq(chatShift.regionCode, row.regionCode), lte(chatShift.startsAt, now), gt(chatShift.endsAt, now)));
  const position = ahead.n + 1;
  return { ...base, position, waitMinutes: waitEstimateMinutes(position, duty.n, recent.minutes === null ? null : Number(recent.minutes)) };
}

/** A chat in the queue as the people on duty see it: no messages, so that the list need not be audited. */
export interface QueuedChat {
  id: string;
  regionCode: string;
  language: string;
  topic: string;
  createdAt: string;
}

/** The duty page of a signed-in user: their shifts, the queues of the regions they are on duty in, and the chats they hold. */
export async function dutyOverview(user: CurrentUser, now = new Date()) {
  const executor = db();
  const dutyRegions = await dutyRegionsOf(executor, user.id, now);
  const [shifts, queue, mine] = await Promise.all([
    executor
      .select({ shift: chatShift, organizationName: organization.name })
      .from(chatShift)
      .innerJoin(organization, eq(organization.id, chatShift.organizationId))
      .where(and(eq(chatShift.userId, user.id), gt(chatShift.endsAt, now)))
      .orderBy(asc(chatShift.startsAt))
      .limit(50),
    dutyRegions.length
      ? executor
          .select({ id: chat.id, regionCode: chat.regionCode, language: chat.language, topic: chat.topic, createdAt: chat.createdAt })
          .from(chat)
          .where(and(inArray(chat.regionCode, dutyRegions), eq(chat.status, "queued")))
          .orderBy(asc(chat.createdAt))
          .limit(100)
      : Promise.resolve([]),
    executor
      .select({
        id: chat.id,
        status: chat.status,
        language: chat.language,
        topic: chat.topic,
        firstName: chat.firstName,
        lastActivityAt: chat.lastActivityAt,
        endTopic: chat.endTopic,
      })
      .from(chat)
      .where(and(eq(chat.assignedUserId, user.id), sql`(${chat.status} = 'active' or ${chat.endedAt} > ${earlierBy(now, { hours: 12 }).toISOString()})`))
      .orderBy(desc(chat.lastActivityAt))
      .limit(50),
  ]);
  return {
    dutyRegions,
    shifts: shifts.map(({ shift: s, organizationName }) => ({
      id: s.id,
      regionCode: s.regionCode,
      organizationName,
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt.toISOString(),
      languages: s.languages,
      topics: s.topics,
      swapRequested: s.swapRequestedAt !== null,
    })),
    queue: queue.map((q) => ({ ...q, createdAt: q.createdAt.toISOString() })) as QueuedChat[],
    mine: mine.map((m) => ({ ...m, lastActivityAt: m.lastActivityAt.toISOString() })),
  };
}

/**
 * One chat for the person who holds it, with its transcript: every view is audited. Also who else
 * is on duty in the region (for a transfer) and the region's canned answers in the chat's language.
 */
export async function conversationFor(user: CurrentUser, id: string, now = new Date()) {
  const executor = db();
  const [row] = await executor.select().from(chat).where(eq(chat.id, id));
  if (!row) throw new NotFound(`chat ${id}`);
  requirePermission(canReadChat(user, row), "read a chat one does not hold");
  await recordChange(executor, { actor: actorOf(user), entityType: "chat", entityId: id, action: "view", before: null, after: null });
  const [lines, colleagues, canned] = await Promise.all([
    linesAfter(id, 0, executor),
    executor
      .select({ shiftId: chatShift.id, userId: chatShift.userId, userName: chatShift.userName, organizationName: organization.name })
      .from(chatShift)
      .innerJoin(organization, eq(organization.id, chatShift.organizationId))
      .where(and(eq(chatShift.regionCode, row.regionCode), lte(chatShift.startsAt, now), gt(chatShift.endsAt, now)))
      .orderBy(asc(chatShift.userName)),
    executor
      .select({ id: chatCannedAnswer.id, title: chatCannedAnswer.title, body: chatCannedAnswer.body })
      .from(chatCannedAnswer)
      .where(and(eq(chatCannedAnswer.regionCode, row.regionCode), eq(chatCannedAnswer.language, row.language)))
      .orderBy(asc(chatCannedAnswer.title)),
  ]);
  const seen = new Set<string>([user.id]);
  const others: { shiftId: string; userName: string; organizationName: LocalizedText }[] = [];
  for (const c of colleagues) {
    if (seen.has(c.userId)) continue;
    seen.add(c.userId);
    others.push({ shiftId: c.shiftId, userName: c.userName, organizationName: c.organizationName });
  }
  return {
    chat: {
      id: row.id,
      regionCode: row.regionCode,
      status: row.status,
      language: row.language,
      topic: row.topic,
      firstName: row.firstName,
      serviceId: row.serviceId,
      endTopic: row.endTopic,
      createdAt: row.createdAt.toISOString(),
      transcriptDeleted: row.transcriptDeletedAt !== null,
    },
    lines,
    colleagues: others,
    canned,
  };
}

/** The roster: shifts from today on in the regions the user plans for (or their organisations'), and the region settings. */
export async function rosterFor(regionCodes: readonly string[], organizationIds: readonly string[], now = new Date()) {
  const executor = db();
  if (regionCodes.length === 0 && organizationIds.length === 0) return [];
  const where = regionCodes.length
    ? organizationIds.length
      ? sql`(${inArray(chatShift.regionCode, [...regionCodes])} or ${inArray(chatShift.organizationId, [...organizationIds])})`
      : inArray(chatShift.regionCode, [...regionCodes])
    : inArray(chatShift.organizationId, [...organizationIds]);
  const rows = await executor
    .select({ shift: chatShift, organizationName: organization.name })
    .from(chatShift)
    .innerJoin(organization, eq(organization.id, chatShift.organizationId))
    .where(and(where, gt(chatShift.endsAt, now)))
    .orderBy(asc(chatShift.startsAt), asc(chatShift.userName))
    .limit(300);
  return rows.map(({ shift: s, organizationName }) => ({
    id: s.id,
    regionCode: s.regionCode,
    organizationId: s.organizationId,
    organizationName,
    userName: s.userName,
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
    languages: s.languages,
    topics: s.topics,
    swapRequested: s.swapRequestedAt !== null,
    swapNote: s.swapNote,
  }));
}

export { regionSettingOf };

/** The canned answers of some regions, for the coordinators' list. */
export async function cannedAnswersOf(regionCodes: readonly string[]) {
  if (regionCodes.length === 0) return [];
  return db()
    .select()
    .from(chatCannedAnswer)
    .where(inArray(chatCannedAnswer.regionCode, [...regionCodes]))
    .orderBy(asc(chatCannedAnswer.regionCode), asc(chatCannedAnswer.language), asc(chatCannedAnswer.title));
}

/** Chat figures per month and organisation, for the service statistics: counts and summed minutes only. */
export async function chatStatistics(period: { from: Date; to: Date; organizationIds?: readonly string[] }) {
  const month = sql<string>`to_char(${chat.createdAt} at time zone 'Europe/Helsinki', 'YYYY-MM')`;
  const rows = await db()
    .select({
      month,
      organizationId: chat.organizationId,
      serviceId: chat.serviceId,
      chats: sql<number>`count(*)::int`,
      answered: sql<number>`count(${chat.answeredAt})::int`,
      waitMinutes: sql<number>`coalesce(sum(extract(epoch from (${chat.answeredAt} - ${chat.createdAt})) / 60), 0)::float`,
      durationMinutes: sql<number>`coalesce(sum(extract(epoch from (${chat.endedAt} - ${chat.answeredAt})) / 60) filter (where ${chat.endedAt} is not null), 0)::float`,
    })
    .from(chat)
    .where(
      and(
        isNotNull(chat.organizationId),
        gte(chat.createdAt, period.from),
        lt(chat.createdAt, period.to),
        period.organizationIds ? inArray(chat.organizationId, [...period.organizationIds]) : undefined,
      ),
    )
    .groupBy(month, chat.organizationId, chat.serviceId);
  return rows.map((r) => ({ ...r, organizationId: r.organizationId!, waitMinutes: Math.round(r.waitMinutes), durationMinutes: Math.round(r.durationMinutes) }));
}

/**
 * What the roster's planner chooses from: the regions they plan for (coordinated ones, and those of
 * their own organisations as a contact person), the organisations in them they may plan, and the
 * people of those organisations.
 */
export async function planningChoices(user: CurrentUser, scope: { organizationIds: readonly string[]; regionCodes: readonly string[] }) {
  const executor = db();
  const coordinated = isAdmin(user) ? null : coordinatedRegions(user);
  const ownOrganizations = contactOrganizations(user);
  const memberships = await executor
    .select({ organizationId: networkMembership.organizationId, regionCode: networkMembership.regionCode, name: organization.name })
    .from(networkMembership)
    .innerJoin(organization, eq(organization.id, networkMembership.organizationId))
    .where(
      coordinated === null
        ? undefined
        : sql`(${coordinated.length ? inArray(networkMembership.regionCode, coordinated) : sql`false`} or ${ownOrganizations.length ? inArray(networkMembership.organizationId, ownOrganizations) : sql`false`})`,
    )
    .orderBy(asc(networkMembership.regionCode));
  const organizations = memberships.filter((m) => coordinated === null || coordinated.includes(m.regionCode) || ownOrganizations.includes(m.organizationId));
  const regionCodes = [...new Set(organizations.map((o) => o.regionCode))].filter(
    (code) => coordinated === null || coordinated.includes(code) || scope.regionCodes.includes(code),
  );
  const organizationIds = [...new Set(organizations.map((o) => o.organizationId))];
  const people = organizationIds.length
    ? await executor.transaction(async (tx) => {
        const ids = await staffUserIds(tx, { organizationIds });
        return ids.length ? tx.select({ id: account.id, name: account.name }).from(account).where(inArray(account.id, ids)).orderBy(asc(account.name)) : [];
      })
    : [];
  return { regionCodes, organizations, people };
}
