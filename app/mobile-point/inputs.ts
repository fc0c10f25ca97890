import { z } from "zod";
import { serviceLanguages, topics } from "~/network-map/public";
import { dateField, timeField } from "../kit/validation/date-fields";
import { code, codes, issueMessage, limits, localizedText, optionalText, requiredText, uuid } from "../kit/validation/fields";
import { editVersion } from "../kit/validation/version";

export const mobilePointKinds = ["vehicle", "popup"] as const;
export type MobilePointKind = (typeof mobilePointKinds)[number];
export const regionCode = z.string().regex(/^maakunta_\d{2}$/, { message: "validation.invalid" });

const nonEmpty = <T extends z.ZodType<unknown[]>>(list: T) => list.refine((v) => v.length > 0, { message: issueMessage("validation.required") });

export const mobilePointInput = z.object({
  version: editVersion,
  name: localizedText({ required: true }),
  description: localizedText({ max: limits.longText }),
  kind: code(mobilePointKinds),
  regionCodes: nonEmpty(
    z
      .array(regionCode)
      .max(19)
      .transform((v) => [...new Set(v)]),
  ),
  organizationIds: nonEmpty(
    z
      .array(uuid)
      .max(50)
      .transform((v) => [...new Set(v)]),
  ),
});
export type MobilePointInput = z.input<typeof mobilePointInput>;

/** A coordinate typed with a point or a comma ("65,7364"). */
const coordinate = (min: number, max: number) =>
  optionalText(20).pipe(
    z
      .string()
      .transform((v) => Number(v.replace(",", ".")))
      .refine((n) => Number.isFinite(n) && n >= min && n <= max, { message: issueMessage("mobilePoints.validation.coordinate") })
      .optional(),
  );

/** A visit as the form sends it: day and times as Finns type them, wall-clock time in Finland. */
export const visitInput = z
  .object({
    version: editVersion,
    municipalityCode: z.string().regex(/^kunta_\d{3}$/, { message: "validation.invalid" }),
    placeName: requiredText(),
    streetAddress: optionalText(),
    postalCode: optionalText(5).refine((v) => v === undefined || /^\d{5}$/.test(v), { message: issueMessage("validation.postalCode") }),
    latitude: coordinate(59, 71),
    longitude: coordinate(19, 32),
    date: dateField("mobilePoints.date"),
    startTime: timeField("mobilePoints.startTime"),
    endTime: timeField("mobilePoints.endTime"),
    languages: nonEmpty(codes(serviceLanguages)),
    organizationIds: nonEmpty(
      z
        .array(uuid)
        .max(50)
        .transform((v) => [...new Set(v)]),
    ),
    note: optionalText(limits.longText),
    /** Why the time or place changes; required when they do (the command checks). */
    changeReason: optionalText(500),
  })
  .refine((v) => v.endTime > v.startTime, { message: issueMessage("mobilePoints.validation.endBeforeStart"), path: ["endTime"] })
  .refine((v) => (v.latitude === undefined) === (v.longitude === undefined), {
    message: issueMessage("mobilePoints.validation.bothCoordinates"),
    path: ["latitude"],
  });
export type VisitInput = z.input<typeof visitInput>;

export const cancelVisitInput = z.object({ version: editVersion, reason: requiredText(500) });
export type CancelVisitInput = z.input<typeof cancelVisitInput>;

export const visitLogInput = z.object({
  version: editVersion,
  visitors: z.coerce
    .number({ message: "validation.invalid" })
    .int({ message: "validation.invalid" })
    .min(0, { message: "validation.invalid" })
    .max(10_000, { message: issueMessage("mobilePoints.validation.visitors", { max: 10_000 }) }),
  topics: codes(topics),
});
export type VisitLogInput = z.input<typeof visitLogInput>;
