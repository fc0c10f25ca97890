import { AsyncLocalStorage } from "node:async_hooks";
import { sql } from "drizzle-orm";
import type { Database } from "../kit/db/db.server";
import { storeLexiconTerms } from "../kit/search/lexicon-terms.server";
import { translator } from "../kit/i18n/catalogue";
import { languages } from "../kit/i18n/languages";
import { channels, remoteChannels, targetGroups, topics } from "./code-lists";
import { nationwideValue } from "./search-params";

/**
 * Entries that serve everyone wherever they live (decision 0189): no area or place of their own,
 * and reached by phone, chat, video, e-mail or the web. They show in every place's results.
 */
const nationwideFacet = sql`(case when cardinality(x.municipality_codes) = 0 and x.channels && array[${sql.raw(
  remoteChannels.map((c) => `'${c}'`).join(", "),
)}]::text[] then array['${sql.raw(nationwideValue)}'] else '{}'::text[] end)`;

export type Executor = Database | Parameters<Parameters<Database["transaction"]>[0]>[0];

/** Code labels in every language, so that "urasuunnittelu" finds services tagged career_planning. */
function buildLabels(): Record<string, string> {
  const labels: Record<string, string> = {};
  const add = (prefix: string, codes: readonly string[]) => {
    for (const code of codes) labels[`${prefix}.${code}`] = languages.map((lang) => translator(lang)(`${prefix}.${code}` as never)).join(" ");
  };
  add("targetGroup", targetGroups);
  add("channel", channels);
  add("topic", topics);
  return labels;
}
// Built on first use, not at import: drizzle-kit loads the schemas (and so this module) without the catalogue.
let labelsJson: string | undefined;

/**
 * Rebuilds the search documents of one organisation: the organisation, its services, service
 * points and practitioners. Called by every command in its own transaction; an organisation has at
 * most a few hundred entries, so recomputing them all keeps the logic in one place.
 */
export async function refreshOrganizationSearch(executor: Executor, organizationId: string): Promise<void> {
  const pending = deferred.getStore();
  if (pending) pending.add(organizationId);
  else await refreshSearch(executor, sql`= ${organizationId}::uuid`);
}

const deferred = new AsyncLocalStorage<Set<string>>();

/**
 * Runs `work` with the organisations' search refreshes put off, then refreshes each organisation
 * once. A CSV import of n rows of one organisation otherwise rebuilt its growing set of documents
 * n times: quadratic (issue 9).
 */
export async function withSearchRefreshDeferred<T>(executor: Executor, work: () => Promise<T>): Promise<T> {
  const organizations = new Set<string>();
  const result = await deferred.run(organizations, work);
  for (const id of organizations) await refreshSearch(executor, sql`= ${id}::uuid`);
  return result;
}

/** Rebuilds every search document (after bulk loads: demo data, imports, benchmarks). */
export async function refreshAllSearch(executor: Executor): Promise<void> {
  await refreshSearch(executor, sql`is not null`, { full: true });
}

