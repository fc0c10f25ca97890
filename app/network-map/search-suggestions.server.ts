import { sql } from "drizzle-orm";
import { cappedCount } from "../kit/search/capped-counts.server";
import { and, textMatch } from "../kit/search/text-match.server";
import { dimensions, emptySearch, type Dimension, type MapSearch } from "./search-params";
import { filterConditions } from "./search.server";

/** A way on from a search with no results: the search it leads to and how many results that gives. */
export interface Suggestion {
  kind: "widerArea" | "wholeCountry" | "dropFilter" | "nationwide";
  /** For dropFilter: the URL parameter of the dimension dropped. */
  dimension?: Dimension["param"];
  search: MapSearch;
  /** At most countCap + 1 (decision 0140). */
  count: number;
}

/** How many entries a search matches, up to countCap + 1. */
export async function mapSearchCount(search: MapSearch): Promise<number> {
  const text = await textMatch(search.q, { words: sql`d.text_words`, swedishText: sql`d.text_sv` });
  return cappedCount(sql`search_document d`, and([...(text ? [text.condition] : []), ...filterConditions(search)]));
}

/**
 * The ways on from an empty result (decision 0189): a wider area (the chosen municipalities'
 * regions, then the whole country), each active filter dropped, and the nationwide remote
 * services that match the words. Only those that find something are offered, each with its count.
 */
export async function emptyResultSuggestions(search: MapSearch, regionOf: (municipality: string) => string | undefined): Promise<Suggestion[]> {
  const base: MapSearch = { ...search, page: 1 };
  const candidates: Omit<Suggestion, "count">[] = [];
  if (search.municipalities.length > 0) {
    const regions = [...new Set(search.municipalities.map(regionOf).filter((r): r is string => !!r))];
    if (regions.length > 0) candidates.push({ kind: "widerArea", search: { ...base, municipalities: [], regions } });
  }
  if (search.municipalities.length > 0 || search.regions.length > 0)
    candidates.push({ kind: "wholeCountry", search: { ...base, municipalities: [], regions: [] } });
  for (const d of dimensions) {
    if (d.prefix === "region" || d.prefix === "municipality" || (search[d.key] as string[]).length === 0) continue;
    candidates.push({ kind: "dropFilter", dimension: d.param, search: { ...base, [d.key]: [] } });
  }
  // Nationwide services already show under every place, so with the same filters they found
  // nothing either: offered are all of them that match the words.
  if (search.reach.length === 0) candidates.push({ kind: "nationwide", search: { ...emptySearch(), q: search.q, reach: ["nationwide"] } });
  const counts = await Promise.all(candidates.map((c) => mapSearchCount(c.search)));
  return candidates.map((c, i) => ({ ...c, count: counts[i] })).filter((c) => c.count > 0);
}
