/** Stable codes of the project cards; their labels live in the message catalogue. */

/**
 * The figures a project card follows (the ESR project card of seed 002): started participants,
 * also per age band, new jobs, new companies and completed degrees, each as a total and "of whom
 * women".
 */
export const indicatorKeys = [
  "participants",
  "participants_under_25",
  "participants_25_54",
  "participants_55_plus",
  "new_jobs",
  "new_companies",
  "degrees",
] as const;
export type IndicatorKey = (typeof indicatorKeys)[number];

/** One figure of a card: planned and realised, each as a total and the women among them. */
export interface IndicatorFigures {
  plannedTotal?: number;
  plannedWomen?: number;
  realisedTotal?: number;
  realisedWomen?: number;
}
export type Indicators = Partial<Record<IndicatorKey, IndicatorFigures>>;
export const indicatorParts = ["plannedTotal", "plannedWomen", "realisedTotal", "realisedWomen"] as const;
