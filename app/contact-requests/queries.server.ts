import { and, asc, eq, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import { actorOf, recordChange } from "~/audit/public.server";
import { organization, service, workScopeOf } from "~/network-map/public.server";
import { db } from "../kit/db/db.server";
import type { LocalizedText } from "../kit/i18n/localized";
import { coordinatedRegions, isAdmin, type CurrentUser } from "../kit/permissions/roles";
import { NotFound } from "../kit/validation/errors";
import { isOverdue } from "./due.server";
import type { QueueView } from "./inputs";
import { canHandleRequest, type WorkScope } from "./permissions";
import { contactQueueSetting, contactRequest } from "./schema.server";
import { isSecretTokenShaped, hashSecretToken } from "../kit/secret-token.server";
import { satisfactionPathOf } from "./satisfaction.server";

const statusesOf: Record<QueueView, string[]> = { open: ["received", "handling"], answered: ["answered"], closed: ["closed", "withdrawn"] };

/** The queue shows this many requests per view. */
export const queuePageSize = 200;

/** Requests in any of the user's queues: their organisations' own, and the shared queues of their regions. */
function inScope(scope: WorkScope): SQL | undefined {
  const own = scope.organizationIds.length
    ? and(isNull(contactRequest.regionCode), inArray(contactRequest.organizationId, [...scope.organizationIds]))
    : undefined;
  const shared = scope.regionCodes.length ? inArray(contactRequest.regionCode, [...scope.regionCodes]) : undefined;
  return own || shared ? or(own, shared) : sql`false`;
}

/** A line of the queue: no personal details, so that the list itself need not be audited. */
export interface QueueItem {
  id: string;
  serviceName: LocalizedText | null;
  organizationName: LocalizedText;
  regionCode: string | null;
  topic: string;
  language: string;
  channel: string;
  status: string;
  receivedAt: string;
  dueAt: string;
  overdue: boolean;
  claimedByName: string | null;
  version: number;
}

/** The user's queue in one view; open requests overdue first, then by due time. */
export async function queueFor(user: CurrentUser, view: QueueView, now = new Date()): Promise<QueueItem[]> {
  const scope = await workScopeOf(user);
  const overdueFirst = sql`case when ${contactRequest.answeredAt} is null and ${contactRequest.dueAt} < ${now.toISOString()} then 0 else 1 end`;
  const rows = await db()
    .select({ request: contactRequest, serviceName: service.name, organizationName: organization.name })
    .from(contactRequest)
    .innerJoin(organization, eq(organization.id, contactRequest.organizationId))
    .leftJoin(service, eq(service.id, contactRequest.serviceId))
    .where(and(inScope(scope), inArray(contactRequest.status, statusesOf[view])))
    .orderBy(...(view === "open" ? [asc(overdueFirst), asc(contactRequest.dueAt)] : [sql`${contactRequest.receivedAt} desc`]), asc(contactRequest.id))
    .limit(queuePageSize);
  return rows.map(({ request: r, serviceName, organizationName }) => ({
    id: r.id,
    serviceName,
    organizationName,
    regionCode: r.regionCode,
    topic: r.topic,
    language: r.language,
    channel: r.channel,
    status: r.status,
    receivedAt: r.receivedAt.toISOString(),
    dueAt: r.dueAt.toISOString(),
    overdue: isOverdue(r, now),
    claimedByName: r.claimedByName,
    version: r.version,
  }));
}

/** Counts for the top of the queue page and the dashboard: open and overdue requests. */
export async function queueCounts(user: CurrentUser, now = new Date()): Promise<{ open: number; overdue: number }> {
  const scope = await workScopeOf(user);
  const [row] = await db()
    .select({
      open: sql<number>`count(*)`.mapWith(Number),
      overdue: sql<number>`count(*) filter (where ${contactRequest.dueAt} < ${now.toISOString()})`.mapWith(Number),
    })
    .from(contactRequest)
    .where(and(inScope(scope), inArray(contactRequest.status, statusesOf.open)));
  return row;
}

/**
 * One request with the person's details, for a member of its queue; the view is recorded in the
 * audit trail (decision 0199). Anyone else gets NotFound, as if it did not exist.
 */
export async function viewRequest(user: CurrentUser, id: string, now = new Date()) {
  const scope = await workScopeOf(user);
  const [found] = await db()
    .select({ request: contactRequest, serviceName: service.name, organizationName: organization.name })
    .from(contactRequest)
    .innerJoin(organization, eq(organization.id, contactRequest.organizationId))
    .leftJoin(service, eq(service.id, contactRequest.serviceId))
    .where(eq(contactRequest.id, id));
  if (!found || !canHandleRequest(scope, found.request)) throw new NotFound(`contact request ${id}`);
  await recordChange(db(), { actor: actorOf(user), entityType: "contact_request", entityId: id, action: "view", before: null, after: null });
  const r = found.request;
  return {
    id: r.id,
    serviceId: r.serviceId,
    serviceName: found.serviceName,
    organizationName: found.organizationName,
    regionCode: r.regionCode,
    topic: r.topic,
    language: r.language,
    channel: r.channel,
    preferredTimes: r.preferredTimes,
    name: r.name,
    phone: r.phone,
    email: r.email,
    note: r.note,
    status: r.status,
    receivedAt: r.receivedAt.toISOString(),
    dueAt: r.dueAt.toISOString(),
    overdue: isOverdue(r, now),
    claimedByName: r.claimedByName,
    claimedAt: r.claimedAt?.toISOString() ?? null,
    answeredAt: r.answeredAt?.toISOString() ?? null,
    answerChannel: r.answerChannel,
    closedAt: r.closedAt?.toISOString() ?? null,
    personalDataDeletedAt: r.personalDataDeletedAt?.toISOString() ?? null,
    version: r.version,
  };
}

/** What the citizen's follow-up link shows: the state of the request, not the details they gave. Null for an unknown or expired link. */
export async function followUp(token: string) {
  if (!isSecretTokenShaped(token)) return null;
  const [found] = await db()
    .select({ request: contactRequest, serviceName: service.name, organizationName: organization.name })
    .from(contactRequest)
    .innerJoin(organization, eq(organization.id, contactRequest.organizationId))
    .leftJoin(service, eq(service.id, contactRequest.serviceId))
    .where(eq(contactRequest.tokenHash, hashSecretToken(token)));
  if (!found) return null;
  const r = found.request;
  return {
    serviceId: r.serviceId,
    serviceName: found.serviceName,
    organizationName: found.organizationName,
    topic: r.topic,
    channel: r.channel,
    status: r.status,
    receivedAt: r.receivedAt.toISOString(),
    dueAt: r.dueAt.toISOString(),
    answeredAt: r.answeredAt?.toISOString() ?? null,
    answerChannel: r.answerChannel,
    closedAt: r.closedAt?.toISOString() ?? null,
    // Once answered, the one question about the service (the link works while it is unanswered and open).
    satisfactionPath: r.answeredAt && r.status !== "withdrawn" ? satisfactionPathOf(r.id, r.pageLanguage) : null,
  };
}

/** The regions whose queue setting the user may change, with the setting: all regions with a row for administrators. */
export async function queueSettingsFor(user: CurrentUser): Promise<{ regionCode: string; sharedQueue: boolean }[]> {
  const regions = coordinatedRegions(user);
  if (regions.length === 0 && !isAdmin(user)) return [];
  const rows = await db().select().from(contactQueueSetting);
  const codes = [...new Set([...regions, ...(isAdmin(user) ? rows.map((r) => r.regionCode) : [])])].sort();
  return codes.map((code) => ({ regionCode: code, sharedQueue: rows.find((r) => r.regionCode === code)?.sharedQueue ?? false }));
}

export interface ContactRequestCounts {
  organizationId: string;
  serviceId: string | null;
  /** First day of the month in Finland, "2027-02-01". */
  month: string;
  received: number;
  answered: number;
  answeredInTime: number;
  withdrawn: number;
  /** Median hours from arrival to answer, over the answered ones; null when none was answered. */
  medianAnswerHours: number | null;
  /** Hours from arrival to answer, summed over the answered ones. */
  answerHoursTotal: number;
}

/**
 * Contact requests per organisation, service and month of arrival (Finnish time) with their answer
 * times: no personal data, for the service statistics. `from` and `to` are ISO days, both included.
 */
export async function contactRequestStatistics(range: { from: string; to: string; organizationIds?: string[] }): Promise<ContactRequestCounts[]> {
  const month = sql<string>`to_char(date_trunc('month', ${contactRequest.receivedAt} at time zone 'Europe/Helsinki'), 'YYYY-MM-DD')`;
  const day = sql`(${contactRequest.receivedAt} at time zone 'Europe/Helsinki')::date`;
  const answerHours = sql`extract(epoch from (${contactRequest.answeredAt} - ${contactRequest.receivedAt})) / 3600`;
  const rows = await db()
    .select({
      organizationId: contactRequest.organizationId,
      serviceId: contactRequest.serviceId,
      month,
      received: sql<number>`count(*)`.mapWith(Number),
      answered: sql<number>`count(${contactRequest.answeredAt})`.mapWith(Number),
      answeredInTime: sql<number>`count(*) filter (where ${contactRequest.answeredAt} <= ${contactRequest.dueAt})`.mapWith(Number),
      withdrawn: sql<number>`count(*) filter (where ${contactRequest.status} = 'withdrawn')`.mapWith(Number),
      medianAnswerHours: sql<number | null>`percentile_cont(0.5) within group (order by ${answerHours})`,
      // A sum as well, so that averages over several months and organisations can be derived (decision 0203).
      answerHoursTotal: sql<number>`coalesce(sum(${answerHours}), 0)`.mapWith(Number),
    })
    .from(contactRequest)
    .where(
      and(
        sql`${day} between ${range.from}::date and ${range.to}::date`,
        range.organizationIds ? inArray(contactRequest.organizationId, range.organizationIds) : undefined,
      ),
    )
    .groupBy(contactRequest.organizationId, contactRequest.serviceId, month)
    .orderBy(month, contactRequest.organizationId, contactRequest.serviceId);
  return rows.map((r) => ({ ...r, medianAnswerHours: r.medianAnswerHours === null ? null : Math.round(Number(r.medianAnswerHours) * 10) / 10 }));
}

/** A service a citizen may ask to be contacted about, with what the form offers: null when it does not exist or has ended. */
export async function requestableService(id: string) {
  const [found] = await db()
    .select({
      id: service.id,
      name: service.name,
      topics: service.topics,
      languages: service.languages,
      status: service.status,
      organizationName: organization.name,
    })
    .from(service)
    .innerJoin(organization, eq(organization.id, service.organizationId))
    .where(eq(service.id, id));
  return found && found.status !== "defunct" ? found : null;
}
