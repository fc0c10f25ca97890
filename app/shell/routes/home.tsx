import { asc, sql } from "drizzle-orm";
import { Form, Link } from "react-router";
import { db } from "~/kit/db/db.server";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { region } from "~/reference/schema.server";
import { networkMembership } from "../../network-map/schema.server";
import type { MessageKey } from "~/kit/i18n/catalogue";
import { lifePaths, pathKey } from "~/portal/paths";
import { languageOf } from "~/kit/i18n/languages";
import { NextVisits } from "~/mobile-point/public";
import { frontPageVisits } from "~/mobile-point/public.server";
import { immigrantGuidanceLinks } from "~/content-pages/public.server";
import { textDirection } from "~/kit/i18n/page-languages";
import type { Route } from "./+types/home";

export async function loader({ params }: Route.LoaderArgs) {
  // Regions that have a network, i.e. at least one member organisation.
  const regions = await db()
    .select({ code: region.code, nameFi: region.nameFi, nameSv: region.nameSv })
    .from(region)
    .where(sql`exists (select 1 from ${networkMembership} m where m.region_code = ${region.code})`)
    .orderBy(asc(region.code));
  const lang = languageOf(params);
  const [visits, otherLanguages] = await Promise.all([frontPageVisits(lang), immigrantGuidanceLinks(lang)]);
  return { regions, visits, otherLanguages };
}

export const meta = ({ params }: Route.MetaArgs) =>
  pageTitle(params.lang, translator(params.lang === "sv" || params.lang === "en" ? params.lang : "fi")("home.title"));

export default function Home({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  return (
    <>
      <h1>{t("home.title")}</h1>
      <p className="lead">{t("home.intro")}</p>
      <Form method="get" action={`/${lang}/search`} className="search-box" role="search">
        <label htmlFor="home-q">{t("home.searchLabel")}</label>
        <div className="search-box__row">
          <input id="home-q" name="q" type="search" maxLength={200} />
          <button type="submit" className="button">
            {t("home.searchButton")}
          </button>
        </div>
      </Form>
      <section aria-labelledby="home-paths-heading">
        <h2 id="home-paths-heading">
          <Link to={`/${lang}/paths`}>{t("paths.title")}</Link>
        </h2>
        <ul className="link-list">
          {lifePaths.map((p) => (
            <li key={p.slug}>
              <Link to={`/${lang}/paths/${p.slug}`}>{t(pathKey(p.slug, "title") as MessageKey)}</Link>
            </li>
          ))}
        </ul>
        <p>
          <Link to={`/${lang}/guide`}>{t("paths.guideLink")}</Link>
        </p>
        <p>
          <Link to={`/${lang}/chat`} id="home-chat-link">
            {t("chat.frontLink")}
          </Link>
        </p>
      </section>
      {loaderData.otherLanguages.length > 0 && (
        <section aria-labelledby="home-languages-heading">
          <h2 id="home-languages-heading">{t("home.otherLanguages")}</h2>
          {/* Each link is written in the language it leads to, so that a reader recognises their own. */}
          <ul className="link-list">
            {loaderData.otherLanguages.map((link) => (
              <li key={link.language}>
                <a href={link.href} lang={link.language} hrefLang={link.language} dir={textDirection(link.language)}>
                  {link.text}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <NextVisits visits={loaderData.visits} />
      <h2>{t("home.regions")}</h2>
      <ul className="link-list">
        {loaderData.regions.map((r) => (
          <li key={r.code}>
            <Link to={`/${lang}/search?region=${r.code}`}>{lang === "sv" ? r.nameSv : r.nameFi}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
