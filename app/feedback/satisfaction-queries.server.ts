import { and, desc, eq, gt, gte, inArray, isNotNull, lt, or, sql, type SQL } from "drizzle-orm";
import { db } from "../kit/db/db.server";
import type { LocalizedText } from "../kit/i18n/localized";
import { hashSecretToken } from "../kit/secret-token.server";
import { networkMembership, organization, service } from "~/network-map/public.server";
import type { SatisfactionScope } from "./permissions";
import { commentsShown, type SatisfactionKind } from "./satisfaction-inputs";
import { satisfactionAnswer, satisfactionInvitation } from "./schema.server";

export interface OpenQuestion {
  kind: SatisfactionKind;
  organizationName: LocalizedText;
  serviceName: LocalizedText | null;
}

/** The question behind a token, while it is open; null when used up, expired or unknown. */
export async function openQuestion(token: string, now = new Date()): Promise<OpenQuestion | null> {
  const [row] = await db()
    .select({ kind: satisfactionInvitation.kind, organizationName: organization.name, serviceName: service.name })
    .from(satisfactionInvitation)
    .innerJoin(organization, eq(organization.id, satisfactionInvitation.organizationId))
    .leftJoin(service, eq(service.id, satisfactionInvitation.serviceId))
    .where(and(eq(satisfactionInvitation.tokenHash, hashSecretToken(token)), gt(satisfactionInvitation.expiresAt, now)));
  return row ? { ...row, kind: row.kind as SatisfactionKind } : null;
}

/** A period of whole months, "2026-01" to "2026-12" inclusive, as the Finnish calendar has them. */
export interface MonthPeriod {
  from: string;
  to: string;
}

function inScope(scope: SatisfactionScope): SQL | undefined {
  if (scope.all) return undefined;
  const regional = scope.regionCodes.length
    ? inArray(
        satisfactionAnswer.organizationId,
        db().select({ id: networkMembership.organizationId }).from(networkMembership).where(inArray(networkMembership.regionCode, scope.regionCodes)),
      )
    : undefined;
  const own = scope.organizationIds.length ? inArray(satisfactionAnswer.organizationId, scope.organizationIds) : undefined;
  return or(regional, own);
}

/** Month boundaries in Finnish time: an answer at 00:30 on 1 March in Helsinki belongs to March. */
function inPeriod(period: MonthPeriod): SQL {
  const start = sql`(${`${period.from}-01`}::date)::timestamp at time zone 'Europe/Helsinki'`;
  const end = sql`((${`${period.to}-01`}::date + interval '1 month')::timestamp) at time zone 'Europe/Helsinki'`;
  return and(gte(satisfactionAnswer.answeredAt, start), lt(satisfactionAnswer.answeredAt, end))!;
}

export interface ServiceSatisfaction {
  organizationId: string;
  organizationName: LocalizedText;
  serviceId: string | null;
  serviceName: LocalizedText | null;
  answers: number;
  average: number;
  /** Answers with the score 1, 2, 3, 4 and 5. */
  distribution: [number, number, number, number, number];
}

/** Answers per organisation and service in the scope and period, the most answered first. */
export async function satisfactionByService(scope: SatisfactionScope, period: MonthPeriod): Promise<ServiceSatisfaction[]> {
  const scoreCount = (score: number) => sql<number>`count(*) filter (where ${satisfactionAnswer.score} = ${score})::int`;
  const rows = await db()
    .select({
      organizationId: satisfactionAnswer.organizationId,
      organizationName: organization.name,
      serviceId: satisfactionAnswer.serviceId,
      serviceName: service.name,
      answers: sql<number>`count(*)::int`,
      average: sql<number>`avg(${satisfactionAnswer.score})::float8`,
      s1: scoreCount(1),
      s2: scoreCount(2),
      s3: scoreCount(3),
      s4: scoreCount(4),
      s5: scoreCount(5),
    })
    .from(satisfactionAnswer)
    .innerJoin(organization, eq(organization.id, satisfactionAnswer.organizationId))
    .leftJoin(service, eq(service.id, satisfactionAnswer.serviceId))
    .where(and(inScope(scope), inPeriod(period)))
    .groupBy(satisfactionAnswer.organizationId, organization.name, satisfactionAnswer.serviceId, service.name)
    .orderBy(desc(sql`count(*)`), satisfactionAnswer.organizationId, satisfactionAnswer.serviceId);
  return rows.map(({ s1, s2, s3, s4, s5, ...row }) => ({ ...row, distribution: [s1, s2, s3, s4, s5] }));
}

export interface SatisfactionComment {
  organizationName: LocalizedText;
  serviceName: LocalizedText | null;
  kind: SatisfactionKind;
  score: number;
  comment: string;
  answeredAt: string;
}

/** The newest comments in the scope and period. */
export async function satisfactionComments(scope: SatisfactionScope, period: MonthPeriod): Promise<SatisfactionComment[]> {
  const rows = await db()
    .select({
      organizationName: organization.name,
      serviceName: service.name,
      kind: satisfactionAnswer.kind,
      score: satisfactionAnswer.score,
      comment: satisfactionAnswer.comment,
      answeredAt: satisfactionAnswer.answeredAt,
    })
    .from(satisfactionAnswer)
    .innerJoin(organization, eq(organization.id, satisfactionAnswer.organizationId))
    .leftJoin(service, eq(service.id, satisfactionAnswer.serviceId))
    .where(and(inScope(scope), inPeriod(period), isNotNull(satisfactionAnswer.comment)))
    .orderBy(desc(satisfactionAnswer.answeredAt), desc(satisfactionAnswer.id))
    .limit(commentsShown);
  return rows.map((r) => ({ ...r, kind: r.kind as SatisfactionKind, comment: r.comment ?? "", answeredAt: r.answeredAt.toISOString() }));
}

/** Answers per organisation, service, channel, kind and month, for the service statistics (no text, no people). */
export async function satisfactionPerMonth(scope: SatisfactionScope, period: MonthPeriod) {
  const month = sql<string>`to_char(${satisfactionAnswer.answeredAt} at time zone 'Europe/Helsinki', 'YYYY-MM')`;
  return db()
    .select({
      month,
      organizationId: satisfactionAnswer.organizationId,
      serviceId: satisfactionAnswer.serviceId,
      channel: satisfactionAnswer.channel,
      kind: satisfactionAnswer.kind,
      answers: sql<number>`count(*)::int`,
      scoreSum: sql<number>`sum(${satisfactionAnswer.score})::int`,
    })
    .from(satisfactionAnswer)
    .where(and(inScope(scope), inPeriod(period)))
    .groupBy(month, satisfactionAnswer.organizationId, satisfactionAnswer.serviceId, satisfactionAnswer.channel, satisfactionAnswer.kind)
    .orderBy(month);
}
