import { data, Link } from "react-router";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { listedSections, type Section } from "../inputs";
import { sectionPages } from "../queries.server";
import type { Route } from "./+types/section";

/** A content page: plain HTML, no scripts (root.tsx reads this). */
export const handle = { hydrate: false };

const sectionOf = (url: string): Section | null => {
  const last = new URL(url).pathname.split("/").filter(Boolean).at(-1);
  return (listedSections as readonly string[]).includes(last ?? "") ? (last as Section) : null;
};

/** `/:lang/studying` and `/:lang/financing`: the section's intro and its published pages. */
export async function loader({ params, request }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const section = sectionOf(request.url);
  if (!section) throw data(null, { status: 404 });
  return { section, pages: await sectionPages(section, lang) };
}

export const meta = ({ params, data: loaderData }: Route.MetaArgs) =>
  pageTitle(params.lang, loaderData ? translator(languageOf(params))(`content.section.${loaderData.section}`) : "");

export default function SectionPage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const { section, pages } = loaderData;
  return (
    <>
      <h1>{t(`content.section.${section}`)}</h1>
      <p className="lead">{t(`content.${section as "studying" | "financing"}.intro`)}</p>
      {pages.length === 0 ? (
        <p>{t("content.section.empty")}</p>
      ) : (
        <section aria-labelledby="section-pages">
          <h2 id="section-pages" className="visually-hidden">
            {t("content.section.pagesHeading")}
          </h2>
          <ul className="results">
            {pages.map((page) => (
              <li key={page.slug} className="result">
                <h3>
                  <Link to={`/${lang}/pages/${page.slug}`} lang={page.isFallback ? page.lang : undefined}>
                    {page.title}
                  </Link>
                  {page.isFallback && <span className="muted"> {t("common.fallbackLanguage", { language: t(`language.${page.lang}`) })}</span>}
                </h3>
                {page.summary && <p lang={page.isFallback ? page.lang : undefined}>{page.summary}</p>}
                {page.regionName && <p className="muted">{t("content.regionPage", { region: page.regionName })}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p>
        <Link to={`/${lang}/search`}>{t("content.section.askGuidance")}</Link>
      </p>
    </>
  );
}
