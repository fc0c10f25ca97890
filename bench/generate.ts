/**
 * Generates the national data set in bulk SQL (INSERT … SELECT generate_series), stage by stage:
 * each stage adds organisations with their own service points, services and practitioners, so that
 * a later stage grows the whole data set proportionally.
 *
 * Identifiers are derived from an entity's number (`bench_id(kind, i)`), so links between entities
 * are joins on small helper tables rather than round trips. One session and `setseed` make a stage
 * reproducible.
 */
import type pg from "pg";
import { channels, competenceAreas, costTypes, serviceLanguages, targetGroups, topics } from "../app/network-map/code-lists";
import {
  familyNames,
  givenNames,
  organizationDescriptions,
  organizationKinds,
  regionCentres,
  serviceDescriptions,
  serviceNames,
  servicePointNames,
  streets,
  titles,
} from "./words";

export interface Counts {
  organizations: number;
  services: number;
  servicePoints: number;
  practitioners: number;
}

/** The national data set of the brief: 5,000 organisations … 50,000 practitioners. */
export const national: Counts = { organizations: 5000, services: 20000, servicePoints: 8000, practitioners: 50000 };

export const scaled = (factor: number): Counts => ({
  organizations: Math.max(1, Math.round(national.organizations * factor)),
  services: Math.round(national.services * factor),
  servicePoints: Math.round(national.servicePoints * factor),
  practitioners: Math.round(national.practitioners * factor),
});

const kinds = { organization: 1, service: 2, servicePoint: 3, practitioner: 4 };

/** Helper functions and tables; `salt` ties a random pick to the row so that it is drawn per row. */
export async function prepareGenerator(client: pg.Client): Promise<void> {
  await client.query(`
    create function bench_id(kind int, i int) returns uuid language sql immutable as
      $$ select (lpad(to_hex(kind), 8, '0') || '-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid $$;
    create function bench_pick(a text[], salt int) returns text language sql volatile as
      $$ select a[1 + floor(random() * cardinality(a))::int + 0 * salt] $$;
    create function bench_words(a text[], n int, salt int) returns text language sql volatile as
      $$ select string_agg(a[1 + floor(random() * cardinality(a))::int], ' ') from generate_series(1, n + 0 * salt) $$;
    create function bench_subset(a text[], low int, high int, salt int) returns text[] language sql volatile as
      $$ select array(select x from unnest(a) x order by random() limit low + floor(random() * (high - low + 1))::int) $$;
    create unlogged table bench_org (i int primary key, municipality_code text not null, region_code text not null,
      kind int not null, bilingual boolean not null);
    create unlogged table bench_point (i int primary key, org int not null);
    create index on bench_point (org);
    create unlogged table bench_service (i int primary key, org int not null);
    create index on bench_service (org);
    create unlogged table bench_practitioner (i int primary key, org int not null);
  `);
}

export async function dropGenerator(client: pg.Client): Promise<void> {
  await client.query(`
    drop table bench_org, bench_point, bench_service, bench_practitioner;
    drop function bench_id, bench_pick, bench_words, bench_subset;
  `);
}

