/** What other capabilities may use of planning in the browser and on the server: its code lists. */
export { developmentThemes, strategicGoals } from "./codes";
export type { DevelopmentTheme, StrategicGoal } from "./codes";
