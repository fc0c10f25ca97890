import { boolean, index, integer, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { organization } from "~/network-map/public.server";

/**
 * One duty shift of the region's shared chat (chat-päivystys, decision 0205): who is on duty, for
 * which organisation, when, and in which languages and topics (an empty topic list takes any topic).
 * `swapRequestedAt` is set when the person on duty asks a planner to give the shift to someone else.
 */
export const chatShift = pgTable(
  "chat_shift",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    regionCode: text("region_code").notNull(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    userId: text("user_id").notNull(),
    userName: text("user_name").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    languages: text("languages").array().notNull(),
    topics: text("topics").array().notNull(),
    swapRequestedAt: timestamp("swap_requested_at", { withTimezone: true }),
    swapNote: text("swap_note"),
    createdBy: text("created_by").notNull(),
  },
  (t) => [index("chat_shift_region_time_idx").on(t.regionCode, t.endsAt), index("chat_shift_user_idx").on(t.userId, t.endsAt)],
);

/** A region's chat settings: automatic assignment, and how many chats one person on duty holds at once. */
export const chatRegionSetting = pgTable("chat_region_setting", {
  regionCode: text("region_code").primaryKey(),
  autoAssign: boolean("auto_assign").notNull().default(true),
  maxParallel: integer("max_parallel").notNull().default(3),
  updatedBy: text("updated_by").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One chat of a citizen with the region's duty. No account: the citizen's browser holds the resume
 * token in an httpOnly cookie, the table only its SHA-256. `lastSequence` hands out the messages'
 * numbers. When the transcript is deleted (decision 0206) `transcriptDeletedAt` is set and the first
 * name goes; the row stays for the statistics.
 */
export const chat = pgTable(
  "chat",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    regionCode: text("region_code").notNull(),
    language: text("language").notNull(),
    topic: text("topic").notNull(),
    /** The service page the chat was started from, if any: the statistics count it there. */
    serviceId: uuid("service_id"),
    status: text("status").notNull().default("queued"),
    firstName: text("first_name"),
    resumeTokenHash: text("resume_token_hash").unique(),
    assignedUserId: text("assigned_user_id"),
    assignedUserName: text("assigned_user_name"),
    /** The organisation of the person who answered (last): the statistics count the chat for it. */
    organizationId: uuid("organization_id").references(() => organization.id, { onDelete: "set null" }),
    transferredFromUserId: text("transferred_from_user_id"),
    endTopic: text("end_topic"),
    lastSequence: integer("last_sequence").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    lastActivityAt: timestamp("last_activity_at", { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    /** The satisfaction question's path, offered to the citizen when the chat has ended. */
    satisfactionPath: text("satisfaction_path"),
    transcriptDeletedAt: timestamp("transcript_deleted_at", { withTimezone: true }),
  },
  (t) => [
    index("chat_region_status_idx").on(t.regionCode, t.status, t.createdAt),
    index("chat_assigned_idx").on(t.assignedUserId, t.status),
    index("chat_ended_idx").on(t.endedAt),
  ],
);

/** A message of a chat, numbered from 1 within it; stored before the sender hears it was sent. */
export const chatMessage = pgTable(
  "chat_message",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    chatId: uuid("chat_id")
      .notNull()
      .references(() => chat.id, { onDelete: "cascade" }),
    sequence: integer("sequence").notNull(),
    /** "citizen", "practitioner" or "system" (joined, transferred, ended). */
    senderKind: text("sender_kind").notNull(),
    senderName: text("sender_name"),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("chat_message_sequence_unique").on(t.chatId, t.sequence)],
);

/** A ready answer the people on duty may paste: per region and language, kept by the coordinators. */
export const chatCannedAnswer = pgTable(
  "chat_canned_answer",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    regionCode: text("region_code").notNull(),
    language: text("language").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    createdBy: text("created_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("chat_canned_answer_region_idx").on(t.regionCode, t.language)],
);
