import { sql } from "drizzle-orm";
import { check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { editVersionColumn } from "../kit/db/versioned-update.server";
import type { LocalizedText } from "../kit/i18n/localized";
import { organization, practitioner, service, servicePoint } from "~/network-map/public.server";

/**
 * Booking (decision 0196). The migration adds what Drizzle cannot express: the btree_gist extension
 * and the exclusion constraint that keeps one practitioner from holding two bookings at once.
 */

const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};

/** An organisation's video meeting address, "{booking}" standing for the booking's own code. */
export const meetingLinkTemplate = pgTable("booking_meeting_link", {
  organizationId: uuid("organization_id")
    .primaryKey()
    .references(() => organization.id, { onDelete: "cascade" }),
  template: text("template").notNull(),
  version: editVersionColumn(),
  ...timestamps,
});

/** A network-map service offered for booking, by named practitioners (one, or the organisation's several). */
export const bookableService = pgTable(
  "bookable_service",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => service.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    /** "practitioner" (one practitioner's own) or "organization" (shared among the listed practitioners). */
    scope: text("scope").notNull(),
    /** "individual" or "group" (ryhmäohjaus, infotilaisuus): a group time seats `capacity` people. */
    kind: text("kind").notNull().default("individual"),
    capacity: integer("capacity").notNull().default(1),
    title: jsonb("title").$type<LocalizedText>().notNull().default({}),
    durationMinutes: integer("duration_minutes").notNull(),
    bufferMinutes: integer("buffer_minutes").notNull().default(0),
    minimumNoticeHours: integer("minimum_notice_hours").notNull().default(24),
    horizonDays: integer("horizon_days").notNull().default(28),
    /** Bookings per practitioner per day at most; null for no cap. */
    dailyCap: integer("daily_cap"),
    channels: text("channels")
      .array()
      .notNull()
      .default(sql`'{}'`),
    servicePointId: uuid("service_point_id").references(() => servicePoint.id, { onDelete: "set null" }),
    phone: text("phone"),
    languages: text("languages")
      .array()
      .notNull()
      .default(sql`'{}'`),
    topics: text("topics")
      .array()
      .notNull()
      .default(sql`'{}'`),
    /** "active" or "paused" (no new bookings). */
    status: text("status").notNull().default("active"),
    version: editVersionColumn(),
    ...timestamps,
  },
  (t) => [
    index("bookable_service_service_idx").on(t.serviceId),
    index("bookable_service_organization_idx").on(t.organizationId),
    check("bookable_service_duration", sql`${t.durationMinutes} between 5 and 480`),
    check("bookable_service_capacity", sql`${t.capacity} between 1 and 500`),
  ],
);

export const bookablePractitioner = pgTable(
  "bookable_practitioner",
  {
    bookableServiceId: uuid("bookable_service_id")
      .notNull()
      .references(() => bookableService.id, { onDelete: "cascade" }),
    practitionerId: uuid("practitioner_id")
      .notNull()
      .references(() => practitioner.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.bookableServiceId, t.practitionerId] }), index("bookable_practitioner_practitioner_idx").on(t.practitionerId)],
);

/** A weekly opening: ISO weekday (1 = Monday) and wall-clock times in Europe/Helsinki. */
export const availabilityRule = pgTable(
  "booking_availability_rule",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    bookableServiceId: uuid("bookable_service_id")
      .notNull()
      .references(() => bookableService.id, { onDelete: "cascade" }),
    weekday: integer("weekday").notNull(),
    startsAt: text("starts_at").notNull(),
    endsAt: text("ends_at").notNull(),
  },
  (t) => [index("availability_rule_service_idx").on(t.bookableServiceId), check("availability_rule_weekday", sql`${t.weekday} between 1 and 7`)],
);

/** A dated exception: the day closed (no times) or open at these times instead of the weekly rule. */
export const availabilityException = pgTable(
  "booking_availability_exception",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    bookableServiceId: uuid("bookable_service_id")
      .notNull()
      .references(() => bookableService.id, { onDelete: "cascade" }),
    day: date("day", { mode: "string" }).notNull(),
    startsAt: text("starts_at"),
    endsAt: text("ends_at"),
  },
  (t) => [index("availability_exception_service_idx").on(t.bookableServiceId, t.day)],
);

/** Time a practitioner has blocked away (leave, training): no bookings then, in any service. */
export const blockedTime = pgTable(
  "booking_blocked_time",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    practitionerId: uuid("practitioner_id")
      .notNull()
      .references(() => practitioner.id, { onDelete: "cascade" }),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    reason: text("reason").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("blocked_time_practitioner_idx").on(t.practitionerId, t.startsAt), check("blocked_time_order", sql`${t.startsAt} < ${t.endsAt}`)],
);

/**
 * One time of a group service and the practitioner who leads it. The row is locked while a seat is
 * taken, so that the count of seats and the new seat are one step; seat numbers are unique per
 * session besides. Sessions of one practitioner never overlap (an exclusion constraint, as bookings).
 */
