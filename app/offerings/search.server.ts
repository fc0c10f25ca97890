import { sql, type SQL } from "drizzle-orm";
import { db } from "../kit/db/db.server";
import { countCap, matchedRow, readCappedCounts, type CappedCounts, type CountRow } from "../kit/search/capped-counts";
import { cachedUnfilteredCounts, cappedCount, cappedFacetCounts } from "../kit/search/capped-counts.server";
import { and, textArray, textMatch } from "../kit/search/text-match.server";
import { todayInFinland } from "../kit/dates/calendar";
import type { LocalizedText } from "./code-lists";
import { offeringDimensions, offeringPageSize, type OfferingDimension, type OfferingSearch } from "./search-params";

export type OfferingSummary = {
  id: string;
  name: LocalizedText;
  description: LocalizedText;
  organizationId: string;
  organizationName: LocalizedText;
  educationType: string;
  fieldCode: string;
  teachingMethod: string;
  teachingLanguages: string[];
  municipalityCode: string;
  startDate: string | null;
  personalStart: boolean;
  applicationStart: string | null;
  applicationEnd: string | null;
  price: number;
};

export interface OfferingSearchOutcome {
  /** Matching offerings; when `capped`, more than countCap matched and this is countCap + 1. */
  total: number;
  /** More than countCap offerings matched: the total is "over 1 000", relevance gives way to start order. */
  capped: boolean;
  results: OfferingSummary[];
  /** Count of matching offerings per facet value, e.g. facets["method"]["distance"]. */
  facets: Record<string, Record<string, number>>;
  /** Dimensions (facet prefixes) whose counts were capped and are not shown. */
  uncounted: string[];
  /** How many of the matching offerings (ignoring the open-now filter) take applications today, up to countCap + 1. */
  openNowCount: number;
}

/** The SQL twin of isApplicationOpen (application-period.ts), on offering_search's copies of the dates. */
export const openNowCondition = (today: string) => sql`(
  case when d.application_start is null and d.application_end is null then d.personal_start
       else coalesce(d.application_start <= ${today}::date, true) and coalesce(${today}::date <= d.application_end, true) end)`;

export const offeringColumns = sql`o.id, o.name, o.description, o.organization_id as "organizationId", org.name as "organizationName",
  o.education_type as "educationType", o.field_code as "fieldCode", o.teaching_method as "teachingMethod",
  o.teaching_languages as "teachingLanguages", o.municipality_code as "municipalityCode",
  to_char(o.start_date, 'YYYY-MM-DD') as "startDate", o.personal_start as "personalStart",
  to_char(o.application_start, 'YYYY-MM-DD') as "applicationStart", to_char(o.application_end, 'YYYY-MM-DD') as "applicationEnd",
  o.price::float8 as price`;

function filterConditions(search: OfferingSearch, except?: OfferingDimension): SQL[] {
  return offeringDimensions
    .filter((d) => d !== except && search[d.key].length > 0)
    .map((d) => sql`d.facets && ${textArray(search[d.key].map((v) => `${d.prefix}:${v}`))}`);
}

const searchTable = sql`offering_search d`;
/** The row of the counting statement that carries the open-now count. */
const openRow = "#open";

