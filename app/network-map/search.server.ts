import { sql, type SQL } from "drizzle-orm";
import { db } from "../kit/db/db.server";
import type { LocalizedText } from "../kit/i18n/localized";
import { countCap, matchedRow, readCappedCounts, type CappedCounts, type CountRow } from "../kit/search/capped-counts";
import { cachedUnfilteredCounts, cappedFacetCounts } from "../kit/search/capped-counts.server";
import { and, textArray, textMatch } from "../kit/search/text-match.server";
import { distanceRank, distancesOf, withinRadius, type NearQuery } from "./near-me/distance.server";
import { dimensions, nationwideValue, pageSize, type Dimension, type MapSearch, type SearchKind } from "./search-params";
import { mapRank, orNationwide } from "./search-ranking.server";

export type SearchResult = {
  kind: SearchKind;
  id: string;
  title: LocalizedText;
  summary: LocalizedText;
  organizationId: string;
  organizationName: LocalizedText;
  municipalityCodes: string[];
  channels: string[];
  languages: string[];
  /** Km to the nearest service point of the entry, in a near-me search. */
  distanceKm?: number;
  /** That point has no coordinates: the km are to its municipality's centre (decision 0195). */
  distanceApproximate?: boolean;
  /** Serves the whole country (remote channels, no area of its own). */
  nationwide: boolean;
};

export interface SearchOutcome {
  /** Matching entries; when `capped`, more than countCap matched and this is countCap + 1. */
  total: number;
  /** More than countCap entries matched: the total is "over 1 000" and results are in name order. */
  capped: boolean;
  results: SearchResult[];
  /** Count of matching entries per facet value, e.g. facets["channel"]["phone"]. */
  facets: Record<string, Record<string, number>>;
  /** Dimensions (facet prefixes) whose counts were capped and are not shown. */
  uncounted: string[];
  /** Nationwide entries among the matches, per place dimension: they count in every region and municipality. */
  nationwide: { region: number; municipality: number };
}

function facetValues(search: MapSearch, dimension: Dimension): string[] {
  return (search[dimension.key] as string[]).map((v) => `${dimension.prefix}:${v}`);
}

const placeDimensions: readonly string[] = ["region", "municipality"];

export function filterConditions(search: MapSearch, except?: Dimension): SQL[] {
  return dimensions
    .filter((d) => d !== except && (search[d.key] as string[]).length > 0)
    .map((d) => {
      const condition = sql`d.facets && ${textArray(facetValues(search, d))}`;
      return placeDimensions.includes(d.prefix) ? orNationwide(condition) : condition;
    });
}

/** Marks nationwide entries in a place dimension's counts, to be added to every place's count. */
const nationwideMark = "*nationwide";
const withNationwideMark = (column: SQL) =>
  sql`(${column} || case when ${nationwideValue} = any(d.facets) then array[${nationwideMark}] else '{}'::text[] end)`;

/** The column each facet prefix is built from (see the facets in search-index.server.ts). */
const facetColumns: Record<Dimension["prefix"], SQL> = {
  region: withNationwideMark(sql`d.region_codes`),
  municipality: withNationwideMark(sql`d.municipality_codes`),
  group: sql`d.target_groups`,
  channel: sql`d.channels`,
  language: sql`d.languages`,
  topic: sql`d.topics`,
  kind: sql`array[d.entity_type]`,
  reach: sql`(case when ${nationwideValue} = any(d.facets) then array['nationwide'] else '{}'::text[] end)`,
};

const documents = sql`search_document d`;
const resultColumns = sql`d.entity_type as kind, d.entity_id as id, d.title, d.summary, d.organization_id as "organizationId",
  o.name as "organizationName", d.municipality_codes as "municipalityCodes", d.channels, d.languages,
  ${nationwideValue} = any(d.facets) as nationwide`;

/**
 * One statement for the common case: the matches (at most countCap + 1, decision 0140) are read
 * once, counted per facet value and ranked, and the page's entries joined to their details. The
 * page is only right when the counts were not capped.
 */
async function countsWithPage(where: SQL, rank: SQL, offset: number, cap: number): Promise<{ counts: CappedCounts; page: SearchResult[] }> {
  const { rows } = await db().execute<CountRow & { result: SearchResult | null }>(sql`
    with m as materialized (
      select d.entity_type, d.entity_id, d.facets
      from search_document d where ${where} limit ${cap + 1}
    ), ranked as (
      -- Ranking reads each match's text again, so it is done only when the page is used (not capped).
      select d.entity_type, d.entity_id, d.sort_name, ${rank} as rank
      from m join search_document d on d.entity_type = m.entity_type and d.entity_id = m.entity_id
      where (select count(*) from m) <= ${cap}
    ), page as (
      select entity_type, entity_id, row_number() over (order by rank desc, sort_name collate "fi-FI-x-icu", entity_id) as n
      from ranked order by rank desc, sort_name collate "fi-FI-x-icu", entity_id
      limit ${pageSize} offset ${offset}
    )
    select f as value, count(*)::int as count, null::jsonb as result from m, unnest(m.facets) f group by f
    union all
    select ${matchedRow}, count(*)::int, null from m
    union all
    (select null, page.n::int, to_jsonb(r) from page
      join lateral (select ${resultColumns} from search_document d join organization o on o.id = d.organization_id
        where d.entity_type = page.entity_type and d.entity_id = page.entity_id) r on true
      order by page.n)`);
  return {
    counts: readCappedCounts(
      rows.filter((r) => r.result === null),
      cap,
    ),
    page: rows.filter((r) => r.result !== null).map((r) => r.result!),
  };
}

