import { z } from "zod";
import { targetGroups } from "~/network-map/public";
import { dateField } from "../kit/validation/date-fields";
import { codes, issueMessage, limits, localizedText, optionalText, optionalUrl, requiredText, uuid } from "../kit/validation/fields";
import { optionalCount, optionalEuroCents } from "../kit/validation/number-fields";
import { editVersion } from "../kit/validation/version";
import { indicatorKeys, indicatorParts, type IndicatorKey } from "./codes";

export const regionCode = z.string().regex(/^maakunta_\d{2}$/, { message: "validation.invalid" });

const nonEmpty = <T extends z.ZodType<unknown[]>>(list: T) => list.refine((v) => v.length > 0, { message: issueMessage("validation.required") });
const uniqueIds = (max: number) =>
  z
    .array(uuid)
    .max(max)
    .transform((v) => [...new Set(v)]);

/** One figure: planned and realised totals and the women among them, each typed as Finns type numbers. */
const figures = z
  .object(
    Object.fromEntries(indicatorParts.map((part) => [part, optionalCount()])) as Record<(typeof indicatorParts)[number], ReturnType<typeof optionalCount>>,
  )
  .refine((f) => f.plannedWomen === undefined || (f.plannedTotal ?? 0) >= f.plannedWomen, {
    message: issueMessage("projects.validation.womenOverTotal"),
    path: ["plannedWomen"],
  })
  .refine((f) => f.realisedWomen === undefined || (f.realisedTotal ?? 0) >= f.realisedWomen, {
    message: issueMessage("projects.validation.womenOverTotal"),
    path: ["realisedWomen"],
  })
  // Keep only the parts given, so that an empty figure stores as nothing.
  .transform((f) => Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)));

export const projectInput = z
  .object({
    version: editVersion,
    code: requiredText(40).pipe(z.string().regex(/^[\p{L}\d][\p{L}\d ._/-]*$/u, { message: issueMessage("projects.validation.code") })),
    name: localizedText({ required: true }),
    summary: localizedText({ max: limits.longText }),
    funder: requiredText(),
    programme: optionalText(),
    startsOn: dateField("projects.startsOn"),
    endsOn: dateField("projects.endsOn"),
    budget: optionalEuroCents(),
    realised: optionalEuroCents(),
    regionCodes: nonEmpty(
      z
        .array(regionCode)
        .max(19)
        .transform((v) => [...new Set(v)]),
    ),
    organizationIds: nonEmpty(uniqueIds(50)),
    targetGroups: codes(targetGroups),
    indicators: z
      .object(Object.fromEntries(indicatorKeys.map((key) => [key, figures.optional()])) as Record<IndicatorKey, z.ZodOptional<typeof figures>>)
      .default({})
      .transform((all) => Object.fromEntries(Object.entries(all).filter(([, f]) => f && Object.keys(f).length > 0))),
    outputs: optionalText(limits.longText),
    planActionIds: uniqueIds(30).default([]),
    homepage: optionalUrl,
  })
  .refine((v) => v.endsOn >= v.startsOn, { message: issueMessage("projects.validation.endBeforeStart"), path: ["endsOn"] });
export type ProjectInput = z.input<typeof projectInput>;
export type ParsedProject = z.output<typeof projectInput>;

/** The register's filter: a region, or all. */
export const registerFilter = z.object({ region: regionCode.optional() });
