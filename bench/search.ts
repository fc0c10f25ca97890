import { sql } from "drizzle-orm";
import { performance } from "node:perf_hooks";
import { db, type Database } from "../app/kit/db/db.server";
import { refreshAllSearch } from "../app/network-map/search-index.server";
import { parseMapSearch } from "../app/network-map/search-params";
import { searchMap } from "../app/network-map/search.server";
import { clearCachedCounts } from "../app/kit/search/capped-counts.server";
import { createAnalyser } from "../app/kit/finnish/analyser";
import { finnishTransducer } from "../app/kit/finnish/finnish.server";

/** What refreshAllSearch's statements do, in the order it runs them. */
const indexSteps = ["delete old documents", "services", "service points", "analyze", "practitioners", "analyze", "organisations", "lexicon"];

export interface IndexTiming {
  totalMs: number;
  steps: { step: string; ms: number }[];
}

/** Rebuilds the search index, timing each statement through a wrapper around `execute`. */
export async function timeIndexing(): Promise<IndexTiming> {
  const database = db();
  const steps: { step: string; ms: number }[] = [];
  const timed = new Proxy(database, {
    get(target, property, receiver) {
      if (property !== "execute") return Reflect.get(target, property, receiver);
      return async (...args: Parameters<Database["execute"]>) => {
        const started = performance.now();
        const result = await target.execute(...args);
        // Statements past the list store the Finnish analyses of new words, one per batch.
        steps.push({ step: indexSteps[steps.length] ?? "Finnish analyses", ms: performance.now() - started });
        return result;
      };
    },
  });
  const started = performance.now();
  await refreshAllSearch(timed);
  return { totalMs: performance.now() - started, steps };
}

/**
 * The fixed query mix: URL parameters as the public search page receives them. Inflected and
 * compound Finnish, a typo, Swedish, a person's name, and filters with and without text.
 */
export const queryMix = [
  "q=aikuiskoulutukseen",
  "q=neuvonta",
  "q=urasuunittelu",
  "q=opintojen rahoitus",
  "q=studievägledning",
  "q=Virtanen",
  "q=ohjaus&region=maakunta_19",
  "q=työnhaku&municipality=kunta_091",
  "q=neuvonta&group=immigrants&channel=phone&language=en",
  "group=young_people&channel=chat&language=sv",
  "region=maakunta_18",
  "region=maakunta_01&kind=service&page=3",
];

export interface SearchTiming {
  runs: number;
  medianMs: number;
  p95Ms: number;
  /** total is countCap + 1 when more than countCap matched (capped). */
  perQuery: { query: string; medianMs: number; p95Ms: number; total: number; capped: boolean }[];
}

export const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** Times `searchMap` in this process (the server's own work: parsing, SQL, assembling facets). */
export async function timeSearches(runs: number, warmupRounds = 2): Promise<SearchTiming> {
  const searches = queryMix.map((query) => {
    const parsed = parseMapSearch(new URLSearchParams(query));
    if (!parsed.ok) throw new Error(`The benchmark query ${query} does not parse (${parsed.parameter})`);
    return { query, search: parsed.search };
  });
  // searchMap keeps the unfiltered facet counts for half a minute; a new stage must not see the last one's.
  clearCachedCounts();
  const totals = new Map<string, { total: number; capped: boolean }>();
  for (let round = 0; round < warmupRounds; round++)
    for (const { query, search } of searches) {
      const { total, capped } = await searchMap(search);
      totals.set(query, { total, capped });
    }

  const samples = new Map<string, number[]>(searches.map((s) => [s.query, []]));
  const all: number[] = [];
  // Round robin, one query at a time, as the mix would arrive from different visitors.
  for (let i = 0; i < runs; i++) {
    const { query, search } = searches[i % searches.length];
    const started = performance.now();
    await searchMap(search);
    const ms = performance.now() - started;
    samples.get(query)!.push(ms);
    all.push(ms);
  }
  const sort = (values: number[]) => [...values].sort((a, b) => a - b);
  const sortedAll = sort(all);
  return {
    runs,
    medianMs: percentile(sortedAll, 50),
    p95Ms: percentile(sortedAll, 95),
    perQuery: searches.map(({ query }) => {
      const sorted = sort(samples.get(query)!);
      const { total, capped } = totals.get(query) ?? { total: 0, capped: false };
      return { query, medianMs: percentile(sorted, 50), p95Ms: percentile(sorted, 95), total, capped };
    }),
  };
}

export interface AnalysisTiming {
  words: number;
  /** Words per second through a fresh analyser (every word walks the transducer). */
  uncachedPerSecond: number;
  /** Words per second the second time (from the analyser's cache). */
  cachedPerSecond: number;
}

/** Times the Finnish analysis (decision 0185) on the lexicon's words: the cost of indexing new words. */
export async function timeFinnishAnalysis(): Promise<AnalysisTiming> {
  const { rows } = await db().execute<{ word: string }>(sql`select word from search_lexicon`);
  const analyser = createAnalyser(finnishTransducer(), rows.length);
  const pass = () => {
    const started = performance.now();
    for (const { word } of rows) analyser.analyse(word);
    return rows.length / ((performance.now() - started) / 1000);
  };
  const uncachedPerSecond = pass();
  return { words: rows.length, uncachedPerSecond, cachedPerSecond: pass() };
}
