import { data, Form, Link } from "react-router";
import { pageTitle } from "~/kit/page-title";
import { translator, type MessageKey } from "~/kit/i18n/catalogue";
import { Localized } from "~/kit/i18n/localized-text";
import { type Language, languageOf } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { placeName, reference, sortPlaces } from "~/reference/public.server";
import { channels, serviceLanguages, targetGroups, topics } from "../code-lists";
import { entityPath } from "../paths";
import { dimensions, emptySearch, mapSearchParams, pageSize, parseMapSearch, searchKinds, type MapSearch } from "../search-params";
import { searchMap } from "../search.server";
import { Distance, NearFields } from "../near-me/near-fields";
import { nearParams, parseNear } from "../near-me/origin.server";
import { emptyResultSuggestions, type Suggestion } from "../search-suggestions.server";
import { spellingSuggestion } from "~/kit/search/spelling.server";
import { FilterDisclosure, SpellingHint } from "~/kit/search/search-help";
import type { Route } from "./+types/search";
import { FacetGroup, PlaceSelect } from "~/kit/search/facet-controls";
import { countCap } from "~/kit/search/capped-counts";
import { NearMe } from "../components/near-me";
import { searchAreaNotes } from "../search-area-notes.server";
import { understandPlace } from "../place-in-query.server";
import { serviceActionsOf } from "../service-actions.server";

// "Use my location" is the page's one script, an island (decision 0187).
export const handle = { islands: ["near-me"] };

const noNames: Record<string, string> = {};

