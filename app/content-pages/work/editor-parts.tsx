import { Link } from "react-router";
import { formatDateTime } from "~/kit/format";
import { pageLanguages, type PageLanguage } from "~/kit/i18n/page-languages";
import type { Language } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";

/** Links to the page's language versions, the interface languages first; the current one is marked. */
export function LanguageTabs({
  pageId,
  language,
  to,
}: {
  pageId: string;
  language: PageLanguage;
  to: (lang: Language, pageId: string, language: PageLanguage) => string;
}) {
  const t = useT();
  const lang = useLanguage();
  return (
    <nav aria-label={t("content.editor.languages")} className="language-tabs">
      <ul>
        {pageLanguages.map((l) => (
          <li key={l}>
            <Link to={to(lang, pageId, l)} aria-current={l === language ? "page" : undefined}>
              {t(`language.${l}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** What is public and what is a draft in this language. */
export function PageStatus({
  latest,
  published,
  language,
}: {
  latest: { version: number } | null;
  published: { version: number; at: Date | string; by: string } | null;
  language: PageLanguage;
}) {
  const t = useT();
  const lang = useLanguage();
  return (
    <div className="card">
      <p>{t("content.editor.editing", { language: t(`language.${language}`) })}</p>
      {!latest && <p>{t("content.editor.noText")}</p>}
      <p>
        {published
          ? t("content.editor.published", { version: published.version, date: formatDateTime(published.at, lang), by: published.by })
          : t("content.editor.notPublished")}
      </p>
      {latest && published?.version !== latest.version && <p>{t("content.editor.newerDraft", { version: latest.version })}</p>}
    </div>
  );
}

/** "suomi: julkaistu versio 2" and the like, for the list of pages. */
export function languageState(t: ReturnType<typeof useT>, l: { language: Language; latest: number | null; published: number | null }) {
  const language = t(`language.${l.language}`);
  if (l.latest === null) return t("content.work.state.none", { language });
  if (l.published === null) return t("content.work.state.draft", { language, version: l.latest });
  if (l.published === l.latest) return t("content.work.state.published", { language, version: l.published });
  return t("content.work.state.newerDraft", { language, published: l.published, version: l.latest });
}
