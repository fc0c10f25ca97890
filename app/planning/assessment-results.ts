import { dimensions, type Dimension } from "./codes";

/** One person's stages per dimension (1–3). */
export type Stages = Partial<Record<Dimension, number>>;

export interface DimensionResult {
  dimension: Dimension;
  /** How many answers placed the region on stage 1, 2 and 3. */
  counts: [number, number, number];
  answers: number;
  /** The mean stage with one decimal, or null without answers. */
  mean: number | null;
}

/** The distribution and mean stage of each dimension over a round's answers. */
export function summarizeAnswers(answers: Stages[]): DimensionResult[] {
  return dimensions.map((dimension) => {
    const counts: [number, number, number] = [0, 0, 0];
    for (const a of answers) {
      const stage = a[dimension];
      if (stage === 1 || stage === 2 || stage === 3) counts[stage - 1]++;
    }
    const total = counts[0] + counts[1] + counts[2];
    const mean = total === 0 ? null : Math.round(((counts[0] + 2 * counts[1] + 3 * counts[2]) / total) * 10) / 10;
    return { dimension, counts, answers: total, mean };
  });
}