/** Public offering search: Finnish-aware text, disjunctive facet counts, open-now filter, sorting. */
export async function searchOfferings(
  search: OfferingSearch,
  options: { today?: string; /** For tests (decision 0140). */ countCap?: number } = {},
): Promise<OfferingSearchOutcome> {
  const cap = options.countCap ?? countCap;
  const today = options.today ?? todayInFinland();
  const text = await textMatch(search.q, { words: sql`d.text_words`, swedishText: sql`d.text_sv` });
  const open = openNowCondition(today);
  const base = [...(text ? [text.condition] : []), ...(search.openNow ? [open] : [])];
  const where = and([...base, ...filterConditions(search)]);

  // Counts first, each over at most countCap + 1 matches (decision 0140); for a dimension with
  // choices without its own filter, so that its other values show what choosing them would add
  // (decision 0008). They need only offering_search, which has copies of the dates.
  const active = offeringDimensions.filter((d) => search[d.key].length > 0);
  const withoutOpen = and([...(text ? [text.condition] : []), ...filterConditions(search)]);
  const unfiltered = () => cachedUnfilteredCounts("offerings", () => cappedFacetCounts(searchTable, sql`true`, sql`d.facets`, { exact: true }));
  // Personal-start offerings can begin any day, so they come first by start date.
  const byName = sql`d.sort_name collate "fi-FI-x-icu", d.offering_id`;
  const byStart = sql`d.personal_start desc, d.start_date asc nulls last, ${byName}`;
  const orderBy = (rank: SQL | null) => (search.sort === "name" ? byName : search.sort === "start" || !rank ? byStart : sql`${rank} desc, ${byStart}`);
  const offset = (search.page - 1) * offeringPageSize;

  // Up to the cap, the statement that counts the matches also ranks them and joins the page's
  // offerings to their details: the matches are read once.
  const countsWithPage = async (): Promise<CappedCounts & { openCount: number | null; page: OfferingSummary[] | null }> => {
    const { rows } = await db().execute<CountRow & { result: OfferingSummary | null }>(sql`
      with m as materialized (
        select d.offering_id, d.facets, d.personal_start, d.start_date, d.application_start, d.application_end
        from offering_search d where ${where} limit ${cap + 1}
      ), page as (
        -- Ranked only when the page is used (not capped): ranking reads each match's text again (decision 0194).
        select d.offering_id, row_number() over (order by ${orderBy(text ? text.rank : null)}) as n
        from m join offering_search d on d.offering_id = m.offering_id
        where (select count(*) from m) <= ${cap}
        order by ${orderBy(text ? text.rank : null)}
        limit ${offeringPageSize} offset ${offset}
      )
      select f as value, count(*)::int as count, null::jsonb as result from m, unnest(m.facets) f group by f
      union all
      select ${matchedRow}, count(*)::int, null from m
      union all
      select ${openRow}, (count(*) filter (where ${open}))::int, null from m d
      union all
      (select null, page.n::int, to_jsonb(r) from page
        join lateral (select ${offeringColumns} from offering o join organization org on org.id = o.organization_id
          where o.id = page.offering_id) r on true
        order by page.n)`);
    const counts = readCappedCounts(
      rows.filter((r) => r.result === null && r.value !== openRow),
      cap,
    );
    const openCount = rows.find((r) => r.value === openRow)?.count ?? 0;
    return { ...counts, openCount, page: rows.filter((r) => r.result !== null).map((r) => r.result!) };
  };

  const [all, ...perDimension] = await Promise.all([
    base.length === 0 && active.length === 0 ? unfiltered().then((c) => ({ ...c, openCount: null, page: null })) : countsWithPage(),
    ...active.map((d) => {
      const rest = [...base, ...filterConditions(search, d)];
      return rest.length === 0
        ? unfiltered()
        : cappedFacetCounts(searchTable, and(rest), sql`d.facets`, { cap }).then((counts) => ({
            ...counts,
            values: counts.values.filter((v) => v.value.startsWith(`${d.prefix}:`)),
          }));
    }),
  ]);

  // Above the cap relevance gives way to start order, which an index on offering_search answers
  // without looking at every match; only the page's offerings are joined to their details.
  const pageInOrder = async () => {
    const order = orderBy(null);
    const { rows } = await db().execute<OfferingSummary>(sql`
      select ${offeringColumns}
      from (select d.offering_id, d.personal_start, d.start_date, d.sort_name from offering_search d
            where ${where} order by ${order} limit ${offeringPageSize} offset ${offset}) d
      join offering o on o.id = d.offering_id
      join organization org on org.id = o.organization_id
      order by ${order}`);
    return rows;
  };
  // The open-now count (ignoring the open-now filter) comes with the counts when they cover every
  // match: with the filter on it is the total itself.
  const openCount = async () =>
    search.openNow ? all.matched : !all.capped && all.openCount !== null ? all.openCount : cappedCount(searchTable, and([withoutOpen, open]), cap);
  const [results, openNowCount] = await Promise.all([all.page && !all.capped ? all.page : pageInOrder(), openCount()]);

  const facets: Record<string, Record<string, number>> = {};
  for (const d of offeringDimensions) facets[d.prefix] = {};
  const uncounted = new Set<string>();
  const add = (counts: CappedCounts, only?: string) => {
    for (const { value, count } of counts.values) {
      const prefix = value.slice(0, value.indexOf(":"));
      if (only && prefix !== only) continue;
      if (only === undefined && active.some((d) => d.prefix === prefix)) continue;
      if (facets[prefix]) facets[prefix][value.slice(value.indexOf(":") + 1)] = count;
    }
  };
  add(all);
  if (all.capped) for (const d of offeringDimensions) if (!active.includes(d)) uncounted.add(d.prefix);
  active.forEach((d, i) => {
    if (perDimension[i].capped) uncounted.add(d.prefix);
    else add(perDimension[i], d.prefix);
  });
  return { total: all.matched, capped: all.capped, results, facets, uncounted: [...uncounted], openNowCount };
}