/** Adds the entities numbered from `from` (inclusive) to `to` (exclusive) of each kind. */
export async function generateStage(client: pg.Client, from: Counts, to: Counts, seed: number, vocabulary: string[]): Promise<void> {
  const q = (text: string, values: unknown[] = []) => client.query(text, values);
  await q("select setseed($1)", [seed]);

  // Organisations live where people do: a home municipality drawn by postal code count.
  const { rows: postal } = await q("select municipality_code from postal_code order by code");
  const { rows: regions } = await q("select code from region order by code");
  await q(
    `insert into bench_org (i, municipality_code, region_code, kind, bilingual)
     select x.g, x.m, mu.region_code, x.k, mu.name_sv <> mu.name_fi and x.r < 0.3
     from (select g, bench_pick($3::text[], g) as m, floor(random() * $4)::int as k, random() as r
           from generate_series($1::int, $2::int - 1) g) x
     join municipality mu on mu.code = x.m`,
    [from.organizations, to.organizations, postal.map((r) => r.municipality_code), organizationKinds.length],
  );
  await q(
    `insert into organization (id, name, description, type, website, email, phone)
     select bench_id(${kinds.organization}, o.i),
       case when o.bilingual then jsonb_build_object('fi', k.fi || ' ' || mu.name_fi, 'sv', k.sv || ' ' || mu.name_sv)
            else jsonb_build_object('fi', k.fi || ' ' || mu.name_fi) end,
       jsonb_build_object('fi', bench_pick($1::text[], o.i) || ' ' || bench_pick($1::text[], -o.i) || ' ' ||
         bench_words($7::text[], 6, o.i) || '.'),
       k.type, 'https://www.example.fi/org' || o.i, 'info' || o.i || '@example.fi', '+358 40 ' || lpad(o.i::text, 7, '0')
     from bench_org o
     join municipality mu on mu.code = o.municipality_code
     join (select (ord - 1)::int as idx, fi, sv, type from unnest($2::text[], $3::text[], $4::text[])
           with ordinality as t(fi, sv, type, ord)) k on k.idx = o.kind
     where o.i >= $5 and o.i < $6`,
    [
      organizationDescriptions,
      organizationKinds.map((k) => k.fi),
      organizationKinds.map((k) => k.sv),
      organizationKinds.map((k) => k.type),
      from.organizations,
      to.organizations,
      vocabulary,
    ],
  );
  // Every organisation is in its home region's network; one in ten also in another region's.
  await q(
    `insert into network_membership (organization_id, region_code)
     select bench_id(${kinds.organization}, i), region_code from bench_org where i >= $1 and i < $2
     union
     select bench_id(${kinds.organization}, i), bench_pick($3::text[], i) from bench_org
     where i >= $1 and i < $2 and random() < 0.1`,
    [from.organizations, to.organizations, regions.map((r) => r.code)],
  );

  // Service points, services and practitioners belong to this stage's organisations.
  const assign = (table: string, start: number, end: number) =>
    q(`insert into ${table} (i, org) select g, $3::int + floor(random() * ($4::int - $3::int))::int from generate_series($1::int, $2::int - 1) g`, [
      start,
      end,
      from.organizations,
      to.organizations,
    ]);
  await assign("bench_point", from.servicePoints, to.servicePoints);
  await assign("bench_service", from.services, to.services);
  await assign("bench_practitioner", from.practitioners, to.practitioners);

  await q(
    `insert into service_point (id, organization_id, name, street_address, postal_code, municipality_code,
       latitude, longitude, opening_hours, accessibility)
     select bench_id(${kinds.servicePoint}, p.i), bench_id(${kinds.organization}, p.org),
       jsonb_build_object('fi', bench_pick($1::text[], p.i) || ' ' || pc.name_fi),
       bench_pick($2::text[], p.i) || ' ' || (1 + floor(random() * 60))::int,
       pc.code, pc.municipality_code,
       ($3::jsonb -> o.region_code ->> 0)::float8 + (random() - 0.5) * 0.8,
       ($3::jsonb -> o.region_code ->> 1)::float8 + (random() - 0.5) * 1.6,
       '[{"day":"mo","opens":"08:00","closes":"16:00"},{"day":"tu","opens":"08:00","closes":"16:00"},
         {"day":"we","opens":"08:00","closes":"16:00"},{"day":"th","opens":"08:00","closes":"16:00"},
         {"day":"fr","opens":"08:00","closes":"14:00"}]'::jsonb,
       case when random() < 0.6 then '{"fi":"Esteetön sisäänkäynti, hissi."}'::jsonb else '{}'::jsonb end
     from bench_point p
     join bench_org o on o.i = p.org
     cross join lateral (select code, municipality_code, name_fi from postal_code
       where municipality_code = o.municipality_code and p.i >= 0
       -- parcel-locker postal codes (SmartPOST) are no street addresses
       order by name_fi ilike '%smartpost%', random() limit 1) pc
     where p.i >= $4 and p.i < $5`,
    [servicePointNames, streets, JSON.stringify(regionCentres), from.servicePoints, to.servicePoints],
  );

  await q(
    `insert into service (id, organization_id, name, description, target_groups, topics, languages,
       area_municipalities, cost, status, website, email)
     select bench_id(${kinds.service}, s.i), bench_id(${kinds.organization}, s.org),
       case when o.bilingual
         then jsonb_build_object('fi', n.fi || case when s.r1 < 0.4 then ' ' || mu.name_fi else '' end,
                                 'sv', n.sv || case when s.r1 < 0.4 then ' ' || mu.name_sv else '' end)
         else jsonb_build_object('fi', n.fi || case when s.r1 < 0.4 then ' ' || mu.name_fi else '' end) end,
       jsonb_build_object('fi', bench_pick($3::text[], s.i) || ' ' || bench_pick($3::text[], -s.i) || ' ' ||
         bench_pick($3::text[], s.i + 1) || ' ' || bench_words($11::text[], 8, s.i) || '.'),
       bench_subset($4::text[], 1, 3, s.i),
       bench_subset($5::text[], 1, 3, s.i),
       array['fi'] || case when o.bilingual or s.r2 < 0.1 then array['sv'] else '{}' end
         || case when s.r2 > 0.7 then bench_subset($6::text[], 1, 2, s.i) else '{}' end,
       case when s.r3 < 0.5 then array[o.municipality_code]
            when s.r3 < 0.7 then array[o.municipality_code] || array(select code from municipality
              where region_code = o.region_code and code <> o.municipality_code and s.i >= 0 order by random() limit 2)
            else '{}' end,
       case when s.r4 < 0.8 then 'free' else bench_pick($7::text[], s.i) end,
       case when s.r4 > 0.99 then 'defunct' when s.r4 > 0.97 then 'inactive' else 'active' end,
       'https://www.example.fi/palvelu' || s.i, null
     from (select b.*, floor(random() * $8)::int as ni, random() as r1, random() as r2, random() as r3, random() as r4
           from bench_service b where b.i >= $9 and b.i < $10) s
     join bench_org o on o.i = s.org
     join municipality mu on mu.code = o.municipality_code
     join (select (ord - 1)::int as idx, fi, sv from unnest($1::text[], $2::text[]) with ordinality as t(fi, sv, ord)) n
       on n.idx = s.ni`,
    [
      serviceNames.map((n) => n.fi),
      serviceNames.map((n) => n.sv),
      serviceDescriptions,
      targetGroups,
      topics,
      serviceLanguages.filter((l) => l !== "fi" && l !== "sv"),
      costTypes,
      serviceNames.length,
      from.services,
      to.services,
      vocabulary,
    ],
  );

  // Seven services in ten are offered at one or two of the organisation's service points.
  await q(
    `insert into service_at_location (service_id, service_point_id)
     select bench_id(${kinds.service}, s.i), bench_id(${kinds.servicePoint}, p.i)
     from bench_service s
     cross join lateral (select i from bench_point p where p.org = s.org and s.i >= 0
       order by random() limit 1 + floor(random() * 2)::int) p
     where s.i >= $1 and s.i < $2 and random() < 0.7`,
    [from.services, to.services],
  );
  await q(
    `insert into service_channel (service_id, channel, contact, hours, service_point_id)
     select bench_id(${kinds.service}, s.i), c.ch,
       case c.ch when 'phone' then '+358 29 ' || lpad(s.i::text, 7, '0')
                 when 'email' then 'neuvonta' || s.i || '@example.fi'
                 when 'in_person' then null
                 else 'https://www.example.fi/palvelu' || s.i || '/' || c.ch end,
       case when c.ch in ('phone', 'chat') then '{"fi":"ma–pe 9–15","sv":"mån–fre 9–15"}'::jsonb else '{}'::jsonb end,
       case when c.ch = 'in_person' then sal.point end
     from bench_service s
     cross join lateral (select min(service_point_id::text)::uuid as point from service_at_location
       where service_id = bench_id(${kinds.service}, s.i)) sal
     cross join lateral unnest(bench_subset($1::text[], 1, 2, s.i)
       || case when sal.point is not null then array['in_person'] else '{}' end) c(ch)
     where s.i >= $2 and s.i < $3`,
    [channels.filter((c) => c !== "in_person"), from.services, to.services],
  );

  await q(
    `insert into practitioner (id, organization_id, given_name, family_name, title, email, phone,
       competence_areas, languages, visibility, is_contact_person)
     select bench_id(${kinds.practitioner}, x.i), bench_id(${kinds.organization}, x.org), x.given, x.family,
       case when o.bilingual then jsonb_build_object('fi', t.fi, 'sv', t.sv) else jsonb_build_object('fi', t.fi) end,
       lower(translate(x.given || '.' || x.family, 'äöåÄÖÅ', 'aoaaoa')) || x.i || '@example.fi',
       '+358 50 ' || lpad(x.i::text, 7, '0'),
       bench_subset($4::text[], 1, 3, x.i),
       array['fi'] || case when o.bilingual or x.r1 < 0.15 then array['sv'] else '{}' end
         || case when x.r1 > 0.6 then array['en'] else '{}' end,
       case when x.r2 < 0.2 then '{"title":"network","email":"network","phone":"network"}'::jsonb
            when x.r2 < 0.5 then '{"phone":"network"}'::jsonb else '{}'::jsonb end,
       x.r3 < 0.05
     from (select b.*, bench_pick($1::text[], b.i) as given, bench_pick($2::text[], b.i) as family,
             floor(random() * $3)::int as ti, random() as r1, random() as r2, random() as r3
           from bench_practitioner b where b.i >= $7 and b.i < $8) x
     join bench_org o on o.i = x.org
     join (select (ord - 1)::int as idx, fi, sv from unnest($5::text[], $6::text[]) with ordinality as t(fi, sv, ord)) t
       on t.idx = x.ti`,
    [givenNames, familyNames, titles.length, competenceAreas, titles.map((t) => t.fi), titles.map((t) => t.sv), from.practitioners, to.practitioners],
  );
  await q(
    `insert into practitioner_service (practitioner_id, service_id)
     select bench_id(${kinds.practitioner}, p.i), bench_id(${kinds.service}, s.i)
     from bench_practitioner p
     cross join lateral (select i from bench_service s where s.org = p.org and p.i >= 0
       order by random() limit 1 + floor(random() * 3)::int) s
     where p.i >= $1 and p.i < $2`,
    [from.practitioners, to.practitioners],
  );
  await q(
    `insert into practitioner_service_point (practitioner_id, service_point_id)
     select bench_id(${kinds.practitioner}, p.i), bench_id(${kinds.servicePoint}, sp.i)
     from bench_practitioner p
     cross join lateral (select i from bench_point sp where sp.org = p.org and p.i >= 0 order by random() limit 1) sp
     where p.i >= $1 and p.i < $2 and random() < 0.5`,
    [from.practitioners, to.practitioners],
  );
}

/** Distinct words (lower case) of the generated organisations' and services' Finnish texts. */
export async function countWordForms(client: pg.Client): Promise<number> {
  const { rows } = await client.query(`
    select count(distinct w)::int as forms from (
      select regexp_split_to_table(lower(concat_ws(' ', name->>'fi', description->>'fi')), '[^a-zåäö-]+') as w from service
      union all
      select regexp_split_to_table(lower(concat_ws(' ', name->>'fi', description->>'fi')), '[^a-zåäö-]+') from organization
    ) words where w <> ''`);
  return rows[0].forms;
}

/** Row counts of the generated tables, for the report. */
export async function countRows(client: pg.Client): Promise<Record<string, number>> {
  const tables = [
    "organization",
    "network_membership",
    "service_point",
    "service",
    "service_channel",
    "service_at_location",
    "practitioner",
    "practitioner_service",
    "practitioner_service_point",
    "search_document",
    "search_lexicon",
  ];
  const { rows } = await client.query(`select ${tables.map((t) => `(select count(*)::int from ${t}) as ${t}`).join(", ")}`);
  return rows[0];
}
