import { channels, serviceLanguages, targetGroups, topics } from "./code-lists";

export const searchKinds = ["service", "organization", "practitioner", "service_point"] as const;
export type SearchKind = (typeof searchKinds)[number];

export interface MapSearch {
  q: string;
  regions: string[];
  municipalities: string[];
  targetGroups: string[];
  channels: string[];
  languages: string[];
  topics: string[];
  kinds: SearchKind[];
  /** "nationwide": only the entries that serve the whole country. */
  reach: string[];
  page: number;
  /** `literal=1`: the words are searched as written, a municipality among them is not taken as the place (decision 0195). */
  literal: boolean;
  /** A municipality named in the query words: ranked first, before its region (not a URL parameter). */
  rankMunicipality?: string;
}

/** Filter dimensions: URL parameter, facet prefix in search_document.facets, allowed values. */
export const dimensions = [
  { param: "region", key: "regions", prefix: "region", pattern: /^maakunta_\d{2}$/ },
  { param: "municipality", key: "municipalities", prefix: "municipality", pattern: /^kunta_\d{3}$/ },
  { param: "group", key: "targetGroups", prefix: "group", values: targetGroups },
  { param: "channel", key: "channels", prefix: "channel", values: channels },
  { param: "language", key: "languages", prefix: "language", values: serviceLanguages },
  { param: "topic", key: "topics", prefix: "topic", values: topics },
  { param: "kind", key: "kinds", prefix: "kind", values: searchKinds },
  { param: "reach", key: "reach", prefix: "reach", values: ["nationwide"] },
] as const;

export type Dimension = (typeof dimensions)[number];

/** The facet value of entries that serve the whole country (see search-index.server.ts). */
export const nationwideValue = "reach:nationwide";

export const maxQueryLength = 200;
export const pageSize = 20;

/** A search with no text and no filters. */
export const emptySearch = (): MapSearch => ({
  q: "",
  regions: [],
  municipalities: [],
  targetGroups: [],
  channels: [],
  languages: [],
  topics: [],
  kinds: [],
  reach: [],
  page: 1,
  literal: false,
});

export type ParseResult = { ok: true; search: MapSearch } | { ok: false; parameter: string };

/** Reads a map search from URL parameters; an unknown value is an error, not silently ignored. */
export function parseMapSearch(params: URLSearchParams): ParseResult {
  const q = (params.get("q") ?? "").trim();
  if (q.length > maxQueryLength) return { ok: false, parameter: "q" };
  const search: MapSearch = { ...emptySearch(), q };
  for (const dimension of dimensions) {
    const values = [...new Set(params.getAll(dimension.param).filter((v) => v !== ""))];
    if (values.length > 50) return { ok: false, parameter: dimension.param };
    for (const value of values) {
      const valid = "pattern" in dimension ? dimension.pattern.test(value) : (dimension.values as readonly string[]).includes(value);
      if (!valid) return { ok: false, parameter: dimension.param };
    }
    (search[dimension.key] as string[]) = values;
  }
  const literal = params.get("literal");
  if (literal !== null && literal !== "1") return { ok: false, parameter: "literal" };
  search.literal = literal === "1";
  const page = params.get("page");
  if (page !== null) {
    if (!/^\d{1,4}$/.test(page) || Number(page) < 1) return { ok: false, parameter: "page" };
    search.page = Number(page);
  }
  return { ok: true, search };
}

/** The URL parameters of a search, e.g. for pagination links. */
export function mapSearchParams(search: MapSearch, overrides: Partial<MapSearch> = {}): URLSearchParams {
  const merged = { ...search, ...overrides };
  const params = new URLSearchParams();
  if (merged.q) params.set("q", merged.q);
  for (const dimension of dimensions) for (const value of merged[dimension.key]) params.append(dimension.param, value);
  if (merged.literal) params.set("literal", "1");
  if (merged.page > 1) params.set("page", String(merged.page));
  return params;
}

export { queryTerms } from "../kit/search/query-terms";
