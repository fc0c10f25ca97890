import { AsyncLocalStorage } from "node:async_hooks";
import { sql, type SQL } from "drizzle-orm";
import { storeLexiconTerms } from "../kit/search/lexicon-terms.server";
import { addToLexicon } from "../kit/search/text-match.server";
import { translator } from "../kit/i18n/catalogue";
import { languages } from "../kit/i18n/languages";
import type { Executor } from "~/network-map/public.server";
import { educationFields, educationTypes, fundingForms, targetGroups, teachingLanguages, teachingMethods } from "./code-lists";

/** Code labels in every language, so that "oppisopimus" finds offerings funded as apprenticeships. */
function buildLabels(): Record<string, string> {
  const labels: Record<string, string> = {};
  const add = (prefix: string, codes: readonly string[]) => {
    for (const code of codes) labels[`${prefix}.${code}`] = languages.map((lang) => translator(lang)(`${prefix}.${code}` as never)).join(" ");
  };
  add("offering.type", educationTypes);
  add("offering.field", educationFields);
  add("offering.method", teachingMethods);
  add("offering.funding", fundingForms);
  add("targetGroup", targetGroups);
  add("language", teachingLanguages);
  return labels;
}
const labelsJson = JSON.stringify(buildLabels());

/** Rebuilds the search documents of one offering (after every command, in its transaction). */
export async function refreshOfferingSearch(executor: Executor, offeringId: string): Promise<void> {
  const pending = deferred.getStore();
  if (pending) pending.add(offeringId);
  else await refresh(executor, sql`o.id = ${offeringId}::uuid`);
}

const deferred = new AsyncLocalStorage<Set<string>>();

/**
 * Runs `work` (a CSV import) with the offerings' search refreshes put off, then refreshes them all
 * in three statements: three statements per row made 10,000 rows slower per row than 1,000
 * (issue 9).
 */
export async function withOfferingSearchDeferred<T>(executor: Executor, work: () => Promise<T>): Promise<T> {
  const offerings = new Set<string>();
  const result = await deferred.run(offerings, work);
  // One array parameter (uuids only), not one parameter per offering.
  if (offerings.size) await refresh(executor, sql`o.id = any(${`{${[...offerings].join(",")}}`}::uuid[])`);
  return result;
}

/** Rebuilds the search documents of an organisation's offerings (its name is part of them). */
export async function refreshOrganizationOfferings(executor: Executor, organizationId: string): Promise<void> {
  await refresh(executor, sql`o.organization_id = ${organizationId}::uuid`);
}

/** Rebuilds every offering's search document (after bulk loads). */
export async function refreshAllOfferingSearch(executor: Executor): Promise<void> {
  await refresh(executor, sql`true`);
}

async function refresh(executor: Executor, condition: SQL): Promise<void> {
  const labels = sql`${labelsJson}::jsonb`;
  const allText = (column: SQL) => sql`concat_ws(' ', ${column}->>'fi', ${column}->>'sv', ${column}->>'en')`;
  const label = (prefix: string, value: SQL) => sql`coalesce(${labels}->>(${prefix} || '.' || ${value}), '')`;
  const labelList = (prefix: string, column: SQL) => sql`coalesce((select string_agg(${labels}->>(${prefix} || '.' || x), ' ') from unnest(${column}) x), '')`;
  const facetList = (prefix: string, column: SQL) => sql`coalesce((select array_agg(${prefix + ":"} || x) from unnest(${column}) x), '{}')`;

  await executor.execute(sql`delete from offering_search s using offering o where o.id = s.offering_id and ${condition}`);
  await executor.execute(sql`
    insert into offering_search (offering_id, organization_id, personal_start, start_date, application_start,
      application_end, facets, text_words, text_sv, sort_name)
    select o.id, o.organization_id, o.personal_start, o.start_date, o.application_start, o.application_end,
      array['type:' || o.education_type, 'field:' || o.field_code, 'method:' || o.teaching_method,
        'municipality:' || o.municipality_code, 'region:' || m.region_code]
        || ${facetList("language", sql`o.teaching_languages`)} || ${facetList("funding", sql`o.funding_forms`)}
        || ${facetList("group", sql`o.target_groups`)},
      setweight(to_tsvector('simple', ${allText(sql`o.name`)}), 'A') ||
      setweight(to_tsvector('simple', concat_ws(' ', ${allText(sql`o.description`)}, ${allText(sql`org.name`)},
        ${label("offering.type", sql`o.education_type`)}, ${label("offering.field", sql`o.field_code`)},
        ${label("offering.method", sql`o.teaching_method`)}, ${labelList("offering.funding", sql`o.funding_forms`)},
        ${labelList("targetGroup", sql`o.target_groups`)}, ${labelList("language", sql`o.teaching_languages`)},
        m.name_fi, m.name_sv)), 'B'),
      to_tsvector('swedish', concat_ws(' ', o.name->>'sv', o.description->>'sv', org.name->>'sv', m.name_sv)),
      coalesce(nullif(o.name->>'fi', ''), o.name->>'sv', o.name->>'en', '')
    from offering o
    join organization org on org.id = o.organization_id
    join municipality m on m.code = o.municipality_code
    where ${condition}`);
  const added = await executor.execute<{ word: string }>(
    addToLexicon(sql`select s.text_words from offering_search s join offering o on o.id = s.offering_id where ${condition}`),
  );
  await storeLexiconTerms(
    executor,
    added.rows.map((r) => r.word),
  );
}