/**
 * A page of matches in name order (for more matches than the cap). Walking the name index finds a
 * page of a broad search after a few rows, but matches that gather in one part of the alphabet (a
 * family name: "Virtanen") would have it read most of the index. So the walk is bounded to
 * `walkFactor` rows per entry wanted; when that finds no full page, the matches are sorted instead,
 * and they are then few or sparse (decision 0194).
 */
async function pageByName(where: SQL, offset: number): Promise<SearchResult[]> {
  const walkLimit = walkFactor * (offset + pageSize);
  const { rows } = await db().execute<SearchResult>(sql`
    with walked as materialized (
      select d.entity_type, d.entity_id
      from (select * from search_document order by sort_name collate "fi-FI-x-icu", entity_id limit ${walkLimit}) d
      where ${where}
      order by ${byName}
      limit ${pageSize} offset ${offset}
    ), matches as materialized (
      -- Materialized, so that the planner cannot walk the whole name index for these either.
      select d.entity_type, d.entity_id, d.sort_name from search_document d
      where (select count(*) from walked) < ${pageSize} and ${where}
    ), page as (
      select entity_type, entity_id from walked where (select count(*) from walked) = ${pageSize}
      union all
      (select entity_type, entity_id from matches order by sort_name collate "fi-FI-x-icu", entity_id limit ${pageSize} offset ${offset})
    )
    select ${resultColumns}
    from page
    join search_document d on d.entity_type = page.entity_type and d.entity_id = page.entity_id
    join organization o on o.id = d.organization_id
    order by ${byName}`);
  return rows;
}
const walkFactor = 25;
const byName = sql`d.sort_name collate "fi-FI-x-icu", d.entity_id`;

/**
 * `countCap` is for tests: the number of matches above which counts are capped (decision 0140).
 * `near` keeps entries within a radius, adds their distances and may rank by them (decision 0191).
 */
export async function searchMap(
  search: MapSearch,
  { countCap: cap = countCap, near }: { countCap?: number; near?: NearQuery | null } = {},
): Promise<SearchOutcome> {
  const text = await textMatch(search.q, { words: sql`d.text_words`, swedishText: sql`d.text_sv` });
  const base = [...(text ? [text.condition] : []), ...(near ? [withinRadius(near)] : [])];
  const where = and([...base, ...filterConditions(search)]);

  // Counts first, each over at most countCap + 1 matches (decision 0140): under all filters, and
  // for a dimension with choices without its own filter, so that its other values show how many
  // more results choosing them would add.
  const active = dimensions.filter((d) => (search[d.key] as string[]).length > 0);
  const unfiltered = () => cachedUnfilteredCounts("map", () => cappedFacetCounts(documents, sql`true`, sql`d.facets`, { exact: true }));
  const offset = (search.page - 1) * pageSize;
  const [first, ...perDimension] = await Promise.all([
    base.length === 0 && active.length === 0
      ? unfiltered().then((counts) => ({ counts, page: null }))
      : countsWithPage(where, near?.byDistance ? distanceRank(near.origin) : mapRank(search, text), offset, cap),
    ...active.map((d) => {
      const rest = [...base, ...filterConditions(search, d)];
      // With no text and no other filter, a dimension's own counts are the unfiltered ones.
      return rest.length === 0 ? unfiltered() : cappedFacetCounts(documents, and(rest), facetColumns[d.prefix], { prefix: `${d.prefix}:`, cap });
    }),
  ]);
  const all = first.counts;
  // Up to the cap the page came with the counts, ranked; above it the matches are listed by name,
  // which an index answers without looking at every match.
  const results = first.page && !all.capped ? first.page : await pageByName(where, offset);
  if (near) {
    const km = await distancesOf(near.origin, results);
    for (const r of results) {
      const distance = km.get(`${r.kind}:${r.id}`);
      r.distanceKm = distance?.km;
      r.distanceApproximate = distance?.approximate;
    }
  }

  const facets: Record<string, Record<string, number>> = {};
  for (const d of dimensions) facets[d.prefix] = {};
  const uncounted = new Set<string>();
  const add = (counts: CappedCounts, only?: string) => {
    for (const { value, count } of counts.values) {
      const [prefix, code] = [value.slice(0, value.indexOf(":")), value.slice(value.indexOf(":") + 1)];
      if (only && prefix !== only) continue;
      if (only === undefined && active.some((d) => d.prefix === prefix)) continue;
      if (facets[prefix]) facets[prefix][code] = count;
    }
  };
  add(all);
  if (all.capped) for (const d of dimensions) if (!active.includes(d)) uncounted.add(d.prefix);
  active.forEach((d, i) => {
    if (perDimension[i].capped) uncounted.add(d.prefix);
    else add(perDimension[i], d.prefix);
  });
  const nationwide = { region: 0, municipality: 0 };
  for (const prefix of ["region", "municipality"] as const) {
    nationwide[prefix] = facets[prefix][nationwideMark] ?? facets.reach.nationwide ?? 0;
    delete facets[prefix][nationwideMark];
  }
  return { total: all.matched, capped: all.capped, results, facets, uncounted: [...uncounted], nationwide };
}
