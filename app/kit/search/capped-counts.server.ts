import { sql, type SQL } from "drizzle-orm";
import { db } from "../db/db.server";
import { countCap, matchedRow, readCappedCounts, type CappedCounts, type CountRow } from "./capped-counts";

/**
 * Counts facet values over at most countCap + 1 matching entries (decision 0140), in one
 * statement. `from` names the searched table `d` (with any joins), `array` is an array of one
 * entry's facet values (e.g. `d.facets`), `prefix` is put before each value. The `#` row says how
 * many entries were seen. With `exact`, nothing is capped (for the cached unfiltered counts).
 */
export async function cappedFacetCounts(
  from: SQL,
  condition: SQL,
  array: SQL,
  { prefix = "", exact = false, cap = countCap }: { prefix?: string; exact?: boolean; cap?: number } = {},
): Promise<CappedCounts> {
  const { rows } = await db().execute<CountRow>(sql`
    with m as materialized (
      select ${array} as vals from ${from} where ${condition} ${exact ? sql`` : sql`limit ${cap + 1}`}
    )
    select ${prefix} || f as value, count(*)::int as count from m, unnest(m.vals) f group by f
    union all
    select ${matchedRow}, count(*)::int from m`);
  return readCappedCounts(rows, exact ? Number.POSITIVE_INFINITY : cap);
}

/** How many entries match, up to countCap + 1 (more says "over the cap"). */
export async function cappedCount(from: SQL, condition: SQL, cap = countCap): Promise<number> {
  const { rows } = await db().execute<{ count: number }>(sql`
    select count(*)::int as count from (select 1 from ${from} where ${condition} limit ${cap + 1}) m`);
  return rows[0].count;
}

// Counting every entry is the one uncapped statement (the bare search page); its result changes
// slowly, so it is kept for half a minute per search (map, offerings) and database.
const unfilteredCountsTtlMs = 30_000;
const globalCounts = globalThis as unknown as {
  eloUnfilteredCounts?: Map<string, { at: number; counts: Promise<CappedCounts> }>;
};

export function cachedUnfilteredCounts(key: string, load: () => Promise<CappedCounts>): Promise<CappedCounts> {
  const cache = (globalCounts.eloUnfilteredCounts ??= new Map<string, { at: number; counts: Promise<CappedCounts> }>());
  const fullKey = `${key} ${process.env.DATABASE_URL ?? ""}`;
  const cached = cache.get(fullKey);
  if (cached && Date.now() - cached.at < unfilteredCountsTtlMs) return cached.counts;
  const counts = load();
  cache.set(fullKey, { at: Date.now(), counts });
  counts.catch(() => cache.delete(fullKey));
  return counts;
}

/** Forgets the cached counts (the benchmark between stages). */
export const clearCachedCounts = () => globalCounts.eloUnfilteredCounts?.clear();
