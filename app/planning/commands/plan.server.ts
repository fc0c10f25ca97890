import { and, eq } from "drizzle-orm";
import type { CurrentUser } from "../../kit/permissions/roles";
import { editConflict, recordChange } from "~/audit/public.server";
import { updateVersioned } from "../../kit/db/versioned-update.server";
import { db } from "../../kit/db/db.server";
import { parseInput } from "../../kit/validation/fields";
import { actorOf, checkCodes } from "~/network-map/public.server";
import { NotFound, requirePermission, throwIfIssues } from "../../kit/validation/errors";
import { actionInput, goalInput, planInput, statusInput, type ActionInput, type GoalInput, type PlanInput, type StatusInput } from "../inputs";
import { canEditPlans, canUpdateActionStatus } from "../permissions";
import { actionPlan, planAction, planGoal } from "../schema.server";
import { notify } from "~/notifications/public.server";
import { checkOwners, contactPersonIds, regionScope, type Transaction } from "./shared.server";

/** Creates the region's plan for a year, or saves its summary if it exists. Returns the plan's id. */
export async function savePlan(caller: CurrentUser, raw: PlanInput, executor?: Transaction): Promise<string> {
  const input = parseInput(planInput, raw);
  requirePermission(canEditPlans(caller, input.regionCode), `save plan of ${input.regionCode}`);
  const run = async (tx: Transaction) => {
    throwIfIssues(await checkCodes(tx, [{ path: "regionCode", table: "region", values: [input.regionCode] }]));
    const after = { regionCode: input.regionCode, year: input.year, summary: input.summary ?? "" };
    const [existing] = await tx
      .select()
      .from(actionPlan)
      .where(and(eq(actionPlan.regionCode, input.regionCode), eq(actionPlan.year, input.year)))
      .for("update");
    if (existing) {
      await updateVersioned(tx, actionPlan, { id: existing.id, version: input.version }, { summary: after.summary, updatedAt: new Date() }, () =>
        editConflict(tx, "action_plan", [existing.id], `plan ${existing.id}`),
      );
      await recordChange(tx, {
        actor: actorOf(caller),
        entityType: "action_plan",
        entityId: existing.id,
        action: "update",
        before: { regionCode: existing.regionCode, year: existing.year, summary: existing.summary },
        after,
      });
      return existing.id;
    }
    const [created] = await tx.insert(actionPlan).values(after).onConflictDoNothing().returning({ id: actionPlan.id });
    if (!created) {
      // Another first save of this plan committed meanwhile: this form is as stale as any other.
      const [other] = await tx
        .select({ id: actionPlan.id })
        .from(actionPlan)
        .where(and(eq(actionPlan.regionCode, input.regionCode), eq(actionPlan.year, input.year)));
      throw await editConflict(tx, "action_plan", [other.id], `plan ${other.id}`);
    }
    await recordChange(tx, { actor: actorOf(caller), entityType: "action_plan", entityId: created.id, action: "create", before: null, after });
    return created.id;
  };
  return executor ? run(executor) : db().transaction(run);
}

async function lockPlan(tx: Transaction, planId: string) {
  const [plan] = await tx.select().from(actionPlan).where(eq(actionPlan.id, planId)).for("update");
  if (!plan) throw new NotFound(`plan ${planId}`);
  return plan;
}

/** The goal with its plan's region, locked. */
async function lockGoal(tx: Transaction, goalId: string) {
  const [row] = await tx
    .select({ goal: planGoal, regionCode: actionPlan.regionCode, year: actionPlan.year })
    .from(planGoal)
    .innerJoin(actionPlan, eq(actionPlan.id, planGoal.planId))
    .where(eq(planGoal.id, goalId))
    .for("update");
  if (!row) throw new NotFound(`goal ${goalId}`);
  return row;
}

async function lockAction(tx: Transaction, actionId: string) {
  const [row] = await tx
    .select({ action: planAction, regionCode: actionPlan.regionCode, year: actionPlan.year })
    .from(planAction)
    .innerJoin(planGoal, eq(planGoal.id, planAction.goalId))
    .innerJoin(actionPlan, eq(actionPlan.id, planGoal.planId))
    .where(eq(planAction.id, actionId))
    .for("update");
  if (!row) throw new NotFound(`action ${actionId}`);
  return row;
}

