import { sql } from "drizzle-orm";
import { check, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { editVersionColumn } from "../kit/db/versioned-update.server";
import type { LocalizedText } from "../kit/i18n/localized";
import { organization } from "~/network-map/public.server";
import { municipality } from "~/reference/public.server";

/**
 * A mobile service point (liikkuva ohjauspiste, decision 0201): a vehicle or a pop-up stand that the
 * staff organisations take to where people are, in one or more regions.
 */
export const mobilePoint = pgTable("mobile_point", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: jsonb("name").$type<LocalizedText>().notNull(),
  description: jsonb("description").$type<LocalizedText>().notNull().default({}),
  /** "vehicle" or "popup". */
  kind: text("kind").notNull(),
  regionCodes: text("region_codes").array().notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  version: editVersionColumn(),
});

/** The organisations whose staff run the point; their contact persons keep it. */
export const mobilePointOrganization = pgTable(
  "mobile_point_organization",
  {
    pointId: uuid("point_id")
      .notNull()
      .references(() => mobilePoint.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.pointId, t.organizationId] }), index("mobile_point_organization_org_idx").on(t.organizationId)],
);

/**
 * One stop of the point: a place in a municipality for a time. A change of time or place and a
 * cancellation carry a reason, shown to the public, and raise the iCalendar SEQUENCE.
 */
export const mobilePointVisit = pgTable(
  "mobile_point_visit",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pointId: uuid("point_id")
      .notNull()
      .references(() => mobilePoint.id, { onDelete: "cascade" }),
    municipalityCode: text("municipality_code")
      .notNull()
      .references(() => municipality.code),
    placeName: text("place_name").notNull(),
    streetAddress: text("street_address").notNull().default(""),
    postalCode: text("postal_code").notNull().default(""),
    latitude: doublePrecision("latitude").notNull(),
    longitude: doublePrecision("longitude").notNull(),
    /** Where the coordinates came from: "given", "postcode" (the area's centroid) or "municipality" (its centre). */
    locationSource: text("location_source").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    languages: text("languages").array().notNull(),
    /** The staff organisations on board this time. */
    organizationIds: uuid("organization_ids").array().notNull(),
    note: text("note").notNull().default(""),
    /** "scheduled" or "cancelled". */
    status: text("status").notNull().default("scheduled"),
    /** Why the time or place was changed, or the visit cancelled; empty otherwise. */
    changeReason: text("change_reason").notNull().default(""),
    changedAt: timestamp("changed_at", { withTimezone: true }),
    icsUid: text("ics_uid").notNull().unique(),
    icsSequence: integer("ics_sequence").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    version: editVersionColumn(),
  },
  (t) => [
    index("mobile_point_visit_point_idx").on(t.pointId, t.startsAt),
    index("mobile_point_visit_municipality_idx").on(t.municipalityCode, t.startsAt),
    index("mobile_point_visit_starts_idx").on(t.startsAt),
    check("mobile_point_visit_times", sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

/** What the staff recorded of a visit, for statistics: how many came and what they asked about. No personal data. */
export const mobilePointVisitLog = pgTable(
  "mobile_point_visit_log",
  {
    visitId: uuid("visit_id")
      .primaryKey()
      .references(() => mobilePointVisit.id, { onDelete: "cascade" }),
    visitors: integer("visitors").notNull(),
    /** Codes of the network map's topic list. */
    topics: text("topics").array().notNull(),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
    version: editVersionColumn(),
  },
  (t) => [check("mobile_point_visit_log_visitors", sql`${t.visitors} >= 0`)],
);
