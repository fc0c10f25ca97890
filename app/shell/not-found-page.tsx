import { Link } from "react-router";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";

/**
 * What a 404 shows below the header (issue 13): what happened, a search, and the main ways on, in
 * the language of the address. A plain GET form and links, so it needs no script.
 */
export function NotFoundPage() {
  const t = useT();
  const lang = useLanguage();
  const waysOn = [
    { to: `/${lang}`, label: t("error.backHome") },
    { to: `/${lang}/search`, label: t("layout.nav.search") },
    { to: `/${lang}/paths`, label: t("paths.nav") },
    { to: `/${lang}/education`, label: t("offerings.nav") },
    { to: `/${lang}/studying`, label: t("content.section.studying") },
  ];
  return (
    <div className="not-found">
      <h1>{t("notFound.title")}</h1>
      <p className="lead">{t("notFound.lead")}</p>
      <form method="get" action={`/${lang}/search`} className="search-box" role="search">
        <label htmlFor="not-found-q">{t("notFound.searchLabel")}</label>
        <div className="search-box__row">
          <input id="not-found-q" name="q" type="search" maxLength={200} />
          <button type="submit" className="button">
            {t("home.searchButton")}
          </button>
        </div>
      </form>
      <h2>{t("notFound.waysOn")}</h2>
      <ul className="link-list">
        {waysOn.map((way) => (
          <li key={way.to}>
            <Link to={way.to}>{way.label}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