const actionConflict = (tx: Transaction, actionId: string) => () => editConflict(tx, "plan_action", [actionId], `action ${actionId}`);

const goalValues = (input: ReturnType<typeof goalInput.parse>) => ({
  title: input.title,
  description: input.description ?? "",
  strategicGoals: input.strategicGoals,
  themes: input.themes,
});

export async function addGoal(caller: CurrentUser, planId: string, raw: GoalInput, executor?: Transaction): Promise<string> {
  const run = async (tx: Transaction) => {
    const plan = await lockPlan(tx, planId);
    requirePermission(canEditPlans(caller, plan.regionCode), `add goal to plan ${planId}`);
    const input = parseInput(goalInput, raw);
    const [created] = await tx
      .insert(planGoal)
      .values({ planId, ...goalValues(input) })
      .returning({ id: planGoal.id });
    await recordChange(tx, {
      actor: actorOf(caller),
      entityType: "plan_goal",
      entityId: created.id,
      action: "create",
      before: null,
      after: { planId, ...goalValues(input) },
    });
    return created.id;
  };
  return executor ? run(executor) : db().transaction(run);
}

export async function updateGoal(caller: CurrentUser, goalId: string, raw: GoalInput): Promise<void> {
  await db().transaction(async (tx) => {
    const { goal, regionCode } = await lockGoal(tx, goalId);
    requirePermission(canEditPlans(caller, regionCode), `update goal ${goalId}`);
    const input = parseInput(goalInput, raw);
    await updateVersioned(tx, planGoal, { id: goalId, version: input.version }, goalValues(input), () =>
      editConflict(tx, "plan_goal", [goalId], `goal ${goalId}`),
    );
    await recordChange(tx, {
      actor: actorOf(caller),
      entityType: "plan_goal",
      entityId: goalId,
      action: "update",
      before: storedGoal(goal),
      after: goalValues(input),
    });
  });
}

/** Deletes a goal with its actions. */
export async function deleteGoal(caller: CurrentUser, goalId: string): Promise<void> {
  await db().transaction(async (tx) => {
    const { goal, regionCode } = await lockGoal(tx, goalId);
    requirePermission(canEditPlans(caller, regionCode), `delete goal ${goalId}`);
    const actions = await tx.select().from(planAction).where(eq(planAction.goalId, goalId));
    for (const a of actions)
      await recordChange(tx, { actor: actorOf(caller), entityType: "plan_action", entityId: a.id, action: "delete", before: storedAction(a), after: null });
    await tx.delete(planGoal).where(eq(planGoal.id, goalId));
    await recordChange(tx, {
      actor: actorOf(caller),
      entityType: "plan_goal",
      entityId: goalId,
      action: "delete",
      before: { planId: goal.planId, ...storedGoal(goal) },
      after: null,
    });
  });
}

const actionValues = (input: ReturnType<typeof actionInput.parse>) => ({
  title: input.title,
  ownerOrganizationIds: input.ownerOrganizationIds,
  deadline: input.deadline ?? null,
  indicator: input.indicator ?? "",
  ...statusValues(input),
});

/** A percentage belongs to an action in progress; done and not started speak for themselves. */
const statusValues = (input: ReturnType<typeof statusInput.parse>) => ({
  status: input.status,
  percent: input.status === "in_progress" ? (input.percent ?? null) : null,
  statusNote: input.statusNote ?? "",
});

export async function addAction(caller: CurrentUser, goalId: string, raw: ActionInput, executor?: Transaction): Promise<string> {
  const run = async (tx: Transaction) => {
    const { regionCode, year } = await lockGoal(tx, goalId);
    requirePermission(canEditPlans(caller, regionCode), `add action to goal ${goalId}`);
    const input = parseInput(actionInput, raw);
    throwIfIssues(await checkOwners(tx, regionCode, input.ownerOrganizationIds));
    const [created] = await tx
      .insert(planAction)
      .values({ goalId, ...actionValues(input) })
      .returning({ id: planAction.id });
    await recordChange(tx, {
      actor: actorOf(caller),
      entityType: "plan_action",
      entityId: created.id,
      action: "create",
      before: null,
      after: { goalId, ...actionValues(input) },
    });
    const mailIds = await notifyOwners(tx, input.ownerOrganizationIds, { regionCode, year, title: input.title });
    return { id: created.id, mailIds };
  };
  return (await (executor ? run(executor) : db().transaction(run))).id;
}

