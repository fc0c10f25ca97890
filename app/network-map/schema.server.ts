import { editVersionColumn } from "../kit/db/versioned-update.server";
import { sql } from "drizzle-orm";
import {
  boolean,
  customType,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  timestamp,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { municipality, postalCode, region } from "~/reference/public.server";
import type { LocalizedText } from "../kit/i18n/localized";
import type { Visibility, Weekday } from "./code-lists";
import type { CurrentUser } from "../kit/permissions/roles";
import type { ImportResult } from "./exchange/import-file.server";
import { bytea } from "../kit/db/bytea.server";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  /** When a responsible person last confirmed that the entry is correct. */
  lastVerifiedAt: timestamp("last_verified_at", { withTimezone: true }).notNull().defaultNow(),
  /** Bumped by every update; an edit form's save names the version it was loaded with (decision 182). */
  version: editVersionColumn(),
};

export const organization = pgTable(
  "organization",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: jsonb("name").$type<LocalizedText>().notNull(),
    description: jsonb("description").$type<LocalizedText>().notNull().default({}),
    type: text("type").notNull(),
    /** Finnish business ID (Y-tunnus), checksum validated. */
    businessId: text("business_id"),
    website: text("website"),
    email: text("email"),
    phone: text("phone"),
    parentId: uuid("parent_id").references((): AnyPgColumn => organization.id, { onDelete: "set null" }),
    ...timestamps,
  },
  (t) => [index("organization_parent_idx").on(t.parentId), index("organization_updated_idx").on(t.updatedAt)],
);

/** Membership of an organisation in a region's guidance network. */
export const networkMembership = pgTable(
  "network_membership",
  {
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    regionCode: text("region_code")
      .notNull()
      .references(() => region.code),
    joinedAt: timestamp("joined_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.regionCode] }), index("membership_region_idx").on(t.regionCode)],
);

export interface OpeningHours {
  day: Weekday;
  opens: string;
  closes: string;
}

export const servicePoint = pgTable(
  "service_point",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    name: jsonb("name").$type<LocalizedText>().notNull(),
    streetAddress: text("street_address").notNull(),
    postalCode: text("postal_code")
      .notNull()
      .references(() => postalCode.code),
    /** Derived from the postal code. */
    municipalityCode: text("municipality_code")
      .notNull()
      .references(() => municipality.code),
    latitude: doublePrecision("latitude"),
    longitude: doublePrecision("longitude"),
    openingHours: jsonb("opening_hours").$type<OpeningHours[]>().notNull().default([]),
    accessibility: jsonb("accessibility").$type<LocalizedText>().notNull().default({}),
    ...timestamps,
  },
  (t) => [
    index("service_point_organization_idx").on(t.organizationId),
    index("service_point_municipality_idx").on(t.municipalityCode),
    index("service_point_postal_idx").on(t.postalCode),
    // For the map's areas and near-me searches: a latitude range, then the longitude (decision 0191).
    index("service_point_location_idx").on(t.latitude, t.longitude),
  ],
);

export const service = pgTable(
  "service",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    name: jsonb("name").$type<LocalizedText>().notNull(),
    description: jsonb("description").$type<LocalizedText>().notNull().default({}),
    targetGroups: text("target_groups")
      .array()
      .notNull()
      .default(sql`'{}'`),
    topics: text("topics")
      .array()
      .notNull()
      .default(sql`'{}'`),
    languages: text("languages")
      .array()
      .notNull()
      .default(sql`'{}'`),
    /** Municipality codes the service is meant for. */
    areaMunicipalities: text("area_municipalities")
      .array()
      .notNull()
      .default(sql`'{}'`),
    cost: text("cost").notNull().default("free"),
    costDescription: jsonb("cost_description").$type<LocalizedText>().notNull().default({}),
    status: text("status").notNull().default("active"),
    website: text("website"),
    email: text("email"),
    /** The organisation's own key of the service in its system, the stable key of its CSV rows (decision 0209). */
    externalId: text("external_id"),
    /** When a CSV import last created or updated it: the imported entries a user may delete in bulk. */
    importedAt: timestamp("imported_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    index("service_organization_idx").on(t.organizationId),
    uniqueIndex("service_external_id_idx").on(t.organizationId, t.externalId),
    index("service_updated_idx").on(t.updatedAt),
    // The HSDS API lists services in this order; a page walks the index instead of sorting every match (decision 0194).
    index("service_sort_name_idx").on(sql`(coalesce(nullif(${t.name}->>'fi', ''), ${t.name}->>'sv', ${t.name}->>'en', '') collate "fi-FI-x-icu")`, t.id),
  ],
);

/** One way of reaching a service: in person at a service point, by phone, chat, … */
export const serviceChannel = pgTable(
  "service_channel",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => service.id, { onDelete: "cascade" }),
    channel: text("channel").notNull(),
    /** Phone number, address of the chat or web page, e-mail address… */
    contact: text("contact"),
    hours: jsonb("hours").$type<LocalizedText>().notNull().default({}),
    servicePointId: uuid("service_point_id").references(() => servicePoint.id, { onDelete: "set null" }),
  },
  (t) => [index("service_channel_service_idx").on(t.serviceId), index("service_channel_point_idx").on(t.servicePointId)],
);

