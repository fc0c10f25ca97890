import { sql, type SQL } from "drizzle-orm";
import { db } from "../foundation/db.server";
import type { LocalizedText } from "./code-lists";
import { and, textArray, textMatch } from "../foundation/search/text-match.server";
import { dimensions, pageSize, type Dimension, type MapSearch, type SearchKind } from "./search-params";

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
};

export interface SearchOutcome {
  total: number;
  results: SearchResult[];
  /** Count of matching entries per facet value, e.g. facets["channel"]["phone"]. */
  facets: Record<string, Record<string, number>>;
}

function facetValues(search: MapSearch, dimension: Dimension): string[] {
  return (search[dimension.key] as string[]).map((v) => `${dimension.prefix}:${v}`);
}

function filterConditions(search: MapSearch, except?: Dimension): SQL[] {
  return dimensions
    .filter((d) => d !== except && (search[d.key] as string[]).length > 0)
    .map((d) => sql`d.facets && ${textArray(facetValues(search, d))}`);
}

export async function searchMap(search: MapSearch): Promise<SearchOutcome> {
  const text = await textMatch(search.q, { words: sql`d.text_words`, swedishText: sql`d.text_sv` });
  const base = text ? [text.condition] : [];
  const where = and([...base, ...filterConditions(search)]);
  const order = text
    ? sql`${text.rank} desc, d.sort_name collate "fi-FI-x-icu"`
    : sql`d.sort_name collate "fi-FI-x-icu", d.entity_id`;

  const resultsQuery = db().execute<SearchResult & { total: number }>(sql`
    select d.entity_type as kind, d.entity_id as id, d.title, d.summary, d.organization_id as "organizationId",
      o.name as "organizationName", d.municipality_codes as "municipalityCodes", d.channels, d.languages,
      count(*) over () :: int as total
    from search_document d join organization o on o.id = d.organization_id
    where ${where}
    order by ${order}
    limit ${pageSize} offset ${(search.page - 1) * pageSize}`);

  const countFacets = (condition: SQL, prefix?: string) =>
    db().execute<{ value: string; count: number }>(sql`
      select f as value, count(*)::int as count from search_document d, unnest(d.facets) f
      where ${condition} ${prefix ? sql`and f like ${prefix + ":%"}` : sql``}
      group by f`);

  // Counts under all filters; for a dimension with choices, counts without its own filter so that
  // the other values of that dimension show how many more results choosing them would add.
  const active = dimensions.filter((d) => (search[d.key] as string[]).length > 0);
  const unfiltered = !text && active.length === 0;
  const [results, all, ...perDimension] = await Promise.all([
    resultsQuery,
    unfiltered ? cachedUnfilteredCounts(() => countFacets(where)) : countFacets(where),
    ...active.map((d) => countFacets(and([...base, ...filterConditions(search, d)]), d.prefix)),
  ]);

  const facets: Record<string, Record<string, number>> = {};
  for (const d of dimensions) facets[d.prefix] = {};
  const add = (rows: { value: string; count: number }[], only?: string) => {
    for (const { value, count } of rows) {
      const [prefix, code] = [value.slice(0, value.indexOf(":")), value.slice(value.indexOf(":") + 1)];
      if (only && prefix !== only) continue;
      if (facets[prefix]) facets[prefix][code] = count;
    }
  };
  add(all.rows.filter((r) => !active.some((d) => r.value.startsWith(`${d.prefix}:`))));
  active.forEach((d, i) => add(perDimension[i].rows, d.prefix));

  // A page past the end still reports the total, so the page can say so.
  let total = results.rows[0]?.total ?? 0;
  if (results.rows.length === 0 && search.page > 1) {
    const { rows } = await db().execute<{ total: number }>(sql`select count(*)::int as total from search_document d where ${where}`);
    total = rows[0].total;
  }
  return { total, results: results.rows.map(({ total: _, ...r }) => r), facets };
}

type FacetRows = { rows: { value: string; count: number }[] };

// Counting every facet of every entry is the one expensive query (the bare search page at national
// scale); its result changes slowly, so it is kept for half a minute.
const unfilteredCountsTtlMs = 30_000;
const globalCounts = globalThis as unknown as { eloUnfilteredCounts?: { at: number; url: string; rows: Promise<FacetRows> } };

function cachedUnfilteredCounts(load: () => Promise<unknown>): Promise<FacetRows> {
  const cached = globalCounts.eloUnfilteredCounts;
  const url = process.env.DATABASE_URL ?? "";
  if (cached && cached.url === url && Date.now() - cached.at < unfilteredCountsTtlMs) return cached.rows;
  const rows = load() as Promise<FacetRows>;
  globalCounts.eloUnfilteredCounts = { at: Date.now(), url, rows };
  rows.catch(() => (globalCounts.eloUnfilteredCounts = undefined));
  return rows;
}
