import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organization, service } from "~/network-map/public.server";

/**
 * One "did this page help?" answer. The page is the path without its language prefix ("/education"),
 * so that the counts of one page in three languages can be read together or apart. Nothing ties a
 * vote to a person.
 */
export const pageVote = pgTable(
  "page_vote",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pagePath: text("page_path").notNull(),
    language: text("language").notNull(),
    helpful: boolean("helpful").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("page_vote_page_idx").on(t.pagePath, t.language)],
);

/**
 * Free-text feedback from the public site (general, or on accessibility under the Act on the
 * Provision of Digital Services: answered within 14 days). The sender's e-mail is personal data: it
 * is shown in the inbox only, used for the reply, and never exported or written to the audit trail.
 */
export const feedback = pgTable(
  "feedback",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: text("kind").notNull(),
    /** Path without the language prefix, like pageVote.pagePath; null when the sender named no page. */
    pagePath: text("page_path"),
    language: text("language").notNull(),
    message: text("message").notNull(),
    email: text("email"),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    answeredBy: text("answered_by"),
    reply: text("reply"),
    replyMailed: boolean("reply_mailed").notNull().default(false),
  },
  (t) => [index("feedback_received_idx").on(t.receivedAt), index("feedback_page_idx").on(t.pagePath, t.language)],
);

/** What a satisfaction answer is counted under: the same columns on the invitation and the answer. */
const countedUnder = () => ({
  kind: text("kind").notNull(),
  organizationId: uuid("organization_id")
    .notNull()
    .references(() => organization.id, { onDelete: "cascade" }),
  serviceId: uuid("service_id").references(() => service.id, { onDelete: "set null" }),
  channel: text("channel"),
  language: text("language").notNull(),
});

/**
 * An invitation to answer the satisfaction question after a service (decision 0202): a booking
 * held, a contact request answered, a referral's outcome, a mobile point's visit. Only the token's
 * hash is kept, and nothing names the person or the case: the invitation carries what the answer is
 * counted under. `usesLeft` is 1 for one person's invitation, more for a visit's shared code.
 */
export const satisfactionInvitation = pgTable(
  "satisfaction_invitation",
  {
    tokenHash: text("token_hash").primaryKey(),
    ...countedUnder(),
    usesLeft: integer("uses_left").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("satisfaction_invitation_expires_idx").on(t.expiresAt), check("satisfaction_invitation_uses_check", sql`${t.usesLeft} > 0`)],
);

/** One answer to the satisfaction question: a score of 1–5 and an optional comment, counted per service. */
export const satisfactionAnswer = pgTable(
  "satisfaction_answer",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ...countedUnder(),
    score: smallint("score").notNull(),
    comment: text("comment"),
    answeredAt: timestamp("answered_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("satisfaction_answer_organization_idx").on(t.organizationId, t.answeredAt),
    index("satisfaction_answer_service_idx").on(t.serviceId, t.answeredAt),
    check("satisfaction_answer_score_check", sql`${t.score} between 1 and 5`),
  ],
);