export async function updateAction(caller: CurrentUser, actionId: string, raw: ActionInput): Promise<void> {
  await db().transaction(async (tx) => {
    const { action, regionCode, year } = await lockAction(tx, actionId);
    requirePermission(canEditPlans(caller, regionCode), `update action ${actionId}`);
    const input = parseInput(actionInput, raw);
    throwIfIssues(await checkOwners(tx, regionCode, input.ownerOrganizationIds));
    await updateVersioned(
      tx,
      planAction,
      { id: actionId, version: input.version },
      { ...actionValues(input), updatedAt: new Date() },
      actionConflict(tx, actionId),
    );
    await recordChange(tx, {
      actor: actorOf(caller),
      entityType: "plan_action",
      entityId: actionId,
      action: "update",
      before: storedAction(action),
      after: actionValues(input),
    });
    // Only organisations newly named as owners are told.
    await notifyOwners(
      tx,
      input.ownerOrganizationIds.filter((id) => !action.ownerOrganizationIds.includes(id)),
      { regionCode, year, title: input.title },
    );
  });
}

/** Tells the contact persons of the organisations named owners of an action. */
async function notifyOwners(tx: Transaction, organizationIds: string[], action: { regionCode: string; year: number; title: string }): Promise<string[]> {
  const { mailIds } = await notify(tx, await contactPersonIds(tx, organizationIds), {
    kind: "plan_action.assigned",
    messageKey: "planning.inbox.actionAssigned",
    values: { year: action.year, title: action.title },
    link: `/work/planning/${action.regionCode}/${action.year}/action-plan`,
  });
  return mailIds;
}

export async function deleteAction(caller: CurrentUser, actionId: string): Promise<void> {
  await db().transaction(async (tx) => {
    const { action, regionCode } = await lockAction(tx, actionId);
    requirePermission(canEditPlans(caller, regionCode), `delete action ${actionId}`);
    await tx.delete(planAction).where(eq(planAction.id, actionId));
    await recordChange(tx, {
      actor: actorOf(caller),
      entityType: "plan_action",
      entityId: actionId,
      action: "delete",
      before: { goalId: action.goalId, ...storedAction(action) },
      after: null,
    });
  });
}

/** The follow-up: a contact person of an owner organisation (or a coordinator) reports where the action stands. */
export async function updateActionStatus(caller: CurrentUser, actionId: string, raw: StatusInput): Promise<void> {
  await db().transaction(async (tx) => {
    const { action, regionCode } = await lockAction(tx, actionId);
    const scope = await regionScope(tx, regionCode);
    requirePermission(canUpdateActionStatus(caller, scope, action.ownerOrganizationIds), `update status of action ${actionId}`);
    const input = parseInput(statusInput, raw);
    const after = statusValues(input);
    await updateVersioned(tx, planAction, { id: actionId, version: input.version }, { ...after, updatedAt: new Date() }, actionConflict(tx, actionId));
    await recordChange(tx, {
      actor: actorOf(caller),
      entityType: "plan_action",
      entityId: actionId,
      action: "update",
      before: { status: action.status, percent: action.percent, statusNote: action.statusNote },
      after,
    });
  });
}

function storedAction(a: typeof planAction.$inferSelect) {
  return {
    title: a.title,
    ownerOrganizationIds: a.ownerOrganizationIds,
    deadline: a.deadline,
    indicator: a.indicator,
    status: a.status,
    percent: a.percent,
    statusNote: a.statusNote,
  };
}

function storedGoal(g: typeof planGoal.$inferSelect) {
  return { title: g.title, description: g.description, strategicGoals: g.strategicGoals, themes: g.themes };
}
