import { aliasedTable, and, asc, desc, eq, inArray, ne, or, sql } from "drizzle-orm";
import { actorOf, recordChange } from "~/audit/public.server";
import { networkMembership, organization, service, workScopeOf } from "~/network-map/public.server";
import { todayInFinland } from "../kit/dates/calendar";
import { db } from "../kit/db/db.server";
import type { LocalizedText } from "../kit/i18n/localized";
import type { CurrentUser } from "../kit/permissions/roles";
import { NotFound } from "../kit/validation/errors";
import { canAnswerReferral, canSeeReferral } from "./permissions";
import { referral } from "./schema.server";

const fromOrganization = aliasedTable(organization, "from_organization");
const toOrganization = aliasedTable(organization, "to_organization");

/** The referrals' list shows this many of the newest per direction. */
export const listSize = 200;

/** A line of the list: no client details, so that the list need not be audited. */
export interface ReferralLine {
  id: string;
  direction: "sent" | "received";
  fromName: LocalizedText;
  toName: LocalizedText;
  serviceName: LocalizedText | null;
  status: string;
  outcome: string | null;
  createdAt: string;
  consentUntil: string;
}

/** The referrals the user's organisations sent and received, newest first. */
export async function referralsFor(user: CurrentUser): Promise<ReferralLine[]> {
  const { organizationIds } = await workScopeOf(user);
  if (organizationIds.length === 0) return [];
  const rows = await db()
    .select({ r: referral, fromName: fromOrganization.name, toName: toOrganization.name, serviceName: service.name })
    .from(referral)
    .innerJoin(fromOrganization, eq(fromOrganization.id, referral.fromOrganizationId))
    .innerJoin(toOrganization, eq(toOrganization.id, referral.toOrganizationId))
    .leftJoin(service, eq(service.id, referral.serviceId))
    .where(or(inArray(referral.fromOrganizationId, organizationIds), inArray(referral.toOrganizationId, organizationIds)))
    .orderBy(desc(referral.createdAt), asc(referral.id))
    .limit(listSize);
  return rows.map(({ r, fromName, toName, serviceName }) => ({
    id: r.id,
    direction: organizationIds.includes(r.toOrganizationId) ? "received" : "sent",
    fromName,
    toName,
    serviceName,
    status: r.status,
    outcome: r.outcome,
    createdAt: r.createdAt.toISOString(),
    consentUntil: r.consentUntil,
  }));
}

/**
 * One referral with the client's details for the people of the two organisations; the view is
 * recorded in the audit trail. Once the consent has ended the details are not shown, even before the
 * nightly job deletes them. Anyone else gets NotFound.
 */
export async function viewReferral(user: CurrentUser, id: string, now = new Date()) {
  const scope = await workScopeOf(user);
  const [found] = await db()
    .select({ r: referral, fromName: fromOrganization.name, toName: toOrganization.name, serviceName: service.name })
    .from(referral)
    .innerJoin(fromOrganization, eq(fromOrganization.id, referral.fromOrganizationId))
    .innerJoin(toOrganization, eq(toOrganization.id, referral.toOrganizationId))
    .leftJoin(service, eq(service.id, referral.serviceId))
    .where(eq(referral.id, id));
  if (!found || !canSeeReferral(scope, found.r)) throw new NotFound(`referral ${id}`);
  await recordChange(db(), { actor: actorOf(user), entityType: "referral", entityId: id, action: "view", before: null, after: null });
  const r = found.r;
  const sharing = r.personalDataDeletedAt === null && r.consentUntil >= todayInFinland(now);
  return {
    id: r.id,
    fromName: found.fromName,
    toName: found.toName,
    serviceId: r.serviceId,
    serviceName: found.serviceName,
    referredByName: r.referredByName,
    sharedFields: r.sharedFields,
    consentUntil: r.consentUntil,
    consentRecordedAt: r.consentRecordedAt.toISOString(),
    sharing,
    client: sharing
      ? { name: r.clientName, phone: r.clientPhone, email: r.clientEmail, language: r.clientLanguage, background: r.background, purpose: r.purpose }
      : null,
    status: r.status,
    declineReason: r.declineReason,
    outcome: r.outcome,
    handledByName: r.handledByName,
    respondedAt: r.respondedAt?.toISOString() ?? null,
    closedAt: r.closedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    mayAnswer: canAnswerReferral(scope, r),
    version: r.version,
  };
}

