import { editVersionColumn } from "../kit/db/versioned-update.server";
import { date, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { meeting } from "~/governance/public.server";
import { region } from "~/reference/public.server";

/**
 * A region's yearly action plan (toimintasuunnitelma). The plan's texts are written by the region in
 * the language it works in, so they are plain text, not one field per language.
 */
export const actionPlan = pgTable(
  "action_plan",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    regionCode: text("region_code")
      .notNull()
      .references(() => region.code),
    year: integer("year").notNull(),
    summary: text("summary").notNull().default(""),
    /** Bumped by every update; an edit form's save names the version it was loaded with (decision 182). */
    version: editVersionColumn(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("action_plan_region_year").on(t.regionCode, t.year)],
);

/** A goal of the plan; it serves one or more strategic goals and development themes (codes). */
export const planGoal = pgTable(
  "plan_goal",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => actionPlan.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    strategicGoals: text("strategic_goals")
      .array()
      .notNull()
      .default(sql`'{}'`),
    themes: text("themes")
      .array()
      .notNull()
      .default(sql`'{}'`),
    /** Bumped by every update; an edit form's save names the version it was loaded with (decision 182). */
    version: editVersionColumn(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("plan_goal_plan_idx").on(t.planId)],
);

/** An action of a goal, owned by organisations of the region's network. */
export const planAction = pgTable(
  "plan_action",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    goalId: uuid("goal_id")
      .notNull()
      .references(() => planGoal.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    ownerOrganizationIds: uuid("owner_organization_ids")
      .array()
      .notNull()
      .default(sql`'{}'`),
    deadline: date("deadline", { mode: "string" }),
    indicator: text("indicator").notNull().default(""),
    status: text("status").notNull().default("not_started"),
    /** Percent done while in progress; null lets the status speak for itself. */
    percent: integer("percent"),
    statusNote: text("status_note").notNull().default(""),
    /** Bumped by every update; an edit form's save names the version it was loaded with (decision 182). */
    version: editVersionColumn(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("plan_action_goal_idx").on(t.goalId)],
);

/** A row of a region's communication plan for a year (seed: target group, timing, channel, responsible, content, aim). */
export const communicationItem = pgTable(
  "communication_item",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    regionCode: text("region_code")
      .notNull()
      .references(() => region.code),
    year: integer("year").notNull(),
    targetGroup: text("target_group").notNull(),
    /** Months 1–12 in which it happens; the calendar shows it in each. */
    months: integer("months").array().notNull(),
    timing: text("timing").notNull().default(""),
    channel: text("channel").notNull(),
    responsible: text("responsible").notNull(),
    content: text("content").notNull(),
    aim: text("aim").notNull().default(""),
    /** Reviewed at a steering meeting: the day, who marked it, and an optional note naming the meeting. */
    reviewedOn: date("reviewed_on", { mode: "string" }),
    reviewedBy: text("reviewed_by"),
    reviewNote: text("review_note").notNull().default(""),
    /** Optionally, the held meeting of one of the region's groups at which it was reviewed. */
    reviewedAtMeetingId: uuid("reviewed_at_meeting_id").references(() => meeting.id, { onDelete: "set null" }),
    /** Bumped by every update; an edit form's save names the version it was loaded with (decision 182). */
    version: editVersionColumn(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("communication_item_region_year_idx").on(t.regionCode, t.year)],
);

/** A self-assessment round of regional cooperation: one per region and year, opened and closed by coordinators. */
export const assessmentRound = pgTable(
  "assessment_round",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    regionCode: text("region_code")
      .notNull()
      .references(() => region.code),
    year: integer("year").notNull(),
    status: text("status").notNull().default("open"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp("closed_at", { withTimezone: true }),
  },
  (t) => [unique("assessment_round_region_year").on(t.regionCode, t.year)],
);

/** One person's answer in a round: a stage (1–3) and a comment per dimension. */
export const assessmentAnswer = pgTable(
  "assessment_answer",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    roundId: uuid("round_id")
      .notNull()
      .references(() => assessmentRound.id, { onDelete: "cascade" }),
    userId: text("user_id").notNull(),
    respondentName: text("respondent_name").notNull(),
    stages: jsonb("stages").$type<Record<string, number>>().notNull(),
    comments: jsonb("comments").$type<Record<string, string>>().notNull().default({}),
    /** Bumped by every update; an edit form's save names the version it was loaded with (decision 182). */
    version: editVersionColumn(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("assessment_answer_round_user").on(t.roundId, t.userId)],
);
