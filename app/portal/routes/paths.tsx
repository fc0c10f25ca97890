import { Link } from "react-router";
import { config } from "~/kit/config.server";
import { pageTitle } from "~/kit/page-title";
import { translator, type MessageKey } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { lifePaths, pathKey } from "../paths";
import type { Route } from "./+types/paths";

export const loader = ({ params }: Route.LoaderArgs) => ({ canonical: `${config.publicUrl}/${languageOf(params)}/paths` });

export const meta = ({ params, data }: Route.MetaArgs) => {
  const t = translator(languageOf(params));
  return [...pageTitle(params.lang, t("paths.title"), t("paths.description")), ...(data ? [{ tagName: "link", rel: "canonical", href: data.canonical }] : [])];
};

/** The life-situation paths, one link each with its lead. */
export default function Paths() {
  const t = useT();
  const lang = useLanguage();
  return (
    <>
      <h1>{t("paths.title")}</h1>
      <p className="lead">{t("paths.intro")}</p>
      <ul className="results">
        {lifePaths.map((p) => (
          <li key={p.slug} className="result">
            <h2>
              <Link to={`/${lang}/paths/${p.slug}`}>{t(pathKey(p.slug, "title") as MessageKey)}</Link>
            </h2>
            <p>{t(pathKey(p.slug, "lead") as MessageKey)}</p>
          </li>
        ))}
      </ul>
      <p>
        <Link to={`/${lang}/guide`}>{t("paths.guideLink")}</Link>
      </p>
    </>
  );
}
