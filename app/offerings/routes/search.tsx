import { data, Form, Link } from "react-router";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { type Language, languageOf } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { placeName, reference, sortPlaces } from "~/reference/public.server";
import { todayInFinland } from "~/kit/dates/calendar";
import { codesInUse } from "~/kit/code-validity";
import {
  educationFields,
  educationTypes,
  fundingFormValidity,
  fundingForms,
  offeringSorts,
  targetGroups,
  teachingLanguages,
  teachingMethods,
} from "../code-lists";
import { OfferingCard } from "../components/offering-card";
import { readFavourites } from "../favourites";
import { emptyOfferingSearch, offeringPageSize, offeringSearchParams, parseOfferingSearch, type OfferingSearch } from "../search-params";
import { searchOfferings } from "../search.server";
import type { Route } from "./+types/search";
import { FacetGroup, PlaceSelect } from "~/kit/search/facet-controls";
import { FilterDisclosure, SpellingHint } from "~/kit/search/search-help";
import { spellingSuggestion } from "~/kit/search/spelling.server";
import { countCap, displayCount } from "~/kit/search/capped-counts";

export async function loader({ request, params }: Route.LoaderArgs) {
  const lang: Language = languageOf(params);
  const t = translator(lang);
  const ref = await reference();
  const regions = sortPlaces(ref.regions, lang).map((r) => ({ code: r.code, name: placeName(r, lang) }));
  const favourites = readFavourites(request.headers.get("Cookie"));
  const today = todayInFinland();
  const parsed = parseOfferingSearch(new URL(request.url).searchParams, (code) => ref.byCode.has(code));
  if (!parsed.ok) {
    return data(
      {
        error: t("offerings.badParameter", { name: t(`offerings.param.${parsed.parameter}`) }),
        search: null,
        outcome: null,
        regions,
        municipalities: [],
        municipalityNames: {},
        favourites,
        today,
        suggestion: null,
        corrected: false,
      },
      { status: 400 },
    );
  }
  // Spelling, as on the service search (decision 0189): a closer-known word is offered; when the
  // words find nothing and the corrected ones find something, those results are shown.
  let outcome = await searchOfferings(parsed.search, { today });
  const suggestion = parsed.search.q ? await spellingSuggestion(parsed.search.q) : null;
  let corrected = false;
  if (outcome.total === 0 && suggestion) {
    const retry = await searchOfferings({ ...parsed.search, q: suggestion }, { today });
    if (retry.total > 0) [outcome, corrected] = [retry, true];
  }
  // Municipalities that have offerings to show, plus those chosen; when the counts were capped,
  // those of the chosen regions (all without one), without counts.
  const capped = outcome.uncounted.includes("municipality");
  const municipalities = sortPlaces(
    ref.municipalities.filter((m) =>
      capped
        ? parsed.search.regions.length === 0 || parsed.search.regions.includes(m.regionCode)
        : outcome.facets.municipality[m.code] || parsed.search.municipalities.includes(m.code),
    ),
    lang,
  ).map((m) => ({ code: m.code, name: placeName(m, lang), count: capped ? undefined : (outcome.facets.municipality[m.code] ?? 0) }));
  const municipalityNames: Record<string, string> = Object.fromEntries(
    outcome.results.map((r) => [r.municipalityCode, placeName(ref.byCode.get(r.municipalityCode), lang)]),
  );
  return { error: null, search: parsed.search, outcome, regions, municipalities, municipalityNames, favourites, today, suggestion, corrected };
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params))("offerings.title"));

