import {
  type Channel,
  channels,
  emptySearch,
  type MapSearch,
  type ServiceLanguage,
  serviceLanguages,
  type TargetGroup,
  type Topic,
} from "~/network-map/public";
import type { FundingForm } from "~/offerings/public";
import { emptyOfferingSearch, type OfferingSearch } from "~/offerings/public";
import { isPathSlug, lifePath, type PathSlug } from "./paths";

/** What the visitor chose on a path page: where they live and the language they want to be served in. */
export interface PathFilters {
  municipality: string | null;
  language: ServiceLanguage | null;
}

/** The guided search's answers. Every answer may be left open. */
export interface GuideAnswers extends PathFilters {
  situation: PathSlug | null;
  goal: Goal | null;
  channels: Channel[];
}

export const goals = ["study_place", "change_career", "guidance", "financing", "business"] as const;
export type Goal = (typeof goals)[number];

/** The network-map topics of the guidance services that serve a goal ("guidance" = any topic). */
export const goalTopics: Record<Goal, readonly Topic[]> = {
  study_place: ["choosing_education", "applying_to_education"],
  change_career: ["career_planning"],
  guidance: [],
  financing: ["financing_studies"],
  business: ["entrepreneurship"],
};

/** Parameters a visitor can get wrong, named for the error message. */
export type FilterParameter = "situation" | "goal" | "municipality" | "language" | "channel";
export type Parsed<T> = { ok: true; value: T } | { ok: false; parameter: FilterParameter };

const municipalityPattern = /^kunta_\d{3}$/;

/** One optional value: empty is "not chosen", more than one or an unknown one is an error. */
function single<T extends string>(params: URLSearchParams, name: FilterParameter, valid: (v: string) => boolean): Parsed<T | null> {
  const values = params.getAll(name).filter((v) => v !== "");
  if (values.length === 0) return { ok: true, value: null };
  if (values.length > 1 || !valid(values[0])) return { ok: false, parameter: name };
  return { ok: true, value: values[0] as T };
}

/**
 * Reads a path page's choices. `isMunicipality` tells whether a well-formed code names a real
 * municipality (the reference data), so that an unknown one is refused rather than matching nothing.
 */
export function parsePathFilters(params: URLSearchParams, isMunicipality: (code: string) => boolean): Parsed<PathFilters> {
  const municipality = single<string>(params, "municipality", (v) => municipalityPattern.test(v) && isMunicipality(v));
  if (!municipality.ok) return municipality;
  const language = single<ServiceLanguage>(params, "language", (v) => (serviceLanguages as readonly string[]).includes(v));
  if (!language.ok) return language;
  return { ok: true, value: { municipality: municipality.value, language: language.value } };
}

export function parseGuideAnswers(params: URLSearchParams, isMunicipality: (code: string) => boolean): Parsed<GuideAnswers> {
  const filters = parsePathFilters(params, isMunicipality);
  if (!filters.ok) return filters;
  const situation = single<PathSlug>(params, "situation", isPathSlug);
  if (!situation.ok) return situation;
  const goal = single<Goal>(params, "goal", (v) => (goals as readonly string[]).includes(v));
  if (!goal.ok) return goal;
  const chosen = [...new Set(params.getAll("channel").filter((v) => v !== ""))];
  if (chosen.some((c) => !(channels as readonly string[]).includes(c))) return { ok: false, parameter: "channel" };
  return { ok: true, value: { ...filters.value, situation: situation.value, goal: goal.value, channels: chosen as Channel[] } };
}

/** Whether the visitor has answered anything at all (an empty form shows the questions again). */
export const hasAnswers = (a: GuideAnswers) =>
  a.situation !== null || a.goal !== null || a.municipality !== null || a.language !== null || a.channels.length > 0;

/** The URL parameters of a guide's answers, for "change your answers" and shareable results. */
export function guideParams(a: GuideAnswers): URLSearchParams {
  const params = new URLSearchParams();
  if (a.situation) params.set("situation", a.situation);
  if (a.goal) params.set("goal", a.goal);
  if (a.municipality) params.set("municipality", a.municipality);
  if (a.language) params.set("language", a.language);
  for (const c of a.channels) params.append("channel", c);
  return params;
}

export function pathFilterParams(f: PathFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (f.municipality) params.set("municipality", f.municipality);
  if (f.language) params.set("language", f.language);
  return params;
}

export interface Searches {
  /** A network-map search (the parameters of /:lang/search), services only. */
  services: MapSearch;
  /** An education search (the parameters of /:lang/education). */
  offerings: OfferingSearch;
}

const list = <T>(value: T | null): T[] => (value === null ? [] : [value]);

/** A path page's searches: the path's target groups in the chosen municipality and language. */
export function pathSearches(slug: PathSlug, filters: PathFilters): Searches {
  return guideSearches({ ...filters, situation: slug, goal: null, channels: [] });
}

/** The guided search's answers as searches over guidance services and education offerings. */
export function guideSearches(a: GuideAnswers): Searches {
  const path = a.situation ? lifePath(a.situation) : null;
  let offeringGroups: TargetGroup[] = path ? [...path.offeringGroups] : [];
  if (!path && a.goal === "business") offeringGroups = [...lifePath("companies").offeringGroups];
  if (!path && a.goal === "change_career") offeringGroups = [...lifePath("career-change").offeringGroups];
  const fundingForms: FundingForm[] = a.goal === "financing" && path ? [...path.fundingForms] : [];
  return {
    services: {
      ...emptySearch(),
      kinds: ["service"],
      targetGroups: path ? [...path.serviceGroups] : [],
      topics: a.goal ? [...goalTopics[a.goal]] : [],
      municipalities: list(a.municipality),
      languages: list(a.language),
      channels: [...a.channels],
    },
    offerings: {
      ...emptyOfferingSearch(),
      targetGroups: offeringGroups,
      fundingForms,
      municipalities: list(a.municipality),
      languages: list(a.language),
    },
  };
}
