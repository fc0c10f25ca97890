import { boolean, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

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