/**
 * What the new referral form offers: the user's own organisations to refer from, and the active
 * services of the other organisations in the same regional networks to refer to.
 */
export async function referralChoices(user: CurrentUser) {
  const scope = await workScopeOf(user);
  if (scope.organizationIds.length === 0) return { from: [], services: [] };
  const from = await db()
    .select({ id: organization.id, name: organization.name })
    .from(organization)
    .where(inArray(organization.id, scope.organizationIds))
    .orderBy(sql`${organization.name}->>'fi' collate "fi-FI-x-icu"`);
  const partners = db()
    .selectDistinct({ id: networkMembership.organizationId })
    .from(networkMembership)
    .where(scope.regionCodes.length ? inArray(networkMembership.regionCode, [...scope.regionCodes]) : sql`false`);
  const services = await db()
    .select({ id: service.id, name: service.name, organizationName: organization.name })
    .from(service)
    .innerJoin(organization, eq(organization.id, service.organizationId))
    .where(and(inArray(service.organizationId, partners), ne(service.status, "defunct")))
    .orderBy(sql`${organization.name}->>'fi' collate "fi-FI-x-icu"`, sql`${service.name}->>'fi' collate "fi-FI-x-icu"`);
  return { from, services };
}

export interface ReferralCounts {
  fromOrganizationId: string;
  toOrganizationId: string;
  serviceId: string | null;
  /** First day of the month in Finland, "2027-02-01". */
  month: string;
  sent: number;
  accepted: number;
  declined: number;
  /** Completed referrals per outcome code. */
  outcomes: Record<string, number>;
}

/**
 * Referrals per referring and receiving organisation, service and month (Finnish time) with their
 * answers and outcomes: no client data, for the service statistics. `from` and `to` are ISO days.
 */
export async function referralStatistics(range: { from: string; to: string; organizationIds?: string[] }): Promise<ReferralCounts[]> {
  const month = sql<string>`to_char(date_trunc('month', ${referral.createdAt} at time zone 'Europe/Helsinki'), 'YYYY-MM-DD')`;
  const day = sql`(${referral.createdAt} at time zone 'Europe/Helsinki')::date`;
  const rows = await db()
    .select({
      fromOrganizationId: referral.fromOrganizationId,
      toOrganizationId: referral.toOrganizationId,
      serviceId: referral.serviceId,
      month,
      sent: sql<number>`count(*)`.mapWith(Number),
      accepted: sql<number>`count(*) filter (where ${referral.status} in ('accepted', 'completed'))`.mapWith(Number),
      declined: sql<number>`count(*) filter (where ${referral.status} = 'declined')`.mapWith(Number),
      outcomeList: sql<string[] | null>`array_agg(${referral.outcome}) filter (where ${referral.outcome} is not null)`,
    })
    .from(referral)
    .where(
      and(
        sql`${day} between ${range.from}::date and ${range.to}::date`,
        range.organizationIds
          ? or(inArray(referral.fromOrganizationId, range.organizationIds), inArray(referral.toOrganizationId, range.organizationIds))
          : undefined,
      ),
    )
    .groupBy(referral.fromOrganizationId, referral.toOrganizationId, referral.serviceId, month)
    .orderBy(month, referral.fromOrganizationId, referral.toOrganizationId, referral.serviceId);
  return rows.map(({ outcomeList, ...r }) => {
    const outcomes: Record<string, number> = {};
    for (const o of outcomeList ?? []) outcomes[o] = (outcomes[o] ?? 0) + 1;
    return { ...r, outcomes };
  });
}
