import { Link } from "react-router";
import { requireUser } from "~/accounts/current-user.server";
import { pageTitle } from "~/foundation/routes/language-layout";
import { translator } from "~/i18n/catalogue";
import { Localized } from "~/i18n/components/localized-text";
import { useLanguage, useT } from "~/i18n/use-i18n";
import { Notice, useLocalize } from "~/network-map/work/components";
import { languageOf } from "~/network-map/work/paths";
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
