import { booleanCell, cell, joinList, listCell, localized, localizedCell, localizedCells, optional, type Column, type CsvRecord } from "~/network-map/public";
import type { LocalizedText } from "../code-lists";
import type { OfferingInput } from "../inputs";

/**
 * The CSV columns of an education offering, shared by import, export and the template so that an
 * export reads back in. Codes are those of the offering form, which follow the national code lists:
 * `field_code` is koodisto kansallinenkoulutusluokitus2016koulutusalataso1 (…_07), `municipality_code`
 * is kunta_XXX; list columns separate codes with `|`; dates are YYYY-MM-DD. The column names are the
 * snake_case of the form's field names, so that validation issues map onto them.
 */
export const offeringColumns: Column[] = [
  { name: "id", label: "exchange.column.id", example: "" },
  { name: "organization", label: "exchange.column.organization", required: true, example: "0245437-2" },
  ...localized("name", "workOfferings.name", { fi: "Liiketoiminnan perustutkinto", sv: "Grundexamen i affärsverksamhet" }, true),
  ...localized("description", "workOfferings.description", { fi: "Tutkinto aikuisille, alkaa joustavasti." }),
  { name: "education_type", label: "offerings.type", required: true, example: "vocational_qualification" },
  { name: "field_code", label: "offerings.field", required: true, example: "kansallinenkoulutusluokitus2016koulutusalataso1_04" },
  { name: "teaching_languages", label: "offering.languages", required: true, example: "fi|sv" },
  { name: "teaching_method", label: "offerings.method", required: true, example: "blended" },
  { name: "municipality_code", label: "offering.location", required: true, example: "kunta_698" },
  { name: "start_date", label: "workOfferings.startDate", example: "" },
  { name: "personal_start", label: "offering.personalStart", example: "true" },
  { name: "duration_value", label: "workOfferings.durationValue", example: "18" },
  { name: "duration_unit", label: "workOfferings.durationUnit", example: "months" },
  { name: "price", label: "workOfferings.price", example: "0" },
  ...localized("cost_description", "workOfferings.costDescription", {}),
  { name: "application_start", label: "workOfferings.applicationStart", example: "2026-01-01" },
  { name: "application_end", label: "workOfferings.applicationEnd", example: "2026-12-31" },
  { name: "funding_forms", label: "offering.fundingForms", example: "self_motivated_study|apprenticeship" },
  { name: "target_groups", label: "offering.targetGroups", example: "career_changers" },
  { name: "website", label: "workOfferings.website", example: "https://www.example.fi/koulutus" },
  { name: "application_url", label: "workOfferings.applicationUrl", example: "https://opintopolku.fi/konfo/fi/toteutus/1.2.246.562.17.00000000000000000001" },
];

export const offeringColumnNames = offeringColumns.map((c) => c.name);

/** A number as people write it ("1 200,50"); anything else is passed on for validation to name it. */
function numberCell(record: CsvRecord, name: string): number | undefined {
  const raw = cell(record, name);
  if (!raw) return undefined;
  const value = Number(raw.replace(/[\s\u00a0]/g, "").replace(",", "."));
  return (Number.isFinite(value) ? value : raw) as number;
}

/** The raw command input of one CSV row; validation is the command's job. */
export function offeringFromRecord(record: CsvRecord, organizationId: string): OfferingInput {
  return {
    organizationId,
    name: localizedCell(record, "name"),
    description: localizedCell(record, "description"),
    educationType: cell(record, "education_type") as OfferingInput["educationType"],
    fieldCode: cell(record, "field_code"),
    teachingLanguages: listCell(record, "teaching_languages") as OfferingInput["teachingLanguages"],
    teachingMethod: cell(record, "teaching_method") as OfferingInput["teachingMethod"],
    municipalityCode: cell(record, "municipality_code"),
    startDate: optional(record, "start_date"),
    personalStart: booleanCell(record, "personal_start") as boolean,
    durationValue: numberCell(record, "duration_value"),
    durationUnit: optional(record, "duration_unit") as OfferingInput["durationUnit"],
    price: numberCell(record, "price") ?? 0,
    costDescription: localizedCell(record, "cost_description"),
    applicationStart: optional(record, "application_start"),
    applicationEnd: optional(record, "application_end"),
    fundingForms: listCell(record, "funding_forms") as OfferingInput["fundingForms"],
    targetGroups: listCell(record, "target_groups") as OfferingInput["targetGroups"],
    website: optional(record, "website"),
    applicationUrl: optional(record, "application_url"),
  };
}

export interface OfferingRecord {
  id: string;
  organizationId: string;
  name: LocalizedText;
  description: LocalizedText;
  educationType: string;
  fieldCode: string;
  teachingLanguages: string[];
  teachingMethod: string;
  municipalityCode: string;
  startDate: string | null;
  personalStart: boolean;
  durationValue: number | null;
  durationUnit: string | null;
  price: number;
  costDescription: LocalizedText;
  applicationStart: string | null;
  applicationEnd: string | null;
  fundingForms: string[];
  targetGroups: string[];
  website: string | null;
  applicationUrl: string | null;
}

export function offeringToRecord(o: OfferingRecord): CsvRecord {
  return {
    id: o.id,
    organization: o.organizationId,
    ...localizedCells("name", o.name),
    ...localizedCells("description", o.description),
    education_type: o.educationType,
    field_code: o.fieldCode,
    teaching_languages: joinList(o.teachingLanguages),
    teaching_method: o.teachingMethod,
    municipality_code: o.municipalityCode,
    start_date: o.startDate ?? "",
    personal_start: o.personalStart ? "true" : "false",
    duration_value: o.durationValue === null ? "" : String(o.durationValue),
    duration_unit: o.durationUnit ?? "",
    price: String(o.price),
    ...localizedCells("cost_description", o.costDescription),
    application_start: o.applicationStart ?? "",
    application_end: o.applicationEnd ?? "",
    funding_forms: joinList(o.fundingForms),
    target_groups: joinList(o.targetGroups),
    website: o.website ?? "",
    application_url: o.applicationUrl ?? "",
  };
}
