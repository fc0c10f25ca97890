/**
 * Code lists of education offerings. Codes follow the national code lists of Opintopolku (koodisto)
 * where one exists, so that offerings can be exchanged; labels live in the message catalogue.
 */
export { serviceLanguages as teachingLanguages, targetGroups } from "~/network-map/public";
export type { LocalizedText } from "../kit/i18n/localized";
import type { Validity } from "../kit/code-validity";

/** Kinds of education an adult can apply to (cf. koodisto `koulutustyyppi`). */
export const educationTypes = [
  "vocational_qualification",
  "further_vocational_qualification",
  "specialist_vocational_qualification",
  "vocational_training",
  "uas_degree",
  "uas_masters_degree",
  "university_degree",
  "open_uas_studies",
  "open_university_studies",
  "liberal_adult_education",
  "upper_secondary_for_adults",
  "labour_market_training",
  "preparatory_training",
  "integration_training",
  "continuing_education",
] as const;
export type EducationType = (typeof educationTypes)[number];

/** Broad fields of education: koodisto `kansallinenkoulutusluokitus2016koulutusalataso1` (ISCED-F 2013). */
export const fieldPrefix = "kansallinenkoulutusluokitus2016koulutusalataso1_";
export const educationFields = ["00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10"].map(
  (code) => `${fieldPrefix}${code}`,
) as unknown as readonly [string, ...string[]];

/** Koodisto `opetustapa`: contact teaching, distance teaching, blended. */
export const teachingMethods = ["contact", "distance", "blended"] as const;
export type TeachingMethod = (typeof teachingMethods)[number];

export const durationUnits = ["hours", "days", "weeks", "months", "years", "credits"] as const;
export type DurationUnit = (typeof durationUnits)[number];

/** How an adult can finance the studies (the Kainuu portal's financing pages). */
export const fundingForms = [
  "labour_market_training",
  "self_motivated_study",
  "adult_education_allowance",
  "apprenticeship",
  "student_financial_aid",
  "employer_funded",
] as const;
export type FundingForm = (typeof fundingForms)[number];

/** When funding forms were in use: the adult education allowance ended on 1 August 2024 (its last day 31 July). */
export const fundingFormValidity: Partial<Record<FundingForm, Validity>> = {
  adult_education_allowance: { validUntil: "2024-07-31" },
};

export const offeringSorts = ["relevance", "start", "name"] as const;
export type OfferingSort = (typeof offeringSorts)[number];
