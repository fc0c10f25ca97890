import { translator } from "../kit/i18n/catalogue";
import { languages } from "../kit/i18n/languages";
import { queryTerms } from "~/network-map/public";
import { allTerms, hsdsTaxonomy, taxonomyDefinitions, type HsdsTaxonomy, type HsdsTaxonomyTerm } from "./taxonomies";
import type { MapContext } from "./map";
import type { ListParams } from "./params";

/**
 * Taxonomies and terms are Elo's code lists (about 60 codes), so they are filtered in memory. A
 * search matches when every query word occurs in the code or its label in some language.
 */
function matches(labels: string[], search: string): boolean {
  const haystack = labels.join(" ").toLocaleLowerCase("fi");
  return queryTerms(search).every((word) => haystack.includes(word));
}

const everyLanguage = (label: (t: ReturnType<typeof translator>) => string) => languages.map((lang) => label(translator(lang)));

export function listTaxonomies(params: ListParams, ctx: MapContext): HsdsTaxonomy[] {
  return taxonomyDefinitions
    .filter((d) => !params.search || matches([d.key, ...everyLanguage((t) => hsdsTaxonomy(d.key, t).name)], params.search))
    .map((d) => hsdsTaxonomy(d.key, ctx.t));
}

export function listTerms(params: ListParams & { parentId?: string }, ctx: MapContext): HsdsTaxonomyTerm[] {
  // Elo's taxonomies are flat: no term has a parent, so every term is a top term.
  if (params.parentId) return [];
  const localized = languages.map((lang) => allTerms(translator(lang), lang, params.taxonomy));
  return allTerms(ctx.t, ctx.lang, params.taxonomy).filter(
    (term, i) => !params.search || matches([term.code, ...localized.map((terms) => terms[i].name)], params.search),
  );
}

export function pageSlice<T>(items: T[], params: Pick<ListParams, "page" | "perPage">): T[] {
  return items.slice((params.page - 1) * params.perPage, params.page * params.perPage);
}
