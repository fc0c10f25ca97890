import { data, Link, redirect } from "react-router";
import { formatDate } from "~/kit/format";
import { pageTitle } from "~/kit/page-title";
import { languageOf } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { accessibilitySlug, slugPattern } from "../inputs";
import { publishedPage } from "../queries.server";
import type { Route } from "./+types/page";

/** A content page: plain HTML, no scripts (root.tsx reads this). */
export const handle = { hydrate: false };

/**
 * `/:lang/pages/:slug` (and `/:lang/accessibility`): the published version in the reader's language,
 * or else the Finnish (or any published) one marked with its language and a notice. Drafts never show.
 */
export async function loader({ params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const slug = params.slug ?? accessibilitySlug;
  // One address per page: the statement lives at /:lang/accessibility.
  if (params.slug === accessibilitySlug) throw redirect(`/${lang}/accessibility`, { status: 301 });
  if (!slugPattern.test(slug) || slug.length > 80) throw data(null, { status: 404 });
  const page = await publishedPage(slug, lang);
  if (!page) throw data(null, { status: 404 });
  return { page };
}

export const meta = ({ params, data: loaderData }: Route.MetaArgs) => [...pageTitle(params.lang, loaderData?.page.title ?? "", loaderData?.page.summary)];

export default function ContentPage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const { page } = loaderData;
  const listed = page.section === "studying" || page.section === "financing";
  return (
    <>
      {listed && (
        <p>
          <Link to={`/${lang}/${page.section}`}>{t("content.backToSection", { section: t(`content.section.${page.section}`) })}</Link>
        </p>
      )}
      {page.isFallback && (
        <p className="alert" role="note">
          {t("content.fallbackNotice", { language: t(`language.${page.lang}`) })}
        </p>
      )}
      <article className="content-page" lang={page.isFallback ? page.lang : undefined}>
        <h1>{page.title}</h1>
        {page.summary && <p className="lead">{page.summary}</p>}
        <div className="content-page__body" dangerouslySetInnerHTML={{ __html: page.html }} />
      </article>
      {page.regionName && <p className="muted">{t("content.regionPage", { region: page.regionName })}</p>}
      <p className="muted">{t("content.updated", { date: formatDate(page.publishedAt, lang) })}</p>
    </>
  );
}
