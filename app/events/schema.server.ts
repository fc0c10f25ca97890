import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { editVersionColumn } from "../kit/db/versioned-update.server";
import type { LocalizedText } from "../kit/i18n/localized";
import { organization, servicePoint } from "~/network-map/public.server";
import { region } from "~/reference/public.server";

/**
 * Events and trainings of the network (decision 0215): a training for practitioners, an information
 * session for citizens or an industry day, public or for the network only, with a programme of
 * sessions and registration with a waiting list.
 */
export const event = pgTable(
  "event",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** "training", "info_session" or "industry_day". */
    kind: text("kind").notNull(),
    /** "practitioners", "citizens" or "companies": who the event is for (the public filter). */
    audience: text("audience").notNull(),
    /** "public" (anyone sees and registers) or "network" (only signed-in network members see it). */
    visibility: text("visibility").notNull().default("public"),
    regionCode: text("region_code")
      .notNull()
      .references(() => region.code),
    organizerId: uuid("organizer_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    title: jsonb("title").$type<LocalizedText>().notNull(),
    description: jsonb("description").$type<LocalizedText>().notNull().default({}),
    servicePointId: uuid("service_point_id").references(() => servicePoint.id, { onDelete: "set null" }),
    /** A venue's address when it is no service point of the network ("Kauppakatu 1, 87100 Kajaani"). */
    address: text("address").notNull().default(""),
    remoteUrl: text("remote_url").notNull().default(""),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    capacity: integer("capacity").notNull(),
    registrationOpensAt: timestamp("registration_opens_at", { withTimezone: true }),
    registrationClosesAt: timestamp("registration_closes_at", { withTimezone: true }),
    /** The last queue number given: registrations are numbered in the order they came, under the event's row lock. */
    lastQueueNo: integer("last_queue_no").notNull().default(0),
    /** "scheduled" or "cancelled". */
    status: text("status").notNull().default("scheduled"),
    feedbackSentAt: timestamp("feedback_sent_at", { withTimezone: true }),
    icsUid: text("ics_uid").notNull().unique(),
    icsSequence: integer("ics_sequence").notNull().default(0),
    version: editVersionColumn(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("event_region_starts_idx").on(t.regionCode, t.startsAt),
    index("event_starts_idx").on(t.startsAt),
    index("event_organizer_idx").on(t.organizerId),
    check("event_times", sql`${t.endsAt} > ${t.startsAt}`),
    check("event_capacity", sql`${t.capacity} between 1 and 5000`),
  ],
);

/** One item of an event's programme: a talk, a workshop, a Studio or Erkkeri session. */
export const eventSession = pgTable(
  "event_session",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => event.id, { onDelete: "cascade" }),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    title: jsonb("title").$type<LocalizedText>().notNull(),
    speaker: text("speaker").notNull().default(""),
  },
  (t) => [index("event_session_event_idx").on(t.eventId, t.startsAt), check("event_session_times", sql`${t.endsAt} > ${t.startsAt}`)],
);

export const registrationStatuses = ["confirmed", "waiting", "cancelled"] as const;
export type RegistrationStatus = (typeof registrationStatuses)[number];

/**
 * A person's registration, made without an account. `queueNo` is the order of arrival in the event
 * (unique per event); the waiting list is the waiting ones in that order. The contact details are
 * erased by the retention job (decision 0216); the cancellation and feedback links are HMACs of
 * the id, and only their hashes are stored.
 */
export const eventRegistration = pgTable(
  "event_registration",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => event.id, { onDelete: "cascade" }),
    queueNo: integer("queue_no").notNull(),
    status: text("status").$type<RegistrationStatus>().notNull(),
    name: text("name"),
    email: text("email"),
    organizationName: text("organization_name"),
    language: text("language").notNull(),
    cancelTokenHash: text("cancel_token_hash"),
    feedbackTokenHash: text("feedback_token_hash"),
    feedbackGivenAt: timestamp("feedback_given_at", { withTimezone: true }),
    checkedInAt: timestamp("checked_in_at", { withTimezone: true }),
    promotedAt: timestamp("promoted_at", { withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    contactErasedAt: timestamp("contact_erased_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("event_registration_queue_idx").on(t.eventId, t.queueNo),
    uniqueIndex("event_registration_cancel_token_idx").on(t.cancelTokenHash),
    uniqueIndex("event_registration_feedback_token_idx").on(t.feedbackTokenHash),
    index("event_registration_event_status_idx").on(t.eventId, t.status, t.queueNo),
  ],
);

/** An answer to the feedback form after an event: anonymous, the event and the answer only. */
export const eventFeedback = pgTable(
  "event_feedback",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => event.id, { onDelete: "cascade" }),
    rating: integer("rating").notNull(),
    comment: text("comment").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("event_feedback_event_idx").on(t.eventId), check("event_feedback_rating", sql`${t.rating} between 1 and 5`)],
);
