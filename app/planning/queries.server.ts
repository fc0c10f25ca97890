import { and, asc, desc, eq, gte, inArray, lt, lte, ne, sql } from "drizzle-orm";
import { meeting, networkGroup } from "~/governance/public.server";
import { startOfDayInFinland } from "../kit/dates/calendar";
import { db } from "../kit/db/db.server";
import type { LocalizedText } from "../kit/i18n/localized";
import { networkMembership, organization } from "~/network-map/public.server";
import { summarizeAnswers, type DimensionResult } from "./assessment-results";
import type { ActionStatus } from "./codes";
import { goalProgress, planProgress } from "./progress";
import { actionPlan, assessmentAnswer, assessmentRound, communicationItem, planAction, planGoal } from "./schema.server";

/** The organisations of a region's network, by Finnish name, for choosing owners. */
export async function regionOrganizations(regionCode: string): Promise<{ id: string; name: LocalizedText }[]> {
  return db()
    .select({ id: organization.id, name: organization.name })
    .from(organization)
    .innerJoin(networkMembership, eq(networkMembership.organizationId, organization.id))
    .where(eq(networkMembership.regionCode, regionCode))
    .orderBy(sql`${organization.name}->>'fi' collate "fi-FI-x-icu"`);
}

export interface PlanAction {
  id: string;
  title: string;
  ownerOrganizationIds: string[];
  owners: { id: string; name: LocalizedText }[];
  deadline: string | null;
  indicator: string;
  status: ActionStatus;
  percent: number | null;
  statusNote: string;
  version: number;
}
export interface PlanGoal {
  id: string;
  title: string;
  description: string;
  strategicGoals: string[];
  themes: string[];
  actions: PlanAction[];
  progress: number | null;
  version: number;
}
export interface PlanView {
  id: string;
  regionCode: string;
  year: number;
  summary: string;
  version: number;
  updatedAt: Date;
  goals: PlanGoal[];
  progress: number | null;
}

/** The region's plan for the year with its goals and actions (in the order they were added) and the roll-up. */
export async function loadPlan(regionCode: string, year: number): Promise<PlanView | null> {
  const [plan] = await db()
    .select()
    .from(actionPlan)
    .where(and(eq(actionPlan.regionCode, regionCode), eq(actionPlan.year, year)));
  if (!plan) return null;
  const goals = await db().select().from(planGoal).where(eq(planGoal.planId, plan.id)).orderBy(asc(planGoal.createdAt), asc(planGoal.id));
  const actions = goals.length
    ? await db()
        .select()
        .from(planAction)
        .where(
          inArray(
            planAction.goalId,
            goals.map((g) => g.id),
          ),
        )
        .orderBy(asc(planAction.createdAt), asc(planAction.id))
    : [];
  const ownerIds = [...new Set(actions.flatMap((a) => a.ownerOrganizationIds))];
  const names = new Map(
    ownerIds.length
      ? (await db().select({ id: organization.id, name: organization.name }).from(organization).where(inArray(organization.id, ownerIds))).map((o) => [o.id, o])
      : [],
  );
  const goalViews: PlanGoal[] = goals.map((g) => {
    const own = actions
      .filter((a) => a.goalId === g.id)
      .map((a) => ({
        id: a.id,
        title: a.title,
        ownerOrganizationIds: a.ownerOrganizationIds,
        owners: a.ownerOrganizationIds.map((id) => names.get(id)).filter((o): o is { id: string; name: LocalizedText } => !!o),
        deadline: a.deadline,
        indicator: a.indicator,
        status: a.status as ActionStatus,
        percent: a.percent,
        statusNote: a.statusNote,
        version: a.version,
      }));
    return {
      id: g.id,
      title: g.title,
      description: g.description,
      strategicGoals: g.strategicGoals,
      themes: g.themes,
      actions: own,
      progress: goalProgress(own),
      version: g.version,
    };
  });
  return {
    id: plan.id,
    regionCode,
    year,
    summary: plan.summary,
    version: plan.version,
    updatedAt: plan.updatedAt,
    goals: goalViews,
    progress: planProgress(goalViews),
  };
}

/** The region's communication plan rows for the year, by first month, then target group in Finnish order. */
export async function communicationItems(regionCode: string, year: number) {
  return db()
    .select()
    .from(communicationItem)
    .where(and(eq(communicationItem.regionCode, regionCode), eq(communicationItem.year, year)))
    .orderBy(sql`${communicationItem.months}[1]`, sql`${communicationItem.targetGroup} collate "fi-FI-x-icu"`, asc(communicationItem.id));
}

/**
 * The held (begun, not cancelled) meetings of the region's groups from the year before the plan's
 * to the year after, newest first: the meetings a communication row can be marked reviewed at.
 */
export async function heldMeetings(regionCode: string, year: number, now = new Date()) {
  return db()
    .select({ id: meeting.id, startsAt: meeting.startsAt, theme: meeting.theme, groupName: networkGroup.name })
    .from(meeting)
    .innerJoin(networkGroup, eq(networkGroup.id, meeting.groupId))
    .where(
      and(
        eq(networkGroup.regionCode, regionCode),
        ne(meeting.status, "cancelled"),
        lte(meeting.startsAt, now),
        gte(meeting.startsAt, startOfDayInFinland(`${year - 1}-01-01`)),
        lt(meeting.startsAt, startOfDayInFinland(`${year + 2}-01-01`)),
      ),
    )
    .orderBy(desc(meeting.startsAt));
}

/** Meetings by id with their group's name, for showing where rows were reviewed. */
export async function meetingsById(ids: string[]) {
  if (ids.length === 0) return [];
  return db()
    .select({ id: meeting.id, startsAt: meeting.startsAt, groupName: networkGroup.name })
    .from(meeting)
    .innerJoin(networkGroup, eq(networkGroup.id, meeting.groupId))
    .where(inArray(meeting.id, [...new Set(ids)]));
}

export interface RoundView {
  id: string;
  year: number;
  status: string;
  answers: number;
  results: DimensionResult[];
  comments: { dimension: string; text: string }[];
}

/** The region's round for the year, the caller's own answer in it, and every round's results for the year-over-year view. */
export async function loadAssessment(regionCode: string, year: number, userId: string) {
  const rounds = await db().select().from(assessmentRound).where(eq(assessmentRound.regionCode, regionCode)).orderBy(desc(assessmentRound.year));
  const answers = rounds.length
    ? await db()
        .select()
        .from(assessmentAnswer)
        .where(
          inArray(
            assessmentAnswer.roundId,
            rounds.map((r) => r.id),
          ),
        )
        .orderBy(asc(assessmentAnswer.createdAt))
    : [];
  const views: RoundView[] = rounds.map((r) => {
    const own = answers.filter((a) => a.roundId === r.id);
    return {
      id: r.id,
      year: r.year,
      status: r.status,
      answers: own.length,
      results: summarizeAnswers(own.map((a) => a.stages)),
      comments: own.flatMap((a) => Object.entries(a.comments).map(([dimension, text]) => ({ dimension, text }))),
    };
  });
  const current = views.find((v) => v.year === year) ?? null;
  const mine = current ? (answers.find((a) => a.roundId === current.id && a.userId === userId) ?? null) : null;
  return {
    round: current,
    myAnswer: mine && { stages: mine.stages, comments: mine.comments, version: mine.version },
    history: views.filter((v) => v.answers > 0).sort((a, b) => a.year - b.year),
  };
}
