import { Link } from "react-router";
import { requireUser } from "~/kit/permissions/current-user.server";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { Localized, useLocalize } from "~/kit/i18n/localized-text";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { Notice } from "~/kit/forms/components";
import { languageOf } from "~/kit/i18n/languages";
import { formatStart } from "../../format";
import { offeringsToKeep } from "../../work/queries.server";
import type { Route } from "./+types/offerings";

export async function loader({ request, params }: Route.LoaderArgs) {
  const user = await requireUser(request, languageOf(params));
  return { organizations: await offeringsToKeep(user) };
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params))("workOfferings.title"));

export default function WorkOfferings({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const localize = useLocalize();
  return (
    <>
      <p>
        <Link to={`/${lang}/work`}>{t("work.backToWork")}</Link>
      </p>
      <h1>{t("workOfferings.title")}</h1>
      <Notice />
      <p>{t("workOfferings.intro")}</p>
      {loaderData.organizations.length > 0 && (
        <p>
          <Link to={`/${lang}/work/offerings/import`}>{t("offeringExchange.importLink")}</Link>
          {" · "}
          <Link to={`/${lang}/work/offerings/export`}>{t("offeringExchange.exportLink")}</Link>
        </p>
      )}
      {loaderData.organizations.length === 0 && <p>{t("workOfferings.none")}</p>}
      {loaderData.organizations.map((org) => (
        <section key={org.id} aria-labelledby={`org-${org.id}`} className="card">
          <h2 id={`org-${org.id}`}>
            <Localized value={org.name} />
          </h2>
          {org.offerings.length === 0 ? (
            <p>{t("workOfferings.none")}</p>
          ) : (
            <ul>
              {org.offerings.map((o) => (
                <li key={o.id}>
                  <Link to={`/${lang}/work/offerings/${o.id}`}>
                    <Localized value={o.name} />
                  </Link>{" "}
                  <span className="muted">({formatStart(o, lang, t)})</span>
                </li>
              ))}
            </ul>
          )}
          <p>
            <Link to={`/${lang}/work/offerings/new?organization=${org.id}`} className="button button--secondary">
              {t("workOfferings.newFor", { name: localize(org.name) })}
            </Link>
          </p>
        </section>
      ))}
    </>
  );
}
