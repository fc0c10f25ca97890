import { index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * Where a message is on its way: `queued` until the delivery job first runs; `retrying` after a
 * failed try with tries left; `sent`; `failed` after the last try; `no_smtp` when no SMTP server
 * was configured (the message stays here, readable by an admin); `example_address` when the
 * address is in the reserved `.example` domain (demo data), which is never sent anywhere.
 */
export const outboxStatuses = ["queued", "retrying", "sent", "failed", "no_smtp", "example_address"] as const;
export type OutboxStatus = (typeof outboxStatuses)[number];

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
    status: text("status").$type<OutboxStatus>().notNull().default("queued"),
    /** Tries to send it over SMTP so far. */
    attempts: integer("attempts").notNull().default(0),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    /** The last try's error. */
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
