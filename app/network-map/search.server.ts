import { sql, type SQL } from "drizzle-orm";
import { db } from "../foundation/db.server";
import type { LocalizedText } from "./code-lists";
import { dimensions, pageSize, queryTerms, type Dimension, type MapSearch, type SearchKind } from "./search-params";

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

/**
 * Finnish-aware word matching. Snowball's Finnish stemmer gives different stems for inflected forms
 * ("aikuiskoulutukseen" → aikuiskoulutuks, "aikuiskoulutus" → aikuiskoulutus), so each query word is
 * expanded to the lexicon words that contain its shortened stem (which also finds compound parts:
 * "neuvonta" in "koulutusneuvonta") or that are within a few typos of it (trigram similarity).
 * Documents must contain an expansion of every query word. Swedish text matches through Swedish
 * stemming as an alternative.
 */
async function expandTerms(terms: string[]): Promise<string[][]> {
  return Promise.all(
    terms.map(async (term) => {
      const { rows } = await db().execute<{ word: string }>(sql`
        with stemmed as (
          select coalesce((ts_lexize('finnish_stem', ${term}))[1], ${term}) as stem
        ), rooted as (
          select case when length(stem) > 7 then left(stem, length(stem) - 2)
                      when length(stem) > 5 then left(stem, length(stem) - 1)
                      else stem end as root from stemmed
        )
        select word from search_lexicon, rooted
        where word = ${term}
           or (length(root) >= 3 and word like '%' || root || '%')
           or (length(${term}) >= 4 and word % ${term} and similarity(word, ${term}) >= 0.4)
        order by similarity(word, ${term}) desc
        limit 300`);
      return rows.map((r) => r.word);
    }),
  );
}

const quoteLexeme = (word: string) => `'${word.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;

export interface TextMatch {
  condition: SQL;
  rank: SQL;
}

/** The text part of the map search, for other readers of search_document (the HSDS API); `d` is search_document. */
export async function textMatch(q: string): Promise<TextMatch | null> {
  const terms = queryTerms(q);
  if (terms.length === 0) return null;
  const expansions = await expandTerms(terms);
  const swedish = sql`(d.text_sv @@ plainto_tsquery('swedish', ${terms.join(" ")}))`;
  if (expansions.some((words) => words.length === 0)) {
    return { condition: swedish, rank: sql`ts_rank(d.text_sv, plainto_tsquery('swedish', ${terms.join(" ")}))` };
  }
  const tsquery = expansions.map((words) => `(${words.map(quoteLexeme).join(" | ")})`).join(" & ");
  const words = sql`${tsquery}::tsquery`;
  return {
    condition: sql`(d.text_words @@ ${words} or ${swedish})`,
    rank: sql`ts_rank(d.text_words, ${words})`,
  };
}

/** A text[] literal with one parameter per value (drizzle would otherwise spread the array). */
export const textArray = (values: string[]) => sql`array[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::text[]`;

function facetValues(search: MapSearch, dimension: Dimension): string[] {
  return (search[dimension.key] as string[]).map((v) => `${dimension.prefix}:${v}`);
}

function filterConditions(search: MapSearch, except?: Dimension): SQL[] {
  return dimensions
    .filter((d) => d !== except && (search[d.key] as string[]).length > 0)
    .map((d) => sql`d.facets && ${textArray(facetValues(search, d))}`);
}

/** The column each facet prefix is built from (see the facets update in search-index.server.ts). */
const facetColumns: Record<Dimension["prefix"], SQL> = {
  region: sql`unnest(d.region_codes)`,
  municipality: sql`unnest(d.municipality_codes)`,
  group: sql`unnest(d.target_groups)`,
  channel: sql`unnest(d.channels)`,
  language: sql`unnest(d.languages)`,
  topic: sql`unnest(d.topics)`,
  kind: sql`unnest(array[d.entity_type])`,
};

const and = (conditions: SQL[]) => (conditions.length ? sql.join(conditions, sql` and `) : sql`true`);

export async function searchMap(search: MapSearch): Promise<SearchOutcome> {
  const text = await textMatch(search.q);
  const base = text ? [text.condition] : [];
  const where = and([...base, ...filterConditions(search)]);
  const order = text
    ? sql`${text.rank} desc, d.sort_name collate "fi-FI-x-icu"`
    : sql`d.sort_name collate "fi-FI-x-icu", d.entity_id`;

  // The page's twenty entries are chosen on the narrow columns first; only they are then joined to
  // their details. The total comes from the facet counts below, not from a window over every match.
  const resultsQuery = db().execute<SearchResult>(sql`
    select d.entity_type as kind, d.entity_id as id, d.title, d.summary, d.organization_id as "organizationId",
      o.name as "organizationName", d.municipality_codes as "municipalityCodes", d.channels, d.languages
    from (select d.entity_type, d.entity_id from search_document d
        where ${where}
        order by ${order}
        limit ${pageSize} offset ${(search.page - 1) * pageSize}) page
    join search_document d on d.entity_type = page.entity_type and d.entity_id = page.entity_id
    join organization o on o.id = d.organization_id
    order by ${order}`);

  const countFacets = (condition: SQL) =>
    db().execute<{ value: string; count: number }>(sql`
      select f as value, count(*)::int as count from search_document d, unnest(d.facets) f
      where ${condition}
      group by f`);
  // One dimension's counts unnest only that dimension's own column, a few values per document
  // instead of all of its facets.
  const countDimension = (condition: SQL, dimension: Dimension) =>
    db().execute<{ value: string; count: number }>(sql`
      select ${dimension.prefix + ":"} || x as value, count(*)::int as count
      from search_document d, ${facetColumns[dimension.prefix]} x
      where ${condition}
      group by x`);

  // Counts under all filters; for a dimension with choices, counts without its own filter so that
  // the other values of that dimension show how many more results choosing them would add.
  const active = dimensions.filter((d) => (search[d.key] as string[]).length > 0);
  const unfiltered = !text && active.length === 0;
  const [results, all, ...perDimension] = await Promise.all([
    resultsQuery,
    unfiltered ? cachedUnfilteredCounts(() => countFacets(where)) : countFacets(where),
    ...active.map((d) => {
      const rest = [...base, ...filterConditions(search, d)];
      // With no text and no other filter, a dimension's own counts are the unfiltered ones.
      return rest.length === 0 ? cachedUnfilteredCounts(() => countFacets(sql`true`)) : countDimension(and(rest), d);
    }),
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

  // Every document has exactly one `kind:` facet, so the kind counts under all filters add up to the total.
  const total = all.rows.filter((r) => r.value.startsWith("kind:")).reduce((sum, r) => sum + r.count, 0);
  return { total, results: results.rows, facets };
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
  // drizzle's query is a lazy thenable that runs again on every `then`; a real promise runs it once.
  const rows = Promise.resolve(load()) as Promise<FacetRows>;
  globalCounts.eloUnfilteredCounts = { at: Date.now(), url, rows };
  rows.catch(() => (globalCounts.eloUnfilteredCounts = undefined));
  return rows;
}
