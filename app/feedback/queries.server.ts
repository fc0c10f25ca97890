import { and, count, desc, eq, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import { earlierBy } from "../kit/dates/calendar";
import { db } from "../kit/db/db.server";
import { accessibilityAnswerDays, type InboxFilters } from "./inputs";
import { answerDueDate, isOverdue } from "./permissions";
import { feedback, pageVote } from "./schema.server";

/** The inbox shows this many of the newest matching messages. */
export const inboxPageSize = 200;

export interface InboxItem {
  id: string;
  kind: string;
  pagePath: string | null;
  language: string;
  message: string;
  email: string | null;
  receivedAt: string;
  dueAt: string | null;
  overdue: boolean;
  answeredAt: string | null;
  answeredBy: string | null;
  reply: string | null;
  replyMailed: boolean;
}

function conditions(filters: InboxFilters): SQL | undefined {
  return and(
    filters.page ? eq(feedback.pagePath, filters.page) : undefined,
    filters.language ? eq(feedback.language, filters.language) : undefined,
    filters.kind ? eq(feedback.kind, filters.kind) : undefined,
    filters.status === "open" ? isNull(feedback.answeredAt) : filters.status === "answered" ? isNotNull(feedback.answeredAt) : undefined,
  );
}

/** Feedback matching the filters, newest first. Only for those who may read feedback: it carries e-mail addresses. */
export async function inboxItems(filters: InboxFilters, now = new Date()): Promise<InboxItem[]> {
  const rows = await db().select().from(feedback).where(conditions(filters)).orderBy(desc(feedback.receivedAt), desc(feedback.id)).limit(inboxPageSize);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    pagePath: r.pagePath,
    language: r.language,
    message: r.message,
    email: r.email,
    receivedAt: r.receivedAt.toISOString(),
    dueAt: answerDueDate(r.kind, r.receivedAt, accessibilityAnswerDays)?.toISOString() ?? null,
    overdue: isOverdue(r, now, accessibilityAnswerDays),
    answeredAt: r.answeredAt?.toISOString() ?? null,
    answeredBy: r.answeredBy,
    reply: r.reply,
    replyMailed: r.replyMailed,
  }));
}

/** Counts for the top of the inbox, over the page, language and kind chosen: open, open accessibility feedback, and overdue. */
export async function inboxCounts(filters: InboxFilters, now = new Date()) {
  const dueBefore = earlierBy(now, { days: accessibilityAnswerDays });
  const [row] = await db()
    .select({
      open: sql<number>`count(*) filter (where ${feedback.answeredAt} is null)`.mapWith(Number),
      openAccessibility: sql<number>`count(*) filter (where ${feedback.answeredAt} is null and ${feedback.kind} = 'accessibility')`.mapWith(Number),
      overdue:
        sql<number>`count(*) filter (where ${feedback.answeredAt} is null and ${feedback.kind} = 'accessibility' and ${feedback.receivedAt} < ${dueBefore.toISOString()})`.mapWith(
          Number,
        ),
    })
    .from(feedback)
    .where(conditions({ ...filters, status: undefined }));
  return row;
}

export interface Helpfulness {
  pagePath: string;
  language: string;
  yes: number;
  no: number;
}

/** "Did this page help?" counts per page and language, most answered first. */
export async function helpfulness(filters: Pick<InboxFilters, "page" | "language">): Promise<Helpfulness[]> {
  const yes = sql<number>`count(*) filter (where ${pageVote.helpful})`.mapWith(Number);
  const no = sql<number>`count(*) filter (where not ${pageVote.helpful})`.mapWith(Number);
  return db()
    .select({ pagePath: pageVote.pagePath, language: pageVote.language, yes, no })
    .from(pageVote)
    .where(and(filters.page ? eq(pageVote.pagePath, filters.page) : undefined, filters.language ? eq(pageVote.language, filters.language) : undefined))
    .groupBy(pageVote.pagePath, pageVote.language)
    .orderBy(desc(count()), pageVote.pagePath, pageVote.language)
    .limit(200);
}

/** Every page that has feedback or votes, for the inbox's page filter. */
export async function feedbackPages(): Promise<string[]> {
  const rows = await db().execute<{ page_path: string }>(
    sql`select page_path from ${feedback} where page_path is not null union select page_path from ${pageVote} order by 1 limit 500`,
  );
  return rows.rows.map((r) => r.page_path);
}
