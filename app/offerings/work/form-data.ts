import { list, localized, text } from "../../kit/forms/form-data";
import type { OfferingInput } from "../inputs";

type Fields = Pick<FormData, "get" | "getAll" | "keys">;

const optional = (form: Fields, name: string): string | undefined => text(form, name).trim() || undefined;

/** A number typed by a person ("1 200,50" is 1200.5); anything else is passed on for validation to name it. */
function number(form: Fields, name: string): number | undefined {
  const raw = text(form, name).trim();
  if (!raw) return undefined;
  const value = Number(raw.replace(/[\s\u00a0]/g, "").replace(",", "."));
  return (Number.isFinite(value) ? value : raw) as number;
}

/** The offering form's fields as the commands' input; the commands validate. */
export function offeringFromForm(form: Fields): OfferingInput {
  return {
    organizationId: text(form, "organizationId"),
    name: localized(form, "name"),
    description: localized(form, "description"),
    educationType: text(form, "educationType") as OfferingInput["educationType"],
    fieldCode: text(form, "fieldCode"),
    teachingLanguages: list(form, "teachingLanguages") as OfferingInput["teachingLanguages"],
    teachingMethod: text(form, "teachingMethod") as OfferingInput["teachingMethod"],
    municipalityCode: text(form, "municipalityCode"),
    startDate: optional(form, "startDate"),
    personalStart: text(form, "personalStart") === "on",
    durationValue: number(form, "durationValue"),
    durationUnit: optional(form, "durationUnit") as OfferingInput["durationUnit"],
    price: number(form, "price") ?? 0,
    costDescription: localized(form, "costDescription"),
    applicationStart: optional(form, "applicationStart"),
    applicationEnd: optional(form, "applicationEnd"),
    fundingForms: list(form, "fundingForms") as OfferingInput["fundingForms"],
    targetGroups: list(form, "targetGroups") as OfferingInput["targetGroups"],
    website: optional(form, "website"),
    applicationUrl: optional(form, "applicationUrl"),
  };
}
