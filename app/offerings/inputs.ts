import { z } from "zod";
import { optionalDateField } from "../kit/validation/date-fields";
import { editVersion } from "../kit/validation/version";
import { code, codes, issueMessage, limits, localizedText, optionalUrl, uuid } from "../kit/validation/fields";
import { durationUnits, educationFields, educationTypes, fundingForms, targetGroups, teachingLanguages, teachingMethods } from "./code-lists";

/** What a user may send to create or change an offering; shared by the form and the commands. */
export const offeringInput = z
  .object({
    version: editVersion,
    organizationId: uuid,
    name: localizedText({ required: true }),
    description: localizedText({ max: limits.longText }),
    educationType: code(educationTypes),
    fieldCode: code(educationFields),
    teachingLanguages: codes(teachingLanguages).refine((v) => v.length > 0, { message: "validation.required" }),
    teachingMethod: code(teachingMethods),
    municipalityCode: z.string().regex(/^kunta_\d{3}$/, { message: "validation.invalid" }),
    startDate: optionalDateField("workOfferings.startDate"),
    personalStart: z.boolean().default(false),
    durationValue: z
      .number({ message: "validation.number" })
      .int({ message: "validation.number" })
      .min(1, { message: "validation.number" })
      .max(10000, { message: "validation.number" })
      .optional(),
    durationUnit: code(durationUnits).optional(),
    price: z.number({ message: "validation.number" }).min(0, { message: "validation.number" }).max(1_000_000, { message: "validation.number" }).default(0),
    costDescription: localizedText(),
    applicationStart: optionalDateField("workOfferings.applicationStart"),
    applicationEnd: optionalDateField("workOfferings.applicationEnd"),
    fundingForms: codes(fundingForms),
    targetGroups: codes(targetGroups),
    website: optionalUrl,
    applicationUrl: optionalUrl.refine((v) => v === undefined || /^https:\/\//i.test(v), { message: issueMessage("validation.httpsUrl") }),
  })
  .refine((o) => o.personalStart || !!o.startDate, { message: "validation.startRequired", path: ["startDate"] })
  .refine((o) => !o.applicationStart || !o.applicationEnd || o.applicationStart <= o.applicationEnd, {
    message: "validation.endBeforeStart",
    path: ["applicationEnd"],
  })
  .refine((o) => (o.durationValue === undefined) === (o.durationUnit === undefined), {
    message: "validation.durationUnit",
    path: ["durationUnit"],
  });
export type OfferingInput = z.input<typeof offeringInput>;
export type ParsedOffering = z.output<typeof offeringInput>;