export const practitioner = pgTable(
  "practitioner",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    givenName: text("given_name").notNull(),
    familyName: text("family_name").notNull(),
    title: jsonb("title").$type<LocalizedText>().notNull().default({}),
    email: text("email"),
    phone: text("phone"),
    competenceAreas: text("competence_areas")
      .array()
      .notNull()
      .default(sql`'{}'`),
    languages: text("languages")
      .array()
      .notNull()
      .default(sql`'{}'`),
    /** Per field: shown to everyone, or to signed-in network members only. */
    visibility: jsonb("visibility").$type<Record<string, Visibility>>().notNull().default({}),
    isContactPerson: boolean("is_contact_person").notNull().default(false),
    /** The organisation's own key of the person in its system, the stable key of its CSV rows (decision 0209). */
    externalId: text("external_id"),
    /** When a CSV import last created or updated it: the imported entries a user may delete in bulk. */
    importedAt: timestamp("imported_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [index("practitioner_organization_idx").on(t.organizationId), uniqueIndex("practitioner_external_id_idx").on(t.organizationId, t.externalId)],
);

export const practitionerService = pgTable(
  "practitioner_service",
  {
    practitionerId: uuid("practitioner_id")
      .notNull()
      .references(() => practitioner.id, { onDelete: "cascade" }),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => service.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.practitionerId, t.serviceId] }), index("practitioner_service_service_idx").on(t.serviceId)],
);

export const practitionerServicePoint = pgTable(
  "practitioner_service_point",
  {
    practitionerId: uuid("practitioner_id")
      .notNull()
      .references(() => practitioner.id, { onDelete: "cascade" }),
    servicePointId: uuid("service_point_id")
      .notNull()
      .references(() => servicePoint.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.practitionerId, t.servicePointId] }), index("practitioner_point_point_idx").on(t.servicePointId)],
);

/** HSDS service_at_location: a service offered at a service point. */
export const serviceAtLocation = pgTable(
  "service_at_location",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => service.id, { onDelete: "cascade" }),
    servicePointId: uuid("service_point_id")
      .notNull()
      .references(() => servicePoint.id, { onDelete: "cascade" }),
  },
  (t) => [index("sal_service_idx").on(t.serviceId), index("sal_point_idx").on(t.servicePointId)],
);

/**
 * One row per public entry of the map, denormalised for search: the filters as one array (GIN
 * indexed) and the text as a tsvector of unstemmed words (for Finnish matching through the
 * lexicon, see search.server.ts) and a Swedish-stemmed tsvector. Commands keep it current in the
 * same transaction as the entry itself.
 */
export const searchDocument = pgTable(
  "search_document",
  {
    entityType: text("entity_type").notNull(),
    entityId: uuid("entity_id").notNull(),
    organizationId: uuid("organization_id").notNull(),
    title: jsonb("title").$type<LocalizedText>().notNull(),
    summary: jsonb("summary").$type<LocalizedText>().notNull().default({}),
    regionCodes: text("region_codes")
      .array()
      .notNull()
      .default(sql`'{}'`),
    municipalityCodes: text("municipality_codes")
      .array()
      .notNull()
      .default(sql`'{}'`),
    targetGroups: text("target_groups")
      .array()
      .notNull()
      .default(sql`'{}'`),
    channels: text("channels")
      .array()
      .notNull()
      .default(sql`'{}'`),
    languages: text("languages")
      .array()
      .notNull()
      .default(sql`'{}'`),
    topics: text("topics")
      .array()
      .notNull()
      .default(sql`'{}'`),
    /** Filter values in one array (`group:x`, `channel:y`…) so that one GIN index serves all filters. */
    facets: text("facets")
      .array()
      .notNull()
      .default(sql`'{}'`),
    /** Every word of the public text, unstemmed ('simple'), title words weighted A. */
    textWords: tsvector("text_words").notNull(),
    textSv: tsvector("text_sv").notNull(),
    sortName: text("sort_name").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.entityType, t.entityId] }),
    index("search_document_facets_idx").using("gin", t.facets),
    index("search_document_words_idx").using("gin", t.textWords),
    index("search_document_sv_idx").using("gin", t.textSv),
    index("search_document_org_idx").on(t.organizationId),
    // Name order walks this index: broad searches list by name (decision 0140).
    index("search_document_name_idx").on(sql`${t.sortName} collate "fi-FI-x-icu"`, t.entityId),
  ],
);

/**
 * Every distinct word of the searchable text, with its Finnish base forms and compound parts
 * (`terms`, from Voikko's dictionary; null until analysed, empty for words Voikko does not know).
 * A query word Voikko knows is expanded to the lexicon words that share a base form or part with it;
 * other query words to those that contain its Snowball root or are within a few typos of it
 * (trigram index). Decision 0185.
 */
export const searchLexicon = pgTable(
  "search_lexicon",
  {
    word: text("word").primaryKey(),
    terms: text("terms").array(),
  },
  (t) => [index("search_lexicon_trgm_idx").using("gin", sql`${t.word} gin_trgm_ops`), index("search_lexicon_terms_idx").using("gin", t.terms)],
);

/**
 * A CSV import run as a job (decision 0183): the network map's and the offerings' imports of more
 * than a few hundred rows. The file is kept only until the run ends; the report keeps what the
 * in-request import shows (line, column, message key and the offending value).
 */
export const importRun = pgTable(
  "import_run",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** organizations, services, practitioners or offerings. */
    kind: text("kind").notNull(),
    /** The account that started it: only they (and admins) see the run. */
    startedBy: text("started_by").notNull(),
    /** The starter as they were at the start (name and role grants: their organisation and region scope); the rows are saved as them. */
    caller: jsonb("caller").$type<CurrentUser>().notNull(),
    /** queued, running, done, failed or cancelled. */
    status: text("status").notNull().default("queued"),
    totalRows: integer("total_rows").notNull(),
    processedRows: integer("processed_rows").notNull().default(0),
    cancelRequested: boolean("cancel_requested").notNull().default(false),
    /** The uploaded file, deleted when the run ends. */
    file: bytea("file"),
    report: jsonb("report").$type<ImportResult>(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [index("import_run_started_by_idx").on(t.startedBy, t.createdAt)],
);
