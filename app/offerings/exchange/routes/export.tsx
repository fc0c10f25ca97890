import { Link } from "react-router";
import { requireUser } from "~/kit/permissions/current-user.server";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { offeringsToKeep } from "../../work/queries.server";
import type { Route } from "./+types/export";

/** `/:lang/work/offerings/export`: the download links of the offerings the user keeps. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const user = await requireUser(request, languageOf(params));
  return { canExport: (await offeringsToKeep(user)).length > 0 };
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params))("offeringExchange.exportTitle"));

export default function OfferingExportPage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  return (
    <>
      <p>
        <Link to={`/${lang}/work/offerings`}>{t("workOfferings.title")}</Link>
      </p>
      <h1>{t("offeringExchange.exportTitle")}</h1>
      <p className="lead">{t("offeringExchange.exportIntro")}</p>
      {loaderData.canExport ? (
        <>
          <h2>{t("export.downloads")}</h2>
          <ul className="link-list">
            <li>
              <a href={`/${lang}/work/offerings/export/offerings.csv`} download>
                {t("offeringExchange.csv")}
              </a>
            </li>
            <li>
              <a href={`/${lang}/work/offerings/export/offerings.xlsx`} download>
                {t("offeringExchange.xlsx")}
              </a>
            </li>
          </ul>
        </>
      ) : (
        <p>{t("offeringExchange.exportNone")}</p>
      )}
      <p>
        <Link to={`/${lang}/work/offerings/import`}>{t("offeringExchange.importLink")}</Link>
      </p>
    </>
  );
}
