/**
 * Education offerings for the benchmark: 100,000 offerings of the national data set's organisations
 * (bulk SQL), the offering search index rebuilt, then the public offering search (/:lang/education)
 * timed with filters and text as a citizen would combine them.
 */
import { performance } from "node:perf_hooks";
import type pg from "pg";
import { db } from "../app/kit/db/db.server";
import { educationFields, educationTypes, fundingForms, targetGroups, teachingMethods } from "../app/offerings/code-lists";
import { refreshAllOfferingSearch } from "../app/offerings/search-index.server";
import { parseOfferingSearch } from "../app/offerings/search-params";
import { searchOfferings } from "../app/offerings/search.server";
import { percentile } from "./search";

export const nationalOfferings = 100_000;

/** Offering names: qualification and course names in the forms the catalogue has them. */
const offeringNames = [
  "Hitsausammattitutkinto",
  "Lähihoitajan ammattitutkinto",
  "Kiinteistönhoitajan ammattitutkinto",
  "Liiketoiminnan ammattitutkinto",
  "Tieto- ja viestintätekniikan perustutkinto",
  "Ravintola- ja catering-alan perustutkinto",
  "Johtamisen ja yritysjohtamisen erikoisammattitutkinto",
  "Avoimen yliopiston johdatus psykologiaan",
  "Avoin AMK: ohjelmoinnin perusteet",
  "Suomen kielen jatkokurssi",
  "Englannin keskustelukurssi",
  "Ruotsin kielen kertauskurssi",
  "Kotoutumiskoulutus aikuisille",
  "Työvoimakoulutus: logistiikka-alan koulutus",
  "Oppisopimuskoulutus: puutarha-alan perustutkinto",
  "Aikuislukion kurssit",
  "Digitaidot arkeen",
  "Sosionomi (AMK), monimuotototeutus",
  "Insinööri (AMK), sähkö- ja automaatiotekniikka",
  "Kasvatustieteen perusopinnot",
];
const offeringDescriptions = [
  "Koulutus sopii aikuisille, jotka haluavat vaihtaa alaa tai päivittää osaamistaan.",
  "Opiskelu onnistuu työn ohessa: lähipäiviä kerran kuukaudessa, muuten verkossa.",
  "Koulutus on maksuton työnhakijoille; hae TE-palveluiden kautta.",
  "Voit aloittaa opinnot joustavasti ja edetä oman suunnitelmasi mukaan.",
  "Näyttötutkinto: osaaminen osoitetaan käytännön työtehtävissä.",
];

/** Adds offerings numbered from..to-1, spread over the generated organisations. */
export async function generateOfferings(client: pg.Client, count: number, seed = 0.7): Promise<void> {
  await client.query("select setseed($1)", [seed]);
  await client.query(
    `insert into offering (id, organization_id, name, description, education_type, field_code, teaching_languages,
       teaching_method, municipality_code, start_date, personal_start, price, application_start, application_end,
       funding_forms, target_groups)
     select gen_random_uuid(), o.id,
       jsonb_build_object('fi', ($1::text[])[1 + (g % cardinality($1::text[]))] || case when r1 < 0.5 then ' ' || mu.name_fi else '' end),
       jsonb_build_object('fi', ($2::text[])[1 + floor(random() * cardinality($2::text[]))::int]),
       ($3::text[])[1 + floor(random() * cardinality($3::text[]))::int],
       ($4::text[])[1 + floor(random() * cardinality($4::text[]))::int],
       array['fi'] || case when r2 < 0.15 then array['sv'] else '{}' end || case when r2 > 0.8 then array['en'] else '{}' end,
       ($5::text[])[1 + floor(random() * cardinality($5::text[]))::int],
       coalesce(o.municipality_code, 'kunta_091'),
       case when r3 < 0.2 then null else date '2026-01-01' + floor(random() * 540)::int end,
       r3 < 0.2,
       case when r4 < 0.6 then 0 else round((random() * 2000)::numeric, 2) end,
       case when r3 < 0.2 or r4 > 0.9 then null else date '2025-11-01' + floor(random() * 300)::int end,
       case when r3 < 0.2 or r4 > 0.9 then null else date '2026-01-01' + floor(random() * 300)::int end,
       array(select x from unnest($6::text[]) x where random() < 0.25 and g >= 0),
       array(select x from unnest($7::text[]) x where random() < 0.15 and g >= 0)
     from (select g, random() as r1, random() as r2, random() as r3, random() as r4,
             1 + floor(random() * (select count(*) from organization))::int as pick
           from generate_series(0, $8::int - 1) g) x
     join (select id, row_number() over (order by id) as n,
             (select municipality_code from service_point sp where sp.organization_id = org.id limit 1) as municipality_code
           from organization org) o on o.n = x.pick
     join municipality mu on mu.code = coalesce(o.municipality_code, 'kunta_091')`,
    [offeringNames, offeringDescriptions, educationTypes, educationFields, teachingMethods, fundingForms, targetGroups, count],
  );
}

/** The offering search mix: three filters, a text word with filters, and broad text. */
export const offeringQueryMix = [
  "field=kansallinenkoulutusluokitus2016koulutusalataso1_07&language=sv&region=maakunta_01",
  "q=ammattitutkinto&method=distance&region=maakunta_19",
  "q=kurssi&field=kansallinenkoulutusluokitus2016koulutusalataso1_02&language=en&region=maakunta_11",
  "q=koulutus&type=vocational_qualification&funding=apprenticeship",
  "q=aikuisille",
  "region=maakunta_18&open=1&sort=start",
  "",
];

export interface OfferingTiming {
  offerings: number;
  indexMs: number;
  medianMs: number;
  p95Ms: number;
  perQuery: { query: string; total: number; capped: boolean; medianMs: number; p95Ms: number }[];
}

export async function timeOfferingSearch(client: pg.Client, count: number, runs: number): Promise<OfferingTiming> {
  await generateOfferings(client, count);
  let started = performance.now();
  await refreshAllOfferingSearch(db());
  const indexMs = performance.now() - started;
  await client.query("vacuum analyze offering, offering_search");
  const searches = offeringQueryMix.map((query) => {
    const parsed = parseOfferingSearch(new URLSearchParams(query));
    if (!parsed.ok) throw new Error(`The offering query ${query} does not parse`);
    return { query, search: parsed.search };
  });
  const totals = new Map<string, { total: number; capped: boolean }>();
  for (let round = 0; round < 2; round++)
    for (const { query, search } of searches) {
      // Older versions of the search had no cap (the benchmark also runs against them for comparison).
      const outcome: { total: number; capped?: boolean } = await searchOfferings(search, { today: "2026-05-20" });
      totals.set(query, { total: outcome.total, capped: outcome.capped ?? false });
    }
  const samples = new Map<string, number[]>(searches.map((s) => [s.query, []]));
  const all: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { query, search } = searches[i % searches.length];
    started = performance.now();
    await searchOfferings(search, { today: "2026-05-20" });
    const ms = performance.now() - started;
    samples.get(query)!.push(ms);
    all.push(ms);
  }
  const sort = (values: number[]) => [...values].sort((a, b) => a - b);
  const sortedAll = sort(all);
  return {
    offerings: count,
    indexMs,
    medianMs: percentile(sortedAll, 50),
    p95Ms: percentile(sortedAll, 95),
    perQuery: searches.map(({ query }) => {
      const sorted = sort(samples.get(query)!);
      const { total, capped } = totals.get(query) ?? { total: 0, capped: false };
      return { query: query || "(no text, no filters)", total, capped, medianMs: percentile(sorted, 50), p95Ms: percentile(sorted, 95) };
    }),
  };
}
