import { and, asc, desc, eq, gte, inArray } from "drizzle-orm";
import { db, type Database, type Transaction } from "../kit/db/db.server";
import { actionPlan, planAction, planGoal } from "./schema.server";

/** An action of an action plan as another capability shows it: its title, region and year. */
export interface PlanActionReference {
  id: string;
  title: string;
  regionCode: string;
  year: number;
}

const columns = { id: planAction.id, title: planAction.title, regionCode: actionPlan.regionCode, year: actionPlan.year };

type Executor = Database | Transaction;

const actions = (executor: Executor) =>
  executor.select(columns).from(planAction).innerJoin(planGoal, eq(planGoal.id, planAction.goalId)).innerJoin(actionPlan, eq(actionPlan.id, planGoal.planId));

/** The actions with these ids that exist, in no particular order (`executor`: a caller's transaction, to see its own new actions). */
export async function planActionsByIds(ids: readonly string[], executor: Executor = db()): Promise<PlanActionReference[]> {
  if (ids.length === 0) return [];
  return actions(executor).where(inArray(planAction.id, [...new Set(ids)]));
}

/** The actions of these regions' plans (all regions' with null) from `fromYear` on, newest plan first, for a form's choices. */
export async function planActionChoices(regionCodes: readonly string[] | null, fromYear: number, executor: Executor = db()): Promise<PlanActionReference[]> {
  if (regionCodes !== null && regionCodes.length === 0) return [];
  return actions(executor)
    .where(and(regionCodes === null ? undefined : inArray(actionPlan.regionCode, [...regionCodes]), gte(actionPlan.year, fromYear)))
    .orderBy(desc(actionPlan.year), asc(actionPlan.regionCode), asc(planAction.title))
    .limit(300);
}
