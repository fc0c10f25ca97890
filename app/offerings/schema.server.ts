import { editVersionColumn } from "../kit/db/versioned-update.server";
import { sql } from "drizzle-orm";
import { boolean, customType, date, index, integer, jsonb, numeric, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organization } from "~/network-map/public.server";
import { municipality } from "~/reference/public.server";
import type { LocalizedText } from "./code-lists";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/** An education offering that a member organisation keeps in the catalogue. */
export const offering = pgTable(
  "offering",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    name: jsonb("name").$type<LocalizedText>().notNull(),
    description: jsonb("description").$type<LocalizedText>().notNull().default({}),
    educationType: text("education_type").notNull(),
    fieldCode: text("field_code").notNull(),
    teachingLanguages: text("teaching_languages")
      .array()
      .notNull()
      .default(sql`'{}'`),
    teachingMethod: text("teaching_method").notNull(),
    municipalityCode: text("municipality_code")
      .notNull()
      .references(() => municipality.code),
    /** Null with personalStart: the studies start when the student is ready. */
    startDate: date("start_date"),
    personalStart: boolean("personal_start").notNull().default(false),
    durationValue: integer("duration_value"),
    durationUnit: text("duration_unit"),
    /** Euros; 0 is free of charge. */
    price: numeric("price", { precision: 10, scale: 2, mode: "number" }).notNull().default(0),
    costDescription: jsonb("cost_description").$type<LocalizedText>().notNull().default({}),
    applicationStart: date("application_start"),
    applicationEnd: date("application_end"),
    fundingForms: text("funding_forms")
      .array()
      .notNull()
      .default(sql`'{}'`),
    targetGroups: text("target_groups")
      .array()
      .notNull()
      .default(sql`'{}'`),
    website: text("website"),
    /** Where to apply (Opintopolku or the provider's page), https only (decision 0189). */
    applicationUrl: text("application_url"),
    /** Bumped by every update; an edit form's save names the version it was loaded with (decision 182). */
    version: editVersionColumn(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("offering_organization_idx").on(t.organizationId), index("offering_start_idx").on(t.startDate)],
);

/**
 * The searchable form of an offering, rebuilt by every command (decision 0008 applied to the
 * catalogue): unstemmed words for the shared lexicon, Swedish-stemmed text, and every filter value
 * in one GIN-indexed array. Whether the application is open is computed at query time.
 */
export const offeringSearch = pgTable(
  "offering_search",
  {
    offeringId: uuid("offering_id")
      .primaryKey()
      .references(() => offering.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id").notNull(),
    facets: text("facets")
      .array()
      .notNull()
      .default(sql`'{}'`),
    textWords: tsvector("text_words").notNull(),
    textSv: tsvector("text_sv").notNull(),
    sortName: text("sort_name").notNull(),
    /** Copies of the offering's dates, so that counting, the open-now filter and ordering need no join. */
    personalStart: boolean("personal_start").notNull().default(false),
    startDate: date("start_date"),
    applicationStart: date("application_start"),
    applicationEnd: date("application_end"),
  },
  (t) => [
    index("offering_search_facets_idx").using("gin", t.facets),
    // The two orders of broad searches walk these indexes (decision 0140).
    index("offering_search_name_idx").on(sql`${t.sortName} collate "fi-FI-x-icu"`, t.offeringId),
    index("offering_search_start_idx").on(
      sql`${t.personalStart} desc`,
      sql`${t.startDate} asc nulls last`,
      sql`${t.sortName} collate "fi-FI-x-icu"`,
      t.offeringId,
    ),
    index("offering_search_words_idx").using("gin", t.textWords),
    index("offering_search_sv_idx").using("gin", t.textSv),
    index("offering_search_org_idx").on(t.organizationId),
  ],
);