export default function EducationSearch({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const { search, outcome, regions, municipalities, municipalityNames, favourites, error, today, suggestion, corrected } = loaderData;
  const current: OfferingSearch = search ?? emptyOfferingSearch();
  const facets = outcome?.facets ?? {};
  const pages = outcome ? Math.max(1, Math.ceil(outcome.total / offeringPageSize)) : 1;
  // Over the cap the number of pages is not known: a full page has a next one.
  const hasNext = outcome?.capped ? outcome.results.length === offeringPageSize : current.page < pages;
  const uncounted = (prefix: string) => outcome?.uncounted.includes(prefix) ?? false;
  const chosen =
    (current.openNow ? 1 : 0) +
    [
      current.regions,
      current.municipalities,
      current.types,
      current.fields,
      current.methods,
      current.languages,
      current.fundingForms,
      current.targetGroups,
    ].reduce((n, values) => n + values.length, 0);
  const pageLink = (page: number) => `/${lang}/education?${offeringSearchParams(current, { page }).toString()}`;

  // The filters of one kind, in the order shown; each counts and hides its empty values alike.
  const facetGroups = [
    { name: "type", legend: "offerings.type", codes: educationTypes, labelPrefix: "offering.type", selected: current.types },
    { name: "field", legend: "offerings.field", codes: educationFields, labelPrefix: "offering.field", selected: current.fields },
    { name: "method", legend: "offerings.method", codes: teachingMethods, labelPrefix: "offering.method", selected: current.methods },
    { name: "language", legend: "offerings.language", codes: teachingLanguages, labelPrefix: "language", selected: current.languages },
    {
      name: "funding",
      legend: "offerings.funding",
      codes: codesInUse(fundingForms, fundingFormValidity, today, current.fundingForms),
      labelPrefix: "offering.funding",
      selected: current.fundingForms,
    },
    { name: "group", legend: "offerings.targetGroup", codes: targetGroups, labelPrefix: "targetGroup", selected: current.targetGroups },
  ] as const;

  return (
    <>
      <h1>{t("offerings.title")}</h1>
      {favourites.length > 0 && (
        <p>
          <Link to={`/${lang}/education/compare`}>{t("favourites.compare", { count: favourites.length })}</Link>
        </p>
      )}
      {error && (
        <p role="alert" className="alert alert--error">
          {error}
        </p>
      )}
      {/* The form holds the words; the filters after the results belong to it by its id (results
          first on a phone, decision 0189), and the results stay outside it, because their
          favourite buttons are forms of their own. */}
      <Form id="education-search" method="get" action={`/${lang}/education`} role="search">
        <div className="search-box">
          <label htmlFor="education-q">{t("offerings.label")}</label>
          <div className="search-box__row">
            <input id="education-q" name="q" type="search" defaultValue={current.q} maxLength={200} aria-describedby="education-q-hint" />
            <button type="submit" className="button">
              {t("offerings.submit")}
            </button>
          </div>
          <p id="education-q-hint" className="field__hint">
            {t("offerings.hint")}
          </p>
        </div>
      </Form>
      <div className="search-layout">
        <section aria-labelledby="education-results-heading">
          <SpellingHint
            q={current.q}
            suggestion={suggestion}
            corrected={corrected}
            href={`/${lang}/education?${offeringSearchParams(current, { q: suggestion ?? "", page: 1 }).toString()}`}
          />
          <h2 id="education-results-heading" aria-live="polite">
            {outcome?.capped ? t("offerings.resultsOver", { count: countCap }) : t("offerings.results", { count: outcome?.total ?? 0 })}
          </h2>
          {outcome?.capped && <p className="field__hint">{t("offerings.countsCapped")}</p>}
          <div className="field sort-field">
            <label htmlFor="education-sort">{t("offerings.sort")}</label>
            <select id="education-sort" name="sort" form="education-search" defaultValue={current.sort}>
              {offeringSorts.map((sort) => (
                <option key={sort} value={sort}>
                  {t(`offerings.sort.${sort}`)}
                </option>
              ))}
            </select>{" "}
            <button type="submit" form="education-search" className="button button--secondary">
              {t("offerings.apply")}
            </button>
          </div>
          {outcome && outcome.total === 0 && <p>{t("offerings.noResults")}</p>}
          <ul className="results">
            {outcome?.results.map((result) => (
              <OfferingCard
                key={result.id}
                offering={result}
                municipalityName={municipalityNames[result.municipalityCode] ?? ""}
                chosen={favourites.includes(result.id)}
                today={today}
              />
            ))}
          </ul>
          {(pages > 1 || hasNext) && (
            <nav className="pagination" aria-label={t("offerings.pagination")}>
              {current.page > 1 && <Link to={pageLink(current.page - 1)}>{t("offerings.previous")}</Link>}
              <span>{outcome?.capped ? t("offerings.pageOnly", { page: current.page }) : t("offerings.page", { page: current.page, pages })}</span>
              {hasNext && <Link to={pageLink(current.page + 1)}>{t("offerings.next")}</Link>}
            </nav>
          )}
        </section>
        <div>
          <FilterDisclosure chosen={chosen}>
            <h2 className="visually-hidden">{t("offerings.filters")}</h2>
            <label className="option" htmlFor="education-open">
              <input type="checkbox" id="education-open" name="open" value="1" defaultChecked={current.openNow} form="education-search" />
              <span>
                {t("offerings.openNow")}{" "}
                <span className="count">({displayCount(outcome?.openNowCount ?? 0, (outcome?.openNowCount ?? 0) > countCap, lang)})</span>
              </span>
            </label>
            <PlaceSelect
              id="education-region"
              name="region"
              label={t("offerings.region")}
              anyLabel={t("offerings.any")}
              places={regions.map((r) => ({ ...r, count: uncounted("region") ? undefined : (facets.region?.[r.code] ?? 0) }))}
              form="education-search"
              selected={current.regions[0]}
            />
            <PlaceSelect
              id="education-municipality"
              name="municipality"
              label={t("offerings.municipality")}
              anyLabel={t("offerings.any")}
              places={municipalities}
              form="education-search"
              selected={current.municipalities[0]}
            />
            {facetGroups.map((group) => (
              <FacetGroup
                key={group.name}
                legend={t(group.legend)}
                name={group.name}
                uncounted={uncounted(group.name)}
                codes={group.codes}
                labelPrefix={group.labelPrefix}
                counts={facets[group.name] ?? {}}
                form="education-search"
                selected={group.selected}
                hideEmpty
              />
            ))}
            <p>
              <button type="submit" className="button" form="education-search">
                {t("offerings.apply")}
              </button>{" "}
              <Link to={`/${lang}/education`}>{t("offerings.clear")}</Link>
            </p>
          </FilterDisclosure>
        </div>
      </div>
    </>
  );
}
