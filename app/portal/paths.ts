import type { FundingForm } from "~/offerings/public";
import type { TargetGroup } from "~/network-map/public";
import { immigrantGuidanceSlug } from "~/content-pages/public";

/**
 * Life-situation paths: one entry page per client group (seed 003) and per quick path of the
 * regional portal (seed 002). Each path names the network-map target groups whose guidance
 * services it shows, the offering target groups whose education it shows, and the ways of
 * financing studies that fit the situation (the adult education allowance is left out: it ended for
 * studies starting from August 2024). The editorial text lives in the message catalogue
 * under `path.<slug>.*`.
 */
export interface LifePath {
  slug: string;
  /** Network-map target groups of the guidance services shown (any of them). */
  serviceGroups: readonly TargetGroup[];
  /** Offering target groups of the education shown (any of them). */
  offeringGroups: readonly TargetGroup[];
  /** Ways of financing studies that suit the situation, most relevant first. */
  fundingForms: readonly FundingForm[];
  /**
   * Slugs of the content pages (studying and financing sections) that apply to the situation, most
   * relevant first. A page that is missing or not published is simply left out, never a broken link.
   */
  contentPages: readonly string[];
  /** An official service the first step leads to (no dead ends, decision 0189). */
  officialLink?: OfficialLink;
}

/** The official services a path's first step may lead to, per language. */
export const officialLinks = {
  // Registering as a job seeker happens in the national Job Market Finland service.
  jobSeekerRegistration: { fi: "https://tyomarkkinatori.fi/", sv: "https://tyomarkkinatori.fi/sv/", en: "https://tyomarkkinatori.fi/en/" },
} as const;
export type OfficialLink = keyof typeof officialLinks;

export const lifePaths = [
  {
    slug: "job-seekers",
    serviceGroups: ["job_seekers", "unemployed"],
    offeringGroups: ["job_seekers", "unemployed"],
    fundingForms: ["labour_market_training", "self_motivated_study"],
    contentPages: ["studying-on-unemployment-benefit", "labour-market-training", "applying-to-education"],
    officialLink: "jobSeekerRegistration",
  },
  {
    slug: "first-education",
    serviceGroups: ["without_education"],
    offeringGroups: ["without_education"],
    fundingForms: ["student_financial_aid", "apprenticeship"],
    contentPages: ["applying-to-education", "study-grant-for-adults"],
  },
  {
    slug: "drop-outs",
    serviceGroups: ["drop_outs", "young_people"],
    offeringGroups: ["drop_outs", "young_people"],
    fundingForms: ["student_financial_aid", "apprenticeship"],
    contentPages: ["applying-to-education", "study-grant-for-adults"],
  },
  {
    slug: "further-studies",
    serviceGroups: ["applying_to_further_studies", "in_education"],
    offeringGroups: ["applying_to_further_studies"],
    fundingForms: ["student_financial_aid", "apprenticeship"],
    contentPages: ["applying-to-education", "recognition-of-prior-learning", "study-grant-for-adults"],
  },
  {
    slug: "career-change",
    serviceGroups: ["career_changers"],
    offeringGroups: ["career_changers"],
    fundingForms: ["self_motivated_study", "labour_market_training", "apprenticeship"],
    contentPages: ["recognition-of-prior-learning", "applying-to-education", "studying-on-unemployment-benefit", "labour-market-training"],
  },
  {
    slug: "further-training",
    serviceGroups: ["further_training_seekers"],
    offeringGroups: ["further_training_seekers"],
    fundingForms: ["employer_funded", "self_motivated_study"],
    contentPages: ["studying-alongside-work", "recognition-of-prior-learning", "studying-on-unemployment-benefit"],
  },
  {
    slug: "returning",
    serviceGroups: ["returning_to_work_or_studies", "rehabilitees"],
    offeringGroups: ["returning_to_work_or_studies", "rehabilitees"],
    fundingForms: ["self_motivated_study", "student_financial_aid"],
    contentPages: ["applying-to-education", "recognition-of-prior-learning", "study-grant-for-adults", "studying-on-unemployment-benefit"],
  },
  {
    slug: "immigrants",
    serviceGroups: ["immigrants"],
    offeringGroups: ["immigrants"],
    fundingForms: ["self_motivated_study", "labour_market_training"],
    contentPages: [
      immigrantGuidanceSlug,
      "recognition-of-prior-learning",
      "applying-to-education",
      "studying-on-unemployment-benefit",
      "labour-market-training",
    ],
  },
  {
    slug: "companies",
    serviceGroups: ["entrepreneurs", "employers"],
    offeringGroups: ["entrepreneurs", "employers"],
    fundingForms: ["employer_funded", "apprenticeship"],
    contentPages: ["labour-market-training", "studying-alongside-work", "recognition-of-prior-learning"],
  },
] as const satisfies readonly LifePath[];

export type PathSlug = (typeof lifePaths)[number]["slug"];
export const pathSlugs = lifePaths.map((p) => p.slug) as readonly PathSlug[];

export const isPathSlug = (value: unknown): value is PathSlug => typeof value === "string" && (pathSlugs as readonly string[]).includes(value);

export function lifePath(slug: PathSlug): LifePath {
  return lifePaths.find((p) => p.slug === slug)!;
}

/** The one path whose curated content is also in Russian (seed 002: immigrant pages in English and Russian). */
export const russianPath: PathSlug = "immigrants";

/** The address of the Russian version of the immigrant path under a UI language. */
export const russianPathUrl = (lang: string) => `/${lang}/paths/${russianPath}/ru`;

/** The UI language of the Russian version's one address for search engines (decision 0120). */
export const russianPathCanonicalLanguage = "en";

/** Keys of a path's editorial text in the catalogue. */
export const pathTextParts = ["title", "lead", "step1", "step2", "step3", "contact", "rights", "financing"] as const;
export type PathTextPart = (typeof pathTextParts)[number];
export const pathKey = (slug: PathSlug, part: PathTextPart) => `path.${slug}.${part}` as const;
