import { Form, Link } from "react-router";
import type { MetaDescriptor } from "react-router";
import { pageTitle } from "~/kit/page-title";
import { translator, type MessageKey } from "~/kit/i18n/catalogue";
import { languageOf, languages } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { ContentPageLinks, FinancingLinks, PlaceAndLanguageFields, PortalResultLists, type PathContentPage } from "./components";
import type { PathFilters, Searches } from "./filters";
import { pathFilterParams } from "./filters";
import { lifePaths, officialLinks, pathKey, type LifePath, russianPath, russianPathCanonicalLanguage, russianPathUrl, type PathSlug } from "./paths";
import type { PortalResults } from "./queries.server";
import { russianHeadings, russianImmigrantPath } from "./russian";

export interface PathPageData {
  slug: PathSlug;
  /** The published content pages of the path, studying and financing, most relevant first. */
  contentPages: PathContentPage[];
  municipalities: { code: string; name: string }[];
  favourites: string[];
  today: string;
  publicUrl: string;
  error: string | null;
  filters: PathFilters;
  searches: Searches | null;
  results: PortalResults | null;
}

/**
 * Title, description, canonical address and language versions of a path page. The immigrant path
 * also names its Russian version; the Russian version names the same set (decision 0120).
 */
export function pathMeta(params: { lang?: string; slug?: string }, data: PathPageData | undefined, russian: boolean): MetaDescriptor[] {
  const lang = languageOf(params);
  const t = translator(lang);
  if (!data) return pageTitle(lang, t("error.title"));
  const slug = data.slug;
  const title = russian ? russianImmigrantPath.title : t(pathKey(slug, "title"));
  const description = russian ? russianImmigrantPath.lead : t(pathKey(slug, "lead"));
  const base = data.publicUrl;
  const own = russian ? russianPathUrl(lang) : `/${lang}/paths/${slug}`;
  const meta: MetaDescriptor[] = [...pageTitle(lang, title, description), { tagName: "link", rel: "canonical", href: base + own }];
  if (russian || slug === russianPath) {
    const alternates = [
      ...languages.map((other) => ({ hreflang: other, href: `${base}/${other}/paths/${russianPath}` })),
      { hreflang: "ru", href: base + russianPathUrl(russianPathCanonicalLanguage) },
    ];
    // The plain pages get fi, sv and en from the root layout; the Russian page names all four itself.
    for (const a of russian ? alternates : alternates.slice(languages.length))
      meta.push({ tagName: "link", rel: "alternate", hrefLang: a.hreflang, href: a.href });
  }
  return meta;
}

/** One life-situation path: curated guidance, then services and offerings near the visitor. */
export function PathPage({ data, russian }: { data: PathPageData; russian: boolean }) {
  const t = useT();
  const lang = useLanguage();
  const { slug, filters, results, searches, error, contentPages } = data;
  const studyingPages = contentPages.filter((p) => p.section !== "financing");
  const financingPages = contentPages.filter((p) => p.section === "financing");
  const text = (part: Parameters<typeof pathKey>[1]) => t(pathKey(slug, part));
  const officialLink = (lifePaths as readonly LifePath[]).find((p) => p.slug === slug)?.officialLink;
  const action = russian ? russianPathUrl(lang) : `/${lang}/paths/${slug}`;
  const query = pathFilterParams(filters).toString();
  const suffix = query ? `?${query}` : "";
  return (
    <>
      <p>
        <Link to={`/${lang}/paths`}>{t("path.allPaths")}</Link>
      </p>
      {russian && (
        <p className="muted">
          {t("path.russianNote")} <Link to={`/${lang}/paths/${slug}${suffix}`}>{t("path.backFromRussian")}</Link>
        </p>
      )}
      {russian ? (
        <div lang="ru">
          <h1>{russianImmigrantPath.title}</h1>
          <p className="lead">{russianImmigrantPath.lead}</p>
          <h2>{russianHeadings.firstSteps}</h2>
          <ol>
            <li>{russianImmigrantPath.step1}</li>
            <li>{russianImmigrantPath.step2}</li>
            <li>{russianImmigrantPath.step3}</li>
          </ol>
          <h2>{russianHeadings.contact}</h2>
          <p>{russianImmigrantPath.contact}</p>
          <h2>{russianHeadings.rights}</h2>
          <p>{russianImmigrantPath.rights}</p>
          <p>{russianImmigrantPath.yourChoice}</p>
          <h2>{russianHeadings.financing}</h2>
          <p>{russianImmigrantPath.financing}</p>
        </div>
      ) : (
        <>
          <h1>{text("title")}</h1>
          <p className="lead">{text("lead")}</p>
          {slug === russianPath && (
            <p>
              <Link to={`${russianPathUrl(lang)}${suffix}`} lang="ru" hrefLang="ru">
                {t("path.russian")}
              </Link>
            </p>
          )}
          <h2>{t("path.firstSteps")}</h2>
          <ol>
            <li>{text("step1")}</li>
            <li>{text("step2")}</li>
            <li>{text("step3")}</li>
          </ol>
          {officialLink && (
            <p>
              <a className="button" href={officialLinks[officialLink][lang]}>
                {t(`path.officialLink.${officialLink}`)}
              </a>
            </p>
          )}
          <h2>{t("path.contact")}</h2>
          <p>{text("contact")}</p>
          <h2>{t("path.rights")}</h2>
          <p>{text("rights")}</p>
          <p>{t("path.yourChoice")}</p>
          <h2>{t("path.financing")}</h2>
          <p>{text("financing")}</p>
        </>
      )}
      <ContentPageLinks pages={financingPages} heading={t("path.financingPages")} />
      <FinancingLinks slug={slug} municipality={filters.municipality} />
      <ContentPageLinks pages={studyingPages} heading={t("path.readMore")} headingLevel={2} />
      <h2 id="path-filters-heading">{t("path.filters")}</h2>
      {error && (
        <p role="alert" className="alert alert--error">
          {error}
        </p>
      )}
      <Form method="get" action={action} aria-labelledby="path-filters-heading" className="card path-filters">
        <PlaceAndLanguageFields idPrefix="path" municipalities={data.municipalities} municipality={filters.municipality} language={filters.language} />
        <p>
          <button type="submit" className="button">
            {t("path.apply")}
          </button>
        </p>
      </Form>
      {results && searches && <PortalResultLists results={results} searches={searches} favourites={data.favourites} today={data.today} />}
      <h2>{t("path.otherPaths")}</h2>
      <ul className="link-list">
        {lifePaths
          .filter((p) => p.slug !== slug)
          .map((p) => (
            <li key={p.slug}>
              <Link to={`/${lang}/paths/${p.slug}${suffix}`}>{t(pathKey(p.slug, "title") as MessageKey)}</Link>
            </li>
          ))}
      </ul>
    </>
  );
}