export async function loader({ request, params }: Route.LoaderArgs) {
  const lang: Language = languageOf(params);
  const t = translator(lang);
  const ref = await reference();
  const regions = sortPlaces(ref.regions, lang).map((r) => ({ code: r.code, name: placeName(r, lang) }));
  const url = new URL(request.url);
  const parsed = parseMapSearch(url.searchParams);
  const nearParsed = await parseNear(url.searchParams);
  if (!parsed.ok || !nearParsed.ok) {
    const name = !parsed.ok ? parsed.parameter : !nearParsed.ok ? nearParsed.parameter : "";
    return data(
      {
        error: t("search.badParameter", { name }),
        search: null,
        outcome: null,
        regions,
        municipalities: [],
        municipalityNames: noNames,
        near: null,
        nearNotice: null,
        nearQuery: [],
        suggestion: null,
        corrected: false,
        ways: [],
        notes: [],
        place: null,
        actions: {},
      },
      { status: 400 },
    );
  }
  const { near, notice } = nearParsed;
  // A municipality named in the words is the place to rank by; the other words are searched (decision 0195).
  const understood = await understandPlace(parsed.search);
  const search = understood.search;
  // Spelling (decision 0189): a closer-known word is offered; when the words find nothing, the
  // corrected ones are searched instead, and the page says so.
  const [first, correctedWords] = await Promise.all([searchMap(search, { near }), search.q ? spellingSuggestion(search.q) : null]);
  let outcome = first;
  // The link keeps the place's words, so that following it names the same place.
  const suggestion = correctedWords && [correctedWords, understood.place?.placeWords].filter(Boolean).join(" ");
  let corrected = false;
  if (outcome.total === 0 && correctedWords) {
    const retry = await searchMap({ ...search, q: correctedWords }, { near });
    if (retry.total > 0) [outcome, corrected] = [retry, true];
  }
  // The features' links on service cards ("Book a time"): one lookup per provider for the whole page.
  // The search index holds no defunct services, so every card is of a running one.
  const services = outcome.results.filter((r) => r.kind === "service").map((r) => ({ id: r.id, organizationId: r.organizationId, status: "active" }));
  const actions = Object.fromEntries(await serviceActionsOf(services, lang, "searchResult"));
  const regionOf = (code: string) => ref.municipalities.find((m) => m.code === code)?.regionCode;
  const waysOn = outcome.total === 0 ? await emptyResultSuggestions(search, regionOf) : [];
  // Municipalities that have something to show, plus those chosen; when the counts were capped,
  // those of the chosen regions (all without one), without counts.
  const capped = outcome.uncounted.includes("municipality");
  const municipalities = sortPlaces(
    ref.municipalities.filter((m) =>
      capped
        ? parsed.search.regions.length === 0 || parsed.search.regions.includes(m.regionCode)
        : outcome.facets.municipality[m.code] || outcome.nationwide.municipality > 0 || parsed.search.municipalities.includes(m.code),
    ),
    lang,
  ).map((m) => ({
    code: m.code,
    name: placeName(m, lang),
    // Nationwide services show in every municipality's results, so they count in each.
    count: capped ? undefined : (outcome.facets.municipality[m.code] ?? 0) + outcome.nationwide.municipality,
  }));
  const municipalityNames = Object.fromEntries(
    outcome.results.flatMap((r) => r.municipalityCodes).map((code) => [code, placeName(ref.byCode.get(code), lang)]),
  );
  const placeNames = Object.fromEntries([...ref.byCode.values()].map((p) => [p.code, placeName(p, lang)]));
  const notes = await searchAreaNotes(
    {
      regionCodes: parsed.search.regions,
      municipalityCodes: understood.place ? [understood.place.municipality.code] : parsed.search.municipalities,
      near: near?.origin ?? null,
    },
    lang,
  );
  const ways = waysOn.map((w) => ({
    href: `/${lang}/search?${mapSearchParams(w.search).toString()}`,
    label: wayLabel(t, w, placeNames),
    count: w.count > countCap ? t("searchHelp.resultsOver", { count: countCap }) : t("searchHelp.results", { count: w.count }),
  }));
  return {
    error: null,
    search: parsed.search,
    outcome,
    regions,
    municipalities,
    municipalityNames,
    near: near && {
      postcode: near.postcode,
      latitude: near.origin.latitude,
      longitude: near.origin.longitude,
      radiusKm: near.radiusKm,
      byDistance: near.byDistance,
    },
    nearNotice: notice && (notice.key === "near.unknown" ? t(notice.key, { postcode: notice.postcode }) : t(notice.key)),
    nearQuery: nearParams(near),
    suggestion,
    corrected,
    ways,
    notes,
    actions,
    place: understood.place && {
      name: placeName(understood.place.municipality, lang),
      literalHref: `/${lang}/search?${mapSearchParams(parsed.search, { literal: true, page: 1 }).toString()}`,
    },
  };
}

/** The words of a way on from an empty result: "Search the whole of Kainuu", "Drop the filter Channel". */
function wayLabel(t: ReturnType<typeof translator>, way: Suggestion, placeNames: Record<string, string>): string {
  switch (way.kind) {
    case "widerArea":
      return t("search.way.widerArea", { area: way.search.regions.map((r) => placeNames[r] ?? r).join(", ") });
    case "wholeCountry":
      return t("search.way.wholeCountry");
    case "nationwide":
      return t("search.way.nationwide");
    case "dropFilter":
      return t("search.way.dropFilter", { filter: t(`search.${dimensionLegends[way.dimension!]}` as MessageKey) });
  }
}
const dimensionLegends: Record<string, string> = {
  group: "targetGroup",
  channel: "channel",
  language: "language",
  topic: "topic",
  kind: "kind",
  reach: "reach",
};

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params))("search.title"));

