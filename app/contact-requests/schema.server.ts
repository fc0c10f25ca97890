import { boolean, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { editVersionColumn } from "../kit/db/versioned-update.server";
import { organization, service } from "~/network-map/public.server";

/**
 * Whether a region's network answers contact requests from one shared queue (decision 0199). A
 * region without a row has none: each organisation answers its own requests.
 */
export const contactQueueSetting = pgTable("contact_queue_setting", {
  regionCode: text("region_code").primaryKey(),
  sharedQueue: boolean("shared_queue").notNull().default(false),
  updatedBy: text("updated_by").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A citizen's request to be contacted about a service (yhteydenottopyyntö). The person's details
 * (name, phone, e-mail, preferred times, note) are personal data: shown only to the queue's people,
 * every view audited, and set to null some months after closing (`personalDataDeletedAt`); the row
 * stays for the statistics. The follow-up link's token is stored as its SHA-256 only.
 */
export const contactRequest = pgTable(
  "contact_request",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    serviceId: uuid("service_id").references(() => service.id, { onDelete: "set null" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    /** Set when the request went to this region's shared queue; null for the organisation's own queue. */
    regionCode: text("region_code"),
    topic: text("topic").notNull(),
    language: text("language").notNull(),
    channel: text("channel").notNull(),
    /** The language of the page the request was sent from: the follow-up page and mail use it. */
    pageLanguage: text("page_language").notNull(),
    preferredTimes: text("preferred_times"),
    name: text("name"),
    phone: text("phone"),
    email: text("email"),
    note: text("note"),
    tokenHash: text("token_hash").unique(),
    status: text("status").notNull().default("received"),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
    /** The end of the second working day after arrival (Finnish holidays skipped). */
    dueAt: timestamp("due_at", { withTimezone: true }).notNull(),
    claimedBy: text("claimed_by"),
    claimedByName: text("claimed_by_name"),
    claimedAt: timestamp("claimed_at", { withTimezone: true }),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    answerChannel: text("answer_channel"),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    personalDataDeletedAt: timestamp("personal_data_deleted_at", { withTimezone: true }),
    version: editVersionColumn(),
  },
  (t) => [
    index("contact_request_organization_idx").on(t.organizationId, t.status),
    index("contact_request_region_idx").on(t.regionCode, t.status),
    index("contact_request_closed_idx").on(t.closedAt),
  ],
);
