import { sql } from "drizzle-orm";
import { data } from "react-router";
import { translator } from "../kit/i18n/catalogue";
import type { Language } from "../kit/i18n/languages";
import { reference } from "~/reference/public.server";
import { db } from "../kit/db/db.server";
import { coverageDimensions } from "./coverage-dimensions";

export { coverageDimensions };

export interface Coverage {
  municipalityCodes: string[];
  /** counts[municipality]["group:immigrants"] = active services available there for that group. */
  counts: Record<string, Record<string, number>>;
}

/**
 * How many active services each municipality of a region has per target group, channel and
 * language. A service counts in a municipality when the municipality is in its area or it has a
 * service point there. Zero is a gap in the network (strategic goal 1).
 */
export async function getCoverage(regionCode: string): Promise<Coverage> {
  const { rows } = await db().execute<{ municipality: string; value: string; count: number }>(sql`
    with region_municipalities as (select code from municipality where region_code = ${regionCode}),
    available as (
      select m as municipality, d.facets
      from search_document d
      join service s on s.id = d.entity_id and s.status = 'active'
      cross join unnest(d.municipality_codes) m
      where d.entity_type = 'service' and m in (select code from region_municipalities)
    )
    select municipality, f as value, count(*)::int as count
    from available, unnest(facets) f
    where f like 'group:%' or f like 'channel:%' or f like 'language:%'
    group by municipality, f`);
  const { rows: municipalities } = await db().execute<{ code: string }>(
    sql`select code from municipality where region_code = ${regionCode} order by name_fi collate "fi-FI-x-icu"`,
  );
  const counts: Coverage["counts"] = {};
  for (const m of municipalities) counts[m.code] = {};
  for (const row of rows) counts[row.municipality][row.value] = row.count;
  return { municipalityCodes: municipalities.map((m) => m.code), counts };
}

/** The coverage matrix as table rows: a header row, then one row per municipality. */
export function coverageRows(
  coverage: Coverage,
  labels: { municipality: string; column: (dimension: (typeof coverageDimensions)[number], code: string) => string; place: (code: string) => string },
): (string | number)[][] {
  const columns = coverageDimensions.flatMap((d) => d.codes.map((code) => ({ d, code })));
  return [
    [labels.municipality, ...columns.map(({ d, code }) => labels.column(d, code))],
    ...coverage.municipalityCodes.map((m) => [labels.place(m), ...columns.map(({ d, code }) => coverage.counts[m]?.[`${d.prefix}:${code}`] ?? 0)]),
  ];
}

/** The region from the URL; without one, the first region that has a network. */
export async function coverageRegion(request: Request, lang: Language) {
  const ref = await reference();
  const requested = new URL(request.url).searchParams.get("region");
  if (requested && !ref.regions.some((r) => r.code === requested)) {
    throw data(translator(lang)("search.badParameter", { name: "region" }), { status: 400 });
  }
  return requested ?? "maakunta_19";
}
