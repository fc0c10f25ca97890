import { sql, type SQL } from "drizzle-orm";
import type { TextMatch } from "../kit/search/text-match.server";
import { textArray } from "../kit/search/text-match.server";
import { nationwideValue, type MapSearch } from "./search-params";

/**
 * The order of map search results (decision 0189): entries whose title is the query, then those
 * whose title holds every query word; within each, the chosen municipality, then its region, then
 * the services that serve the whole country; within each of those, text relevance.
 */
export function mapRank(search: MapSearch, text: TextMatch | null): SQL {
  const q = search.q.trim().toLocaleLowerCase("fi");
  const title = text
    ? sql`(case when ${q} in (lower(d.title->>'fi'), lower(d.title->>'sv'), lower(d.title->>'en')) then 2
        ${text.query ? sql`when ts_filter(d.text_words, '{a}') @@ ${text.query} then 1` : sql``} else 0 end)`
    : sql`0`;
  return sql`(${title} * 1000 + ${placeTier(search)} * 100 + ${text ? sql`least(${text.rank}, 99)` : sql`0`})`;
}

/**
 * 3 in a chosen municipality or one named in the words, 2 in a chosen region or such a municipality's
 * region, 1 nationwide.
 */
function placeTier(search: MapSearch): SQL {
  const chosen = [...search.municipalities, ...(search.rankMunicipality ? [search.rankMunicipality] : [])];
  if (chosen.length === 0 && search.regions.length === 0) return sql`0`;
  const municipalities = chosen.map((m) => `municipality:${m}`);
  const regions = sql`(${textArray(search.regions)} || coalesce((select array_agg(m.region_code) from municipality m where m.code = any(${textArray(chosen)})), '{}'))`;
  return sql`(case ${municipalities.length ? sql`when d.facets && ${textArray(municipalities)} then 3` : sql``}
    when d.region_codes && ${regions} then 2
    when ${nationwideValue} = any(d.facets) then 1 else 0 end)`;
}

/** A place filter (region or municipality) lets the nationwide entries through as well. */
export const orNationwide = (condition: SQL) => sql`(${condition} or d.facets @> array[${nationwideValue}]::text[])`;
