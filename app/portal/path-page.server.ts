import { data } from "react-router";
import { publishedPagesBySlug } from "~/content-pages/public.server";
import { config } from "~/kit/config.server";
import { translator, type MessageKey } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { readFavourites } from "~/offerings/public";
import { parsePathFilters, pathSearches, type PathFilters } from "./filters";
import { isPathSlug, lifePath, russianPath } from "./paths";
import { municipalityCheck, municipalityOptions, portalResults } from "./queries.server";
import { todayInFinland } from "~/kit/dates/calendar";

/**
 * A path page's data: the path, its published content pages, the visitor's choices, and the top
 * services and offerings. An unknown path is 404; a bad choice is 400 with the page and a translated message.
 */
export async function loadPathPage(request: Request, params: { lang?: string; slug?: string }, options: { russian: boolean }) {
  const lang = languageOf(params);
  const t = translator(lang);
  const slug = params.slug;
  if (!isPathSlug(slug) || (options.russian && slug !== russianPath)) throw data(null, { status: 404 });
  const [municipalities, isMunicipality, contentPages] = await Promise.all([
    municipalityOptions(lang),
    municipalityCheck(),
    publishedPagesBySlug(lifePath(slug).contentPages, lang),
  ]);
  const favourites = readFavourites(request.headers.get("Cookie"));
  const today = todayInFinland();
  const common = { slug, contentPages, municipalities, favourites, today, publicUrl: config.publicUrl };
  const parsed = parsePathFilters(new URL(request.url).searchParams, isMunicipality);
  if (!parsed.ok) {
    const name = t(`portal.param.${parsed.parameter}` as MessageKey);
    const filters: PathFilters = { municipality: null, language: null };
    return data({ ...common, error: t("portal.badParameter", { name }), filters, searches: null, results: null }, { status: 400 });
  }
  const searches = pathSearches(slug, parsed.value);
  const results = await portalResults(searches, lang, { today });
  return { ...common, error: null, filters: parsed.value, searches, results };
}
