import { performance } from "node:perf_hooks";
import { parseNear } from "../app/network-map/near-me/origin.server";
import { parseMapSearch } from "../app/network-map/search-params";
import { searchMap } from "../app/network-map/search.server";
import { percentile } from "./search";

/**
 * Near-me searches (decision 0191): from postcodes in dense and sparse regions and from
 * coordinates, with the default and wide radii, by relevance and by distance.
 */
export const nearMix = [
  "near=00100",
  "near=00100&sort=distance",
  "q=ohjaus&near=33100&radius=100",
  "lat=60.452&lon=22.267&radius=25&sort=distance",
  "near=87100&sort=distance&radius=200",
  "q=neuvonta&near=96100&radius=200&sort=distance",
];

export interface NearTiming {
  medianMs: number;
  p95Ms: number;
  perQuery: { query: string; total: number; capped: boolean; medianMs: number; p95Ms: number }[];
}

export async function timeNearSearches(runs: number): Promise<NearTiming> {
  const searches = await Promise.all(
    nearMix.map(async (query) => {
      const params = new URLSearchParams(query);
      const parsed = parseMapSearch(params);
      const near = await parseNear(params);
      if (!parsed.ok || !near.ok || !near.near) throw new Error(`The near-me benchmark query ${query} does not parse`);
      return { query, search: parsed.search, near: near.near };
    }),
  );
  const totals = new Map<string, { total: number; capped: boolean }>();
  for (const { query, search, near } of searches) {
    const { total, capped } = await searchMap(search, { near });
    totals.set(query, { total, capped });
  }
  const samples = new Map<string, number[]>(nearMix.map((q) => [q, []]));
  const all: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { query, search, near } = searches[i % searches.length];
    const started = performance.now();
    await searchMap(search, { near });
    const ms = performance.now() - started;
    samples.get(query)!.push(ms);
    all.push(ms);
  }
  const sort = (values: number[]) => [...values].sort((a, b) => a - b);
  return {
    medianMs: percentile(sort(all), 50),
    p95Ms: percentile(sort(all), 95),
    perQuery: nearMix.map((query) => {
      const sorted = sort(samples.get(query)!);
      return { query, ...totals.get(query)!, medianMs: percentile(sorted, 50), p95Ms: percentile(sorted, 95) };
    }),
  };
}