async function refreshSearch(executor: Executor, orgCondition: ReturnType<typeof sql>, { full }: { full: boolean } = { full: false }): Promise<void> {
  labelsJson ??= JSON.stringify(buildLabels());
  const labels = sql`${labelsJson}::jsonb`;
  const allText = (column: ReturnType<typeof sql>) => sql`concat_ws(' ', ${column}->>'fi', ${column}->>'sv', ${column}->>'en')`;
  const labelText = (prefix: string, column: ReturnType<typeof sql>) =>
    sql`coalesce((select string_agg(${labels}->>(${prefix} || '.' || x), ' ') from unnest(${column}) x), '')`;
  const municipalityNames = (column: ReturnType<typeof sql>) =>
    sql`coalesce((select string_agg(m.name_fi || ' ' || m.name_sv, ' ') from municipality m where m.code = any(${column})), '')`;

  const columns = sql.raw(`entity_type, entity_id, organization_id, title, summary, region_codes,
    municipality_codes, target_groups, channels, languages, topics, text_words, text_sv, sort_name`);
  // One array of all filter values, so that one GIN index answers every filter combination. It is
  // computed as the documents are inserted: updating them afterwards wrote every document twice.
  const insertDocuments = (select: ReturnType<typeof sql>) =>
    executor.execute(sql`
      insert into search_document (${columns}, facets)
      select x.*, array['kind:' || x.entity_type]
        || coalesce((select array_agg('region:' || v) from unnest(x.region_codes) v), '{}')
        || coalesce((select array_agg('municipality:' || v) from unnest(x.municipality_codes) v), '{}')
        || coalesce((select array_agg('group:' || v) from unnest(x.target_groups) v), '{}')
        || coalesce((select array_agg('channel:' || v) from unnest(x.channels) v), '{}')
        || coalesce((select array_agg('language:' || v) from unnest(x.languages) v), '{}')
        || coalesce((select array_agg('topic:' || v) from unnest(x.topics) v), '{}')
        || ${nationwideFacet}
      from (${select}) as x (${columns})`);

  await executor.execute(sql`delete from search_document where organization_id ${orgCondition}`);

  // Services (not discontinued ones).
  await insertDocuments(sql`
    select 'service', s.id, s.organization_id, s.name, s.description, re.regions, mu.munis, s.target_groups,
      ch.chans, s.languages, s.topics,
      setweight(to_tsvector('simple', ${allText(sql`s.name`)}), 'A') ||
      setweight(to_tsvector('simple', concat_ws(' ', ${allText(sql`s.description`)}, ${allText(sql`o.name`)},
        ${labelText("targetGroup", sql`s.target_groups`)}, ${labelText("topic", sql`s.topics`)},
        ${labelText("channel", sql`ch.chans`)}, ${municipalityNames(sql`mu.munis`)})), 'B'),
      to_tsvector('swedish', concat_ws(' ', s.name->>'sv', s.description->>'sv', o.name->>'sv')),
      coalesce(nullif(s.name->>'fi', ''), s.name->>'sv', s.name->>'en', '')
    from service s
    join organization o on o.id = s.organization_id
    cross join lateral (select coalesce(array_agg(distinct c.channel), '{}') as chans
      from service_channel c where c.service_id = s.id) ch
    cross join lateral (select coalesce(array_agg(distinct x.m), '{}') as munis from (
      select unnest(s.area_municipalities) as m
      union select sp.municipality_code from service_at_location sal
        join service_point sp on sp.id = sal.service_point_id where sal.service_id = s.id) x) mu
    cross join lateral (select coalesce(array_agg(distinct y.r), '{}') as regions from (
      select m.region_code as r from municipality m where m.code = any(mu.munis)
      union select nm.region_code from network_membership nm where nm.organization_id = s.organization_id) y) re
    where s.organization_id ${orgCondition} and s.status <> 'defunct'`);

  // Service points.
  await insertDocuments(sql`
    select 'service_point', p.id, p.organization_id, p.name,
      jsonb_build_object('fi', p.street_address || ', ' || p.postal_code || ' ' || m.name_fi,
        'sv', p.street_address || ', ' || p.postal_code || ' ' || m.name_sv,
        'en', p.street_address || ', ' || p.postal_code || ' ' || m.name_fi),
      array[m.region_code], array[p.municipality_code], agg.groups, array['in_person'], agg.langs, agg.topics,
      setweight(to_tsvector('simple', ${allText(sql`p.name`)}), 'A') ||
      setweight(to_tsvector('simple', concat_ws(' ', p.street_address, p.postal_code, m.name_fi, m.name_sv,
        ${allText(sql`o.name`)})), 'B'),
      to_tsvector('swedish', concat_ws(' ', p.name->>'sv', m.name_sv, o.name->>'sv')),
      coalesce(nullif(p.name->>'fi', ''), p.name->>'sv', p.name->>'en', '')
    from service_point p
    join organization o on o.id = p.organization_id
    join municipality m on m.code = p.municipality_code
    cross join lateral (select
        coalesce((select array_agg(distinct g) from service s2, unnest(s2.target_groups) g
          where s2.id in (select service_id from service_at_location where service_point_id = p.id)), '{}') as groups,
        coalesce((select array_agg(distinct l) from service s2, unnest(s2.languages) l
          where s2.id in (select service_id from service_at_location where service_point_id = p.id)), '{}') as langs,
        coalesce((select array_agg(distinct tp) from service s2, unnest(s2.topics) tp
          where s2.id in (select service_id from service_at_location where service_point_id = p.id)), '{}') as topics
      ) agg
    where p.organization_id ${orgCondition}`);

  // Practitioners look their services' documents up by id: the planner must know the table is no
  // longer empty, or a first full load scans it once per practitioner (minutes at 50,000).
  if (full) await executor.execute(sql`analyze search_document`);

  // Practitioners: public fields only (decision 0181). Their code labels (competence areas, languages) stay out of
  // the text: every practitioner has a few of the same broad labels ("ohjaus", "suomi"), so a
  // broad word matched nearly all 50,000 of them (decision 0140); languages are a filter, and the
  // services they work in carry their topics.
  // The title is the only field a practitioner may keep to the network that the index holds (e-mail,
  // phone and service points stay out): every language's text, the summary shown in results and the
  // Swedish stemmed text all read it through this one expression, so a hidden title is in none.
  const publicTitle = sql`(case when coalesce(pr.visibility->>'title', 'public') = 'public' then pr.title else '{}'::jsonb end)`;
  await insertDocuments(sql`
    select 'practitioner', pr.id, pr.organization_id,
      jsonb_build_object('fi', pr.given_name || ' ' || pr.family_name),
      ${publicTitle},
      coalesce((select array_agg(nm.region_code) from network_membership nm where nm.organization_id = pr.organization_id), '{}'),
      agg.munis, agg.groups, agg.chans, pr.languages, agg.topics,
      setweight(to_tsvector('simple', pr.given_name || ' ' || pr.family_name), 'A') ||
      setweight(to_tsvector('simple', concat_ws(' ',
        ${allText(publicTitle)}, ${allText(sql`o.name`)})), 'B'),
      to_tsvector('swedish', concat_ws(' ', ${publicTitle}->>'sv', o.name->>'sv')),
      pr.family_name || ' ' || pr.given_name
    from practitioner pr
    join organization o on o.id = pr.organization_id
    cross join lateral (select
        coalesce((select array_agg(distinct x) from search_document d, unnest(d.municipality_codes) x
          where d.entity_type = 'service' and d.entity_id in (select service_id from practitioner_service where practitioner_id = pr.id)), '{}') as munis,
        coalesce((select array_agg(distinct x) from search_document d, unnest(d.target_groups) x
          where d.entity_type = 'service' and d.entity_id in (select service_id from practitioner_service where practitioner_id = pr.id)), '{}') as groups,
        coalesce((select array_agg(distinct x) from search_document d, unnest(d.channels) x
          where d.entity_type = 'service' and d.entity_id in (select service_id from practitioner_service where practitioner_id = pr.id)), '{}') as chans,
        coalesce((select array_agg(distinct x) from search_document d, unnest(d.topics) x
          where d.entity_type = 'service' and d.entity_id in (select service_id from practitioner_service where practitioner_id = pr.id)), '{}') as topics
      ) agg
    where pr.organization_id ${orgCondition}`);

  // Likewise the organisations' statement, which looks documents up by organisation: 49 s instead
  // of 2 s at 83,000 documents after a first load (npm run bench).
  if (full) await executor.execute(sql`analyze search_document`);

  // Organisations: their networks, and what their services offer.
  await insertDocuments(sql`
    select 'organization', o.id, o.id, o.name, o.description,
      coalesce((select array_agg(distinct r) from (
        select nm.region_code as r from network_membership nm where nm.organization_id = o.id
        union select x from search_document d, unnest(d.region_codes) x where d.organization_id = o.id) z), '{}'),
      coalesce((select array_agg(distinct x) from search_document d, unnest(d.municipality_codes) x where d.organization_id = o.id and d.entity_type in ('service', 'service_point')), '{}'),
      coalesce((select array_agg(distinct x) from search_document d, unnest(d.target_groups) x where d.organization_id = o.id and d.entity_type = 'service'), '{}'),
      coalesce((select array_agg(distinct x) from search_document d, unnest(d.channels) x where d.organization_id = o.id and d.entity_type = 'service'), '{}'),
      coalesce((select array_agg(distinct x) from search_document d, unnest(d.languages) x where d.organization_id = o.id and d.entity_type = 'service'), '{}'),
      coalesce((select array_agg(distinct x) from search_document d, unnest(d.topics) x where d.organization_id = o.id and d.entity_type = 'service'), '{}'),
      setweight(to_tsvector('simple', ${allText(sql`o.name`)}), 'A') ||
      setweight(to_tsvector('simple', concat_ws(' ', ${allText(sql`o.description`)}, o.business_id)), 'B'),
      to_tsvector('swedish', concat_ws(' ', o.name->>'sv', o.description->>'sv')),
      coalesce(nullif(o.name->>'fi', ''), o.name->>'sv', o.name->>'en', '')
    from organization o
    where o.id ${orgCondition}`);

  const added = await executor.execute<{ word: string }>(sql`
    insert into search_lexicon (word)
    select distinct lexeme from search_document d, unnest(d.text_words)
    where d.organization_id ${orgCondition} and length(lexeme) between 2 and 60
    on conflict do nothing
    returning word`);
  await storeLexiconTerms(
    executor,
    added.rows.map((r) => r.word),
  );
}
