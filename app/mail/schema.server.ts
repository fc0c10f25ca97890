import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** Every message Elo sends. Without SMTP settings this is where mail stays, readable by an admin. */
export const outboxMessage = pgTable(
  "outbox_message",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    recipient: text("recipient").notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    /** Files sent with the message (an iCalendar invitation), content as text. */
    attachments: jsonb("attachments").$type<MailAttachment[]>().notNull().default([]),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    error: text("error"),
  },
  (t) => [index("outbox_created_idx").on(t.createdAt)],
);

export interface MailAttachment {
  filename: string;
  /** e.g. "text/calendar; method=REQUEST; charset=utf-8" */
  contentType: string;
  content: string;
}
