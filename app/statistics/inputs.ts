import { z } from "zod";
import { optionalMonth } from "../kit/validation/month-field";
import { issueMessage } from "../kit/validation/fields";
import { chartMeasures, groupings } from "./measures";

const month = optionalMonth("statistics.badMonth");

const optionalChoice = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .optional()
    .transform((v) => v || undefined)
    .pipe(z.enum(values, { message: issueMessage("statistics.badFilter") }).optional());

/** The statistics page's and the exports' filters, from the address. */
export const statisticsFilters = z
  .object({
    region: z
      .string()
      .optional()
      .transform((v) => v || undefined)
      .refine((v) => v === undefined || /^maakunta_\d{2}$/.test(v), { message: issueMessage("statistics.badFilter") }),
    organization: z
      .string()
      .optional()
      .transform((v) => v || undefined)
      .refine((v) => v === undefined || z.uuid().safeParse(v).success, { message: issueMessage("statistics.badFilter") }),
    from: month,
    to: month,
    groupBy: optionalChoice(groupings),
    chart: optionalChoice(chartMeasures as unknown as readonly [string, ...string[]]),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { message: issueMessage("statistics.badPeriod"), path: ["to"] })
  .refine((v) => !v.from || !v.to || Number(v.to.slice(0, 4)) * 12 + Number(v.to.slice(5)) - (Number(v.from.slice(0, 4)) * 12 + Number(v.from.slice(5))) < 60, {
    message: issueMessage("statistics.periodTooLong"),
    path: ["to"],
  });
export type StatisticsFilters = z.output<typeof statisticsFilters>;
