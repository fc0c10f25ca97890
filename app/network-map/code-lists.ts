/**
 * Code lists of the network map. Codes are stable identifiers stored in the database and exchanged
 * through the HSDS API; their labels live in the message catalogues (`codes.<list>.<code>`).
 */
export const organizationTypes = [
  "vocational_college",
  "university_of_applied_sciences",
  "university",
  "adult_education_centre",
  "upper_secondary_for_adults",
  "employment_services",
  "kela",
  "library",
  "municipality",
  "ohjaamo",
  "third_sector",
  "company",
  "other",
] as const;
export type OrganizationType = (typeof organizationTypes)[number];

/** Client groups of DOMAIN.md (seed 003 and the Kainuu portal groups). */
export const targetGroups = [
  "job_seekers",
  "unemployed",
  "without_education",
  "applying_to_further_studies",
  "in_education",
  "career_changers",
  "returning_to_work_or_studies",
  "rehabilitees",
  "entrepreneurs",
  "drop_outs",
  "further_training_seekers",
  "immigrants",
  "young_people",
  "employers",
  "third_sector",
] as const;
export type TargetGroup = (typeof targetGroups)[number];

export const channels = ["in_person", "phone", "chat", "video", "email", "web", "mobile_service_point", "group", "outreach"] as const;
export type Channel = (typeof channels)[number];
/** Channels that reach a person anywhere: a service with only these and no area serves the whole country. */
export const remoteChannels = ["phone", "chat", "video", "email", "web"] as const satisfies readonly Channel[];

/** Service languages, ISO 639-1 codes (se = Northern Sami). */
export const serviceLanguages = ["fi", "sv", "en", "ru", "se", "et", "ar", "so", "uk", "fa"] as const;
export type ServiceLanguage = (typeof serviceLanguages)[number];

export const topics = [
  "choosing_education",
  "applying_to_education",
  "financing_studies",
  "career_planning",
  "recognition_of_prior_learning",
  "employment",
  "entrepreneurship",
  "apprenticeship",
  "continuous_learning",
  "language_and_integration",
  "wellbeing_and_life_management",
] as const;
export type Topic = (typeof topics)[number];

/** Competence areas of practitioners (seed 003). */
export const competenceAreas = [
  "education_knowledge",
  "information_and_assessment",
  "career_guidance",
  "organising_guidance",
  "cooperation_and_networking",
  "coordinating_iag",
] as const;
export type CompetenceArea = (typeof competenceAreas)[number];

export const serviceStatuses = ["active", "inactive", "defunct"] as const;
export type ServiceStatus = (typeof serviceStatuses)[number];

export const costTypes = ["free", "paid", "partly_paid"] as const;
export type CostType = (typeof costTypes)[number];

/** Fields of a practitioner card whose visibility the practitioner chooses. */
export const practitionerPrivateFields = ["email", "phone", "title", "servicePoints"] as const;
export type Visibility = "public" | "network";

export const weekdays = ["mo", "tu", "we", "th", "fr", "sa", "su"] as const;
export type Weekday = (typeof weekdays)[number];
