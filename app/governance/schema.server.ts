import { editVersionColumn } from "../kit/db/versioned-update.server";
import { sql } from "drizzle-orm";
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import type { LocalizedText } from "../kit/i18n/localized";
import { organization, practitioner } from "~/network-map/public.server";
import { region } from "~/reference/public.server";

/** A group of a region's guidance network: cooperation, coordination, area or working group. */
export const networkGroup = pgTable(
  "network_group",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    regionCode: text("region_code")
      .notNull()
      .references(() => region.code),
    type: text("type").notNull(),
    name: jsonb("name").$type<LocalizedText>().notNull(),
    description: jsonb("description").$type<LocalizedText>().notNull().default({}),
    parentId: uuid("parent_id").references((): AnyPgColumn => networkGroup.id, { onDelete: "set null" }),
    /** The municipalities an area group covers (national codes, kunta_NNN). */
    municipalityCodes: text("municipality_codes")
      .array()
      .notNull()
      .default(sql`'{}'`),
    /** A working group is either permanent or ad hoc with an end date. */
    endsOn: date("ends_on", { mode: "string" }),
    /** Bumped by every update; an edit form's save names the version it was loaded with (decision 182). */
    version: editVersionColumn(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("network_group_region_idx").on(t.regionCode), index("network_group_parent_idx").on(t.parentId)],
);

/** An organisation (optionally one of its named practitioners) in a group, in a position, for a period. */
export const groupMembership = pgTable(
  "group_membership",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    groupId: uuid("group_id")
      .notNull()
      .references(() => networkGroup.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    practitionerId: uuid("practitioner_id").references(() => practitioner.id, { onDelete: "set null" }),
    position: text("position").notNull(),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    endsOn: date("ends_on", { mode: "string" }),
    /** Bumped by every update; the member form's save names the version it was loaded with (decision 182). */
    version: editVersionColumn(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("group_membership_group_idx").on(t.groupId),
    index("group_membership_organization_idx").on(t.organizationId),
    index("group_membership_practitioner_idx").on(t.practitionerId),
  ],
);

/** One published version of a region's partnership agreement; a new text is a new row. */
export const agreementVersion = pgTable(
  "agreement_version",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    regionCode: text("region_code")
      .notNull()
      .references(() => region.code),
    version: integer("version").notNull(),
    /** Plain text (or Markdown) per language. */
    body: jsonb("body").$type<LocalizedText>().notNull(),
    expiresOn: date("expires_on", { mode: "string" }),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull().defaultNow(),
    publishedBy: text("published_by").notNull(),
  },
  (t) => [unique("agreement_version_region_version").on(t.regionCode, t.version)],
);

/** A member organisation's acceptance of one version, by its contact person or a coordinator on its behalf. */
export const agreementAcceptance = pgTable(
  "agreement_acceptance",
  {
    versionId: uuid("version_id")
      .notNull()
      .references(() => agreementVersion.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }).notNull().defaultNow(),
    acceptedByUserId: text("accepted_by_user_id"),
    acceptedByName: text("accepted_by_name").notNull(),
    /** True when a coordinator or admin accepted on the organisation's behalf. */
    onBehalf: boolean("on_behalf").notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.organizationId] }), index("agreement_acceptance_org_idx").on(t.organizationId)],
);

/** Which agreement reminder was sent for a version, so that each is sent exactly once. */
export const agreementReminder = pgTable(
  "agreement_reminder",
  {
    versionId: uuid("version_id")
      .notNull()
      .references(() => agreementVersion.id, { onDelete: "cascade" }),
    /** "expires60", "expires14" or "unaccepted30". */
    threshold: text("threshold").notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.threshold] })],
);
