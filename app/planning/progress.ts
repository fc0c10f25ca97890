import type { ActionStatus } from "./codes";

/**
 * How far a plan has come, rolled up from its actions. An action done is 100 %, one not started 0 %,
 * one in progress its own percentage (50 % when none is given); a cancelled action does not count.
 * A goal is the mean of its counted actions, the plan the mean of its goals that have any: each goal
 * weighs the same however many actions it has. Nothing to count gives null, not 0.
 */
export interface ActionProgressInput {
  status: string;
  percent: number | null;
}

export function actionProgress(action: ActionProgressInput): number | null {
  switch (action.status) {
    case "done":
      return 100;
    case "not_started":
      return 0;
    case "in_progress":
      return Math.min(100, Math.max(0, action.percent ?? 50));
    default:
      return null;
  }
}

const mean = (values: (number | null)[]): number | null => {
  const counted = values.filter((v): v is number => v !== null);
  return counted.length === 0 ? null : Math.round(counted.reduce((a, b) => a + b, 0) / counted.length);
};

export const goalProgress = (actions: ActionProgressInput[]): number | null => mean(actions.map(actionProgress));

export const planProgress = (goals: { actions: ActionProgressInput[] }[]): number | null => mean(goals.map((g) => goalProgress(g.actions)));

/** How many actions are in each status, for the follow-up report. */
export function statusCounts(actions: ActionProgressInput[]): Record<ActionStatus, number> {
  const counts: Record<ActionStatus, number> = { not_started: 0, in_progress: 0, done: 0, cancelled: 0 };
  for (const a of actions) if (a.status in counts) counts[a.status as ActionStatus]++;
  return counts;
}
