import { sql, type SQL } from "drizzle-orm";
import { db } from "../foundation/db.server";
import { and, textArray, textMatch } from "../foundation/search/text-match.server";
import { finnishToday } from "./application-period";
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
  total: number;
  results: OfferingSummary[];
  /** Count of matching offerings per facet value, e.g. facets["method"]["distance"]. */
  facets: Record<string, Record<string, number>>;
  /** How many of the matching offerings (ignoring the open-now filter) take applications today. */
  openNowCount: number;
}

/** The SQL twin of isApplicationOpen (application-period.ts). */
export const openNowCondition = (today: string) => sql`(
  case when o.application_start is null and o.application_end is null then o.personal_start
       else coalesce(o.application_start <= ${today}::date, true) and coalesce(${today}::date <= o.application_end, true) end)`;

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

/** Public offering search: Finnish-aware text, disjunctive facet counts, open-now filter, sorting. */
export async function searchOfferings(search: OfferingSearch, options: { today?: string } = {}): Promise<OfferingSearchOutcome> {
  const today = options.today ?? finnishToday();
  const text = await textMatch(search.q, { words: sql`d.text_words`, swedishText: sql`d.text_sv` });
  const open = openNowCondition(today);
  const base = [...(text ? [text.condition] : []), ...(search.openNow ? [open] : [])];
  const where = and([...base, ...filterConditions(search)]);
  const byName = sql`d.sort_name collate "fi-FI-x-icu", o.id`;
  // Personal-start offerings can begin any day, so they come first by start date.
  const byStart = sql`o.personal_start desc, o.start_date asc nulls last, ${byName}`;
  const order =
    search.sort === "name" ? byName : search.sort === "start" || !text ? byStart : sql`${text.rank} desc, ${byStart}`;
  const from = sql`offering_search d join offering o on o.id = d.offering_id join organization org on org.id = o.organization_id`;

  const resultsQuery = db().execute<OfferingSummary & { total: number }>(sql`
    select ${offeringColumns}, count(*) over () :: int as total
    from ${from}
    where ${where}
    order by ${order}
    limit ${offeringPageSize} offset ${(search.page - 1) * offeringPageSize}`);

  const countFacets = (condition: SQL, prefix?: string) =>
    db().execute<{ value: string; count: number }>(sql`
      select f as value, count(*)::int as count from ${from}, unnest(d.facets) f
      where ${condition} ${prefix ? sql`and f like ${prefix + ":%"}` : sql``}
      group by f`);

  // Counts under all filters; for a dimension with choices, counts without its own filter so that
  // its other values show how many more results choosing them would add (decision 0008).
  const active = offeringDimensions.filter((d) => search[d.key].length > 0);
  const withoutOpen = and([...(text ? [text.condition] : []), ...filterConditions(search)]);
  const [results, all, openCount, ...perDimension] = await Promise.all([
    resultsQuery,
    countFacets(where),
    db().execute<{ count: number }>(sql`select count(*)::int as count from ${from} where ${withoutOpen} and ${open}`),
    ...active.map((d) => countFacets(and([...base, ...filterConditions(search, d)]), d.prefix)),
  ]);

  const facets: Record<string, Record<string, number>> = {};
  for (const d of offeringDimensions) facets[d.prefix] = {};
  const add = (rows: { value: string; count: number }[], only?: string) => {
    for (const { value, count } of rows) {
      const prefix = value.slice(0, value.indexOf(":"));
      if (only && prefix !== only) continue;
      if (facets[prefix]) facets[prefix][value.slice(value.indexOf(":") + 1)] = count;
    }
  };
  add(all.rows.filter((r) => !active.some((d) => r.value.startsWith(`${d.prefix}:`))));
  active.forEach((d, i) => add(perDimension[i].rows, d.prefix));

  // A page past the end still reports the total, so the page can say so.
  let total = results.rows[0]?.total ?? 0;
  if (results.rows.length === 0 && search.page > 1) {
    const { rows } = await db().execute<{ total: number }>(sql`select count(*)::int as total from ${from} where ${where}`);
    total = rows[0].total;
  }
  return { total, results: results.rows.map(({ total: _, ...r }) => r), facets, openNowCount: openCount.rows[0].count };
}
