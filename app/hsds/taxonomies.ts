import { channels, organizationTypes, serviceLanguages, targetGroups, topics } from "~/network-map/public";
import type { Translate } from "../kit/i18n/catalogue";
import type { Language } from "../kit/i18n/languages";
import { derivedId } from "./ids";

/**
 * Elo's code lists published as HSDS taxonomies. A term's id is derived from its taxonomy and code,
 * so it is the same in every installation and never changes while the code exists.
 */
export const taxonomyDefinitions = [
  { key: "target_group", labelPrefix: "targetGroup", codes: targetGroups, linkEntity: "service" },
  { key: "channel", labelPrefix: "channel", codes: channels, linkEntity: "service" },
  { key: "topic", labelPrefix: "topic", codes: topics, linkEntity: "service" },
  { key: "service_language", labelPrefix: "language", codes: serviceLanguages, linkEntity: "service" },
  { key: "organization_type", labelPrefix: "organizationType", codes: organizationTypes, linkEntity: "organization" },
] as const;

export type TaxonomyKey = (typeof taxonomyDefinitions)[number]["key"];

export interface TermRef {
  taxonomy: TaxonomyKey;
  code: string;
}

export const taxonomyId = (key: TaxonomyKey) => derivedId("taxonomy", key);
export const termId = (key: TaxonomyKey, code: string) => derivedId("taxonomy", key, "term", code);

const termsById = new Map<string, TermRef>(
  taxonomyDefinitions.flatMap((t) => t.codes.map((code) => [termId(t.key, code), { taxonomy: t.key, code }] as const)),
);
const taxonomiesById = new Map<string, TaxonomyKey>(taxonomyDefinitions.map((t) => [taxonomyId(t.key), t.key]));

export const termById = (id: string): TermRef | undefined => termsById.get(id.toLowerCase());
export const taxonomyById = (id: string): TaxonomyKey | undefined => taxonomiesById.get(id.toLowerCase());

const definition = (key: TaxonomyKey) => taxonomyDefinitions.find((t) => t.key === key)!;

export interface HsdsTaxonomy {
  id: string;
  name: string;
  description: string;
  version: string;
}

export interface HsdsTaxonomyTerm {
  id: string;
  code: string;
  name: string;
  description: string;
  taxonomy: string;
  taxonomy_id: string;
  taxonomy_detail: HsdsTaxonomy;
  language: Language;
}

export function hsdsTaxonomy(key: TaxonomyKey, t: Translate): HsdsTaxonomy {
  return {
    id: taxonomyId(key),
    name: t(`hsds.taxonomy.${key}.name`),
    description: t(`hsds.taxonomy.${key}.description`),
    version: "1",
  };
}

export function hsdsTerm(key: TaxonomyKey, code: string, t: Translate, lang: Language): HsdsTaxonomyTerm {
  const taxonomy = hsdsTaxonomy(key, t);
  const name = t(`${definition(key).labelPrefix}.${code}` as never);
  return {
    id: termId(key, code),
    code,
    name,
    description: t("hsds.termDescription", { taxonomy: taxonomy.name, term: name }),
    taxonomy: taxonomy.name,
    taxonomy_id: taxonomy.id,
    taxonomy_detail: taxonomy,
    language: lang,
  };
}

export function allTerms(t: Translate, lang: Language, only?: TaxonomyKey): HsdsTaxonomyTerm[] {
  return taxonomyDefinitions.filter((d) => !only || d.key === only).flatMap((d) => d.codes.map((code) => hsdsTerm(d.key, code, t, lang)));
}

/** HSDS attribute linking an entry to one term of a taxonomy. */
export function hsdsAttribute(linkEntity: "service" | "organization", linkId: string, key: TaxonomyKey, code: string, t: Translate, lang: Language) {
  const term = hsdsTerm(key, code, t, lang);
  return {
    id: derivedId(linkEntity, linkId, "attribute", term.id),
    link_id: linkId,
    link_type: key,
    link_entity: linkEntity,
    taxonomy_term_id: term.id,
    taxonomy_term: term,
    label: term.name,
  };
}
