import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { user } from "~/accounts/public.server";
import type { NotificationValues } from "./notification";

/** A notice to one user: a message key with values (shown in the reader's language) and a link. */
export const notification = pgTable(
  "notification",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    messageKey: text("message_key").notNull(),
    values: jsonb("values").$type<NotificationValues>().notNull().default({}),
    /** A path inside the site without the language, e.g. "/work/agreement". */
    link: text("link"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp("read_at", { withTimezone: true }),
    /** What would make the notification moot, e.g. "agreement:<version id>:<organisation id>" (see resolveNotifications). */
    cause: text("cause"),
    /** When the cause was resolved, and the message key saying how ("notifications.done.agreementAccepted"). */
    doneAt: timestamp("done_at", { withTimezone: true }),
    doneReason: text("done_reason"),
  },
  (t) => [index("notification_user_idx").on(t.userId, t.createdAt), index("notification_cause_idx").on(t.cause)],
);