export const groupSession = pgTable(
  "booking_group_session",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    bookableServiceId: uuid("bookable_service_id")
      .notNull()
      .references(() => bookableService.id, { onDelete: "cascade" }),
    practitionerId: uuid("practitioner_id")
      .notNull()
      .references(() => practitioner.id, { onDelete: "cascade" }),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    busyUntil: timestamp("busy_until", { withTimezone: true }).notNull(),
    capacity: integer("capacity").notNull(),
  },
  (t) => [uniqueIndex("group_session_time_idx").on(t.bookableServiceId, t.startsAt), index("group_session_practitioner_idx").on(t.practitionerId, t.startsAt)],
);

export const bookingStatuses = ["booked", "held", "no_show", "cancelled"] as const;
export type BookingStatus = (typeof bookingStatuses)[number];

/**
 * A booked time. `busyUntil` is the end plus the service's buffer: the exclusion constraint compares
 * [starts_at, busy_until) of the practitioner's bookings that are not cancelled. In a group session
 * the seats carry no practitioner (they share the session's time), the session's own row does.
 */
export const booking = pgTable(
  "booking",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    bookableServiceId: uuid("bookable_service_id")
      .notNull()
      .references(() => bookableService.id, { onDelete: "cascade" }),
    practitionerId: uuid("practitioner_id").references(() => practitioner.id, { onDelete: "set null" }),
    groupSessionId: uuid("group_session_id").references(() => groupSession.id, { onDelete: "cascade" }),
    seatNo: integer("seat_no"),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    busyUntil: timestamp("busy_until", { withTimezone: true }).notNull(),
    channel: text("channel").notNull(),
    language: text("language").notNull(),
    status: text("status").$type<BookingStatus>().notNull().default("booked"),
    /** Contact details: emptied by the retention job some months after the time (decision 0196). */
    name: text("name"),
    email: text("email"),
    phone: text("phone"),
    note: text("note"),
    consentAt: timestamp("consent_at", { withTimezone: true }),
    contactErasedAt: timestamp("contact_erased_at", { withTimezone: true }),
    icsUid: text("ics_uid").notNull(),
    icsSequence: integer("ics_sequence").notNull().default(0),
    /** SHA-256 of the manage link's secret; the secret itself is only ever in the citizen's e-mail. */
    manageTokenHash: text("manage_token_hash"),
    version: editVersionColumn(),
    ...timestamps,
  },
  (t) => [
    index("booking_service_time_idx").on(t.bookableServiceId, t.startsAt),
    index("booking_practitioner_time_idx").on(t.practitionerId, t.startsAt),
    uniqueIndex("booking_manage_token_idx").on(t.manageTokenHash),
    uniqueIndex("booking_seat_idx")
      .on(t.groupSessionId, t.seatNo)
      .where(sql`${t.status} <> 'cancelled'`),
    check("booking_order", sql`${t.startsAt} < ${t.endsAt} and ${t.endsAt} <= ${t.busyUntil}`),
  ],
);

/** Who was last given a booking of a shared service, for the fair share (least recently assigned). */
export const assignmentLog = pgTable(
  "booking_assignment",
  {
    bookableServiceId: uuid("bookable_service_id")
      .notNull()
      .references(() => bookableService.id, { onDelete: "cascade" }),
    practitionerId: uuid("practitioner_id")
      .notNull()
      .references(() => practitioner.id, { onDelete: "cascade" }),
    lastAssignedAt: timestamp("last_assigned_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.bookableServiceId, t.practitionerId] })],
);

/** A practitioner's secret calendar feed address (decision 0181): the token's hash only. */
export const bookingFeed = pgTable("booking_feed", {
  practitionerId: uuid("practitioner_id")
    .primaryKey()
    .references(() => practitioner.id, { onDelete: "cascade" }),
  tokenHash: text("token_hash").notNull().unique(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Every time a practitioner is taken, whether by an individual booking or by a group session they
 * lead, in one table, so that one exclusion constraint keeps the two kinds from overlapping (each
 * kind's own constraint cannot see the other table). Triggers on booking and booking_group_session
 * keep it in step; no command writes it (decision 0213).
 */
export const practitionerBusyTime = pgTable(
  "booking_practitioner_busy",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    practitionerId: uuid("practitioner_id")
      .notNull()
      .references(() => practitioner.id, { onDelete: "cascade" }),
    bookingId: uuid("booking_id").references(() => booking.id, { onDelete: "cascade" }),
    groupSessionId: uuid("group_session_id").references(() => groupSession.id, { onDelete: "cascade" }),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    busyUntil: timestamp("busy_until", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("practitioner_busy_booking_idx").on(t.bookingId),
    uniqueIndex("practitioner_busy_session_idx").on(t.groupSessionId),
    check("practitioner_busy_one_source", sql`num_nonnulls(${t.bookingId}, ${t.groupSessionId}) = 1`),
  ],
);
