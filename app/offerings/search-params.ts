import {
  educationFields,
  educationTypes,
  fundingForms,
  offeringSorts,
  targetGroups,
  teachingLanguages,
  teachingMethods,
  type OfferingSort,
} from "./code-lists";

export interface OfferingSearch {
  q: string;
  types: string[];
  fields: string[];
  languages: string[];
  methods: string[];
  regions: string[];
  municipalities: string[];
  fundingForms: string[];
  targetGroups: string[];
  openNow: boolean;
  sort: OfferingSort;
  page: number;
}

/** Filter dimensions: URL parameter, facet prefix in offering_search.facets, allowed values. */
export const offeringDimensions = [
  { param: "type", key: "types", prefix: "type", values: educationTypes },
  { param: "field", key: "fields", prefix: "field", values: educationFields },
  { param: "language", key: "languages", prefix: "language", values: teachingLanguages },
  { param: "method", key: "methods", prefix: "method", values: teachingMethods },
  { param: "region", key: "regions", prefix: "region", pattern: /^maakunta_\d{2}$/ },
  { param: "municipality", key: "municipalities", prefix: "municipality", pattern: /^kunta_\d{3}$/ },
  { param: "funding", key: "fundingForms", prefix: "funding", values: fundingForms },
  { param: "group", key: "targetGroups", prefix: "group", values: targetGroups },
] as const;
export type OfferingDimension = (typeof offeringDimensions)[number];

export const maxQueryLength = 200;
export const offeringPageSize = 20;

export const emptyOfferingSearch = (): OfferingSearch => ({
  q: "",
  types: [],
  fields: [],
  languages: [],
  methods: [],
  regions: [],
  municipalities: [],
  fundingForms: [],
  targetGroups: [],
  openNow: false,
  sort: "relevance",
  page: 1,
});

/** Every URL parameter of the search, named in the catalogue as `offerings.param.<name>` for error messages. */
export const offeringParameters = ["q", ...offeringDimensions.map((d) => d.param), "open", "sort", "page"] as const;
export type OfferingParameter = (typeof offeringParameters)[number];

export type OfferingParseResult = { ok: true; search: OfferingSearch } | { ok: false; parameter: OfferingParameter };

/** Parameters that take one value: a repeated one is ambiguous, so an error. */
const singleParameters = ["q", "open", "sort", "page"] as const;

/**
 * Reads an offering search from URL parameters; an unknown value is an error, not silently ignored.
 * `isPlace` tells whether a well-formed region or municipality code names a real one (the reference
 * data), so that an unknown code is refused rather than matching nothing.
 */
export function parseOfferingSearch(params: URLSearchParams, isPlace: (code: string) => boolean = () => true): OfferingParseResult {
  for (const name of singleParameters) if (params.getAll(name).length > 1) return { ok: false, parameter: name };
  const q = (params.get("q") ?? "").trim();
  if (q.length > maxQueryLength) return { ok: false, parameter: "q" };
  const search: OfferingSearch = { ...emptyOfferingSearch(), q };
  for (const dimension of offeringDimensions) {
    const values = [...new Set(params.getAll(dimension.param).filter((v) => v !== ""))];
    if (values.length > 50) return { ok: false, parameter: dimension.param };
    for (const value of values) {
      const valid = "pattern" in dimension ? dimension.pattern.test(value) && isPlace(value) : (dimension.values as readonly string[]).includes(value);
      if (!valid) return { ok: false, parameter: dimension.param };
    }
    search[dimension.key] = values;
  }
  const open = params.get("open");
  if (open !== null && open !== "" && open !== "1") return { ok: false, parameter: "open" };
  search.openNow = open === "1";
  const sort = params.get("sort");
  if (sort !== null && sort !== "") {
    if (!(offeringSorts as readonly string[]).includes(sort)) return { ok: false, parameter: "sort" };
    search.sort = sort as OfferingSort;
  }
  const page = params.get("page");
  if (page !== null) {
    if (!/^\d{1,4}$/.test(page) || Number(page) < 1) return { ok: false, parameter: "page" };
    search.page = Number(page);
  }
  return { ok: true, search };
}

/** The URL parameters of a search, e.g. for pagination links. */
export function offeringSearchParams(search: OfferingSearch, overrides: Partial<OfferingSearch> = {}): URLSearchParams {
  const merged = { ...search, ...overrides };
  const params = new URLSearchParams();
  if (merged.q) params.set("q", merged.q);
  for (const dimension of offeringDimensions) for (const value of merged[dimension.key]) params.append(dimension.param, value);
  if (merged.openNow) params.set("open", "1");
  if (merged.sort !== "relevance") params.set("sort", merged.sort);
  if (merged.page > 1) params.set("page", String(merged.page));
  return params;
}