export default function Search({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const { search, outcome, regions, municipalities, municipalityNames, error, suggestion, corrected, ways, notes, place } = loaderData;
  const current: MapSearch = search ?? emptySearch();
  const facets = outcome?.facets ?? {};
  const pages = outcome ? Math.max(1, Math.ceil(outcome.total / pageSize)) : 1;
  // Over the cap the number of pages is not known: a full page has a next one.
  const hasNext = outcome?.capped ? outcome.results.length === pageSize : current.page < pages;
  const uncounted = (prefix: string) => outcome?.uncounted.includes(prefix) ?? false;
  const pageLink = (page: number) => {
    const params = mapSearchParams(current, { page });
    for (const [key, value] of loaderData.nearQuery) params.append(key, value);
    return `/${lang}/search?${params.toString()}`;
  };
  const chosen = dimensions.reduce((n, d) => n + (current[d.key] as string[]).length, 0);
  const where = (codes: string[]) => {
    const names = codes.map((c) => municipalityNames[c] ?? c);
    return names.length > 3 ? t("search.where.more", { places: names.slice(0, 3).join(", "), count: names.length - 3 }) : names.join(", ");
  };

  return (
    <>
      <h1>{t("search.title")}</h1>
      <Form method="get" action={`/${lang}/search`} role="search">
        <div className="search-box">
          <label htmlFor="search-q">{t("search.label")}</label>
          <div className="search-box__row">
            <input id="search-q" name="q" type="search" defaultValue={current.q} maxLength={200} aria-describedby="search-q-hint" />
            <button type="submit" className="button">
              {t("search.submit")}
            </button>
          </div>
          <p id="search-q-hint" className="field__hint">
            {t("search.hint")}
          </p>
          <NearMe />
        </div>
        {error && (
          <p role="alert" className="alert alert--error">
            {error}
          </p>
        )}
        <div className="search-layout">
          <section aria-labelledby="search-results-heading">
            {place && (
              <p className="search-hint">
                {t("search.placeUnderstood", { place: place.name })} <Link to={place.literalHref}>{t("search.placeLiteral", { q: current.q })}</Link>
              </p>
            )}
            <SpellingHint
              q={current.q}
              suggestion={suggestion}
              corrected={corrected}
              href={`/${lang}/search?${mapSearchParams(current, { q: suggestion ?? "", page: 1 }).toString()}`}
            />
            {notes.map((note) => (
              <aside key={note.key} className="card search-note" aria-labelledby={`note-${note.key}`}>
                <h2 id={`note-${note.key}`}>{note.heading}</h2>
                {note.alert && <p className="alert alert--warning">{note.alert}</p>}
                <p>{note.text}</p>
                <p>
                  <Link to={note.href}>{note.linkText}</Link>
                </p>
              </aside>
            ))}
            <h2 id="search-results-heading" aria-live="polite">
              {outcome?.capped ? t("search.resultsOver", { count: countCap }) : t("search.results", { count: outcome?.total ?? 0 })}
            </h2>
            {outcome?.capped && <p className="field__hint">{t("search.countsCapped")}</p>}
            {outcome && outcome.total === 0 && (
              <>
                <p>{t("search.noResults")}</p>
                {ways.length > 0 && (
                  <nav aria-labelledby="search-ways-heading" className="ways-on">
                    <h3 id="search-ways-heading">{t("searchHelp.waysOn")}</h3>
                    <ul>
                      {ways.map((way) => (
                        <li key={way.href}>
                          <Link to={way.href}>{way.label}</Link> ({way.count})
                        </li>
                      ))}
                    </ul>
                  </nav>
                )}
              </>
            )}
            <ul className="results">
              {outcome?.results.map((result) => (
                <li key={`${result.kind}-${result.id}`} className="result">
                  <p className="result__kind">{t(`search.kind.${result.kind}`)}</p>
                  <h3>
                    <Link to={entityPath(lang, result.kind, result.id)}>
                      <Localized value={result.title} />
                    </Link>
                  </h3>
                  {result.kind !== "organization" && (
                    <p>
                      <Localized value={result.organizationName} />
                    </p>
                  )}
                  {(result.nationwide || result.municipalityCodes.length > 0) && (
                    <p className="result__where">
                      <span className="visually-hidden">{t("search.where")}: </span>
                      {result.nationwide ? t("search.where.nationwide") : where(result.municipalityCodes)}
                    </p>
                  )}
                  <Distance km={result.distanceKm} approximate={result.distanceApproximate} />
                  <Localized value={result.summary} as="p" />
                  {result.channels.length > 0 && (
                    <ul className="tags" aria-label={t("service.channels")}>
                      {result.channels.map((c) => (
                        <li key={c}>{t(`channel.${c}` as MessageKey)}</li>
                      ))}
                    </ul>
                  )}
                  {result.kind === "service" &&
                    loaderData.actions[result.id]?.map((a) => (
                      <p key={a.href} className="result__action">
                        <a href={a.href}>
                          {a.label}
                          <span className="visually-hidden">
                            {": "}
                            <Localized value={result.title} />
                          </span>
                        </a>
                      </p>
                    ))}
                </li>
              ))}
            </ul>
            {(pages > 1 || hasNext) && (
              <nav className="pagination" aria-label={t("search.pagination")}>
                {current.page > 1 && <Link to={pageLink(current.page - 1)}>{t("search.previous")}</Link>}
                <span>{outcome?.capped ? t("search.pageOnly", { page: current.page }) : t("search.page", { page: current.page, pages })}</span>
                {hasNext && <Link to={pageLink(current.page + 1)}>{t("search.next")}</Link>}
              </nav>
            )}
          </section>
          <FilterDisclosure chosen={chosen}>
            <h2 className="visually-hidden">{t("search.filters")}</h2>
            <NearFields near={loaderData.near} notice={loaderData.nearNotice} />
            <PlaceSelect
              id="search-region"
              name="region"
              label={t("search.region")}
              anyLabel={t("search.any")}
              places={regions.map((r) => ({
                ...r,
                count: uncounted("region") ? undefined : (facets.region?.[r.code] ?? 0) + (outcome?.nationwide.region ?? 0),
              }))}
              selected={current.regions[0]}
            />
            <PlaceSelect
              id="search-municipality"
              name="municipality"
              label={t("search.municipality")}
              anyLabel={t("search.any")}
              places={municipalities}
              selected={current.municipalities[0]}
            />
            <FacetGroup
              legend={t("search.reach")}
              name="reach"
              uncounted={uncounted("reach")}
              codes={["nationwide"]}
              labelPrefix="search.reach"
              counts={facets.reach ?? {}}
              selected={current.reach}
            />
            <FacetGroup
              legend={t("search.kind")}
              name="kind"
              uncounted={uncounted("kind")}
              codes={searchKinds}
              labelPrefix="search.kind"
              counts={facets.kind ?? {}}
              selected={current.kinds}
            />
            <FacetGroup
              legend={t("search.targetGroup")}
              name="group"
              uncounted={uncounted("group")}
              codes={targetGroups}
              labelPrefix="targetGroup"
              counts={facets.group ?? {}}
              selected={current.targetGroups}
            />
            <FacetGroup
              legend={t("search.channel")}
              name="channel"
              uncounted={uncounted("channel")}
              codes={channels}
              labelPrefix="channel"
              counts={facets.channel ?? {}}
              selected={current.channels}
            />
            <FacetGroup
              legend={t("search.language")}
              name="language"
              uncounted={uncounted("language")}
              codes={serviceLanguages}
              labelPrefix="language"
              counts={facets.language ?? {}}
              selected={current.languages}
            />
            <FacetGroup
              legend={t("search.topic")}
              name="topic"
              uncounted={uncounted("topic")}
              codes={topics}
              labelPrefix="topic"
              counts={facets.topic ?? {}}
              selected={current.topics}
            />
            <p>
              <button type="submit" className="button">
                {t("search.apply")}
              </button>{" "}
              <Link to={`/${lang}/search`}>{t("search.clear")}</Link>
            </p>
          </FilterDisclosure>
        </div>
      </Form>
    </>
  );
}
