import { satisfactionPerMonth } from "~/feedback/public.server";
import type { Figure } from "./measures";

/** What a source is asked for: the organisations in view ("all" for an admin's whole country) and whole months. */
export interface FigureRequest {
  organizationIds: "all" | string[];
  from: string;
  to: string;
}

/** A feature that delivers services and counts them, read through its public entry. */
export type FigureSource = (request: FigureRequest) => Promise<Figure[]>;

const satisfaction: FigureSource = async ({ organizationIds, from, to }) => {
  const scope = organizationIds === "all" ? ({ all: true } as const) : { all: false as const, regionCodes: [], organizationIds };
  const rows = await satisfactionPerMonth(scope, { from, to });
  return rows.flatMap((row) => [
    {
      month: row.month,
      organizationId: row.organizationId,
      serviceId: row.serviceId,
      channel: row.channel,
      measure: "satisfactionAnswers" as const,
      value: row.answers,
    },
    {
      month: row.month,
      organizationId: row.organizationId,
      serviceId: row.serviceId,
      channel: row.channel,
      measure: "satisfactionScoreSum" as const,
      value: row.scoreSum,
    },
  ]);
};

/** Every source of figures; a new delivering feature adds its own here. */
export const figureSources: FigureSource[] = [satisfaction];
