import { sql } from "drizzle-orm";
import { bigint, check, date, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { editVersionColumn } from "../kit/db/versioned-update.server";
import type { LocalizedText } from "../kit/i18n/localized";
import { organization } from "~/network-map/public.server";
import type { Indicators } from "./codes";

/**
 * A development project's card (hankekortti, decision 0219): who funds it from which programme, when
 * it runs and with what budget, which organisations of the network carry it out and for whom, what
 * it planned and achieved, and which actions of the regions' action plans it serves.
 */
export const developmentProject = pgTable(
  "development_project",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The funder's project code, e.g. "S10889"; unique. */
    code: text("code").notNull().unique(),
    name: jsonb("name").$type<LocalizedText>().notNull(),
    summary: jsonb("summary").$type<LocalizedText>().notNull().default({}),
    funder: text("funder").notNull(),
    programme: text("programme").notNull().default(""),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    endsOn: date("ends_on", { mode: "string" }).notNull(),
    /** Planned and realised public funding, in cents. */
    budgetCents: bigint("budget_cents", { mode: "number" }),
    realisedCents: bigint("realised_cents", { mode: "number" }),
    regionCodes: text("region_codes").array().notNull(),
    /** Codes of the network map's target group list. */
    targetGroups: text("target_groups")
      .array()
      .notNull()
      .default(sql`'{}'`),
    indicators: jsonb("indicators").$type<Indicators>().notNull().default({}),
    /** What the project produced, one per line, in the language the project worked in. */
    outputs: text("outputs").notNull().default(""),
    /** Actions of the regions' action plans the project serves (planning's ids, resolved through its public contract). */
    planActionIds: uuid("plan_action_ids")
      .array()
      .notNull()
      .default(sql`'{}'`),
    homepage: text("homepage"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    version: editVersionColumn(),
  },
  (t) => [index("development_project_regions_idx").using("gin", t.regionCodes), check("development_project_period", sql`${t.endsOn} >= ${t.startsOn}`)],
);

/** The network's organisations that carry out the project; their contact persons keep the card. */
export const developmentProjectPartner = pgTable(
  "development_project_partner",
  {
    projectId: uuid("project_id")
      .notNull()
      .references(() => developmentProject.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.organizationId] }), index("development_project_partner_org_idx").on(t.organizationId)],
);
