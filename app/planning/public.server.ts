/**
 * Planning's contract for other capabilities on the server: the actions of the regions' action plans,
 * by id and as choices, so that others can store action ids and show their titles without reading
 * planning's tables.
 */
export { planActionsByIds, planActionChoices } from "./action-references.server";
export type { PlanActionReference } from "./action-references.server";
