import { data, redirect } from "react-router";
import { formatDate } from "~/kit/format";
import { pageTitle } from "~/kit/page-title";
import { isPageLanguage, isGuestLanguage, textDirection } from "~/kit/i18n/page-languages";
import { languageOf } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { config } from "~/kit/config.server";
import { guestInterfaceLanguage, pageInLanguagePath } from "../guidance";
import { slugPattern } from "../inputs";
import { languagePhrases } from "../language-phrases";
import { publishedPageIn } from "../queries.server";
import type { Route } from "./+types/page-in-language";

/** A content page: plain HTML, no scripts (root.tsx reads this). */
export const handle = { hydrate: false };

/**
 * `/:lang/pages/:slug/:language`: a page's version in a language the interface is not translated into
 * (Russian, Ukrainian, Arabic, Somali), inside the chrome of an interface language. The text is marked
 * with its language and direction (Arabic right to left), and the service search below it is preset
 * to that language (decision 0212). An interface language has its own address, so it is sent there.
 */
export async function loader({ params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const { slug, language } = params;
  if (!isPageLanguage(language) || !slugPattern.test(slug) || slug.length > 80) throw data(null, { status: 404 });
  if (!isGuestLanguage(language)) throw redirect(pageInLanguagePath(lang, slug, language), { status: 301 });
  const page = await publishedPageIn(slug, language);
  if (!page) throw data(null, { status: 404 });
  return { page, language, canonical: config.publicUrl + pageInLanguagePath(guestInterfaceLanguage, slug, language) };
}

export const meta = ({ params, data: loaderData }: Route.MetaArgs) =>
  loaderData
    ? [...pageTitle(params.lang, loaderData.page.title, loaderData.page.summary), { tagName: "link", rel: "canonical", href: loaderData.canonical }]
    : [];

export default function ContentPageInLanguage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const { page, language } = loaderData;
  const phrases = languagePhrases[language];
  const dir = textDirection(language);
  return (
    <>
      <article className="content-page" lang={language} dir={dir}>
        <h1>{page.title}</h1>
        {page.summary && <p className="lead">{page.summary}</p>}
        <div className="content-page__body" dangerouslySetInnerHTML={{ __html: page.html }} />
        {/* The service search, with its language filter preset to the page's language. */}
        <form method="get" action={`/${lang}/search`} className="search-box card" role="search">
          <input type="hidden" name="language" value={language} />
          <label htmlFor="page-language-q">{phrases.searchLabel}</label>
          <div className="search-box__row">
            <input id="page-language-q" name="q" type="search" maxLength={200} />
            <button type="submit" className="button">
              {phrases.searchButton}
            </button>
          </div>
        </form>
      </article>
      <p className="muted">{t("content.updated", { date: formatDate(page.publishedAt, lang) })}</p>
    </>
  );
}
