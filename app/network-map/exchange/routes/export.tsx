import { asc } from "drizzle-orm";
import { Form } from "react-router";
import { requireUser } from "~/kit/permissions/current-user.server";
import { isAdmin } from "~/kit/permissions/roles";
import { db } from "~/kit/db/db.server";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { region } from "~/reference/public.server";
import { exchangeKinds } from "../columns";
import { exportScope } from "../export.server";
import type { Route } from "./+types/export";

export async function loader({ request, params }: Route.LoaderArgs) {
  const user = await requireUser(request, String(params.lang));
  const regions = await db().select({ code: region.code, nameFi: region.nameFi, nameSv: region.nameSv }).from(region).orderBy(asc(region.code));
  const requested = new URL(request.url).searchParams.get("region");
  const selected = regions.some((r) => r.code === requested) ? requested : null;
  const scope: "all" | "own" | "none" = isAdmin(user) ? "all" : exportScope(user, null) ? "own" : "none";
  return { regions, selected, scope };
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params))("export.title"));

export default function ExportPage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const { regions, selected, scope } = loaderData;
  const query = selected ? `?region=${selected}` : "";
  return (
    <>
      <h1>{t("export.title")}</h1>
      <p className="lead">{t("export.intro")}</p>
      <p>{t(`export.scope.${scope}`)}</p>
      <Form method="get" className="form narrow">
        <div className="field">
          <label htmlFor="export-region">{t("export.region")}</label>
          <select id="export-region" name="region" defaultValue={selected ?? ""}>
            <option value="">{t("export.anyRegion")}</option>
            {regions.map((r) => (
              <option key={r.code} value={r.code}>
                {lang === "sv" ? r.nameSv : r.nameFi}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--secondary">
          {t("export.show")}
        </button>
      </Form>
      {(selected || scope !== "none") && (
        <>
          <h2>{t("export.downloads")}</h2>
          <ul className="link-list">
            {exchangeKinds.flatMap((kind) =>
              (["csv", "xlsx"] as const).map((format) => (
                <li key={`${kind}.${format}`}>
                  <a href={`/${lang}/work/export/${kind}.${format}${query}`} download>
                    {t(`export.${format}`, { kind: t(`exchange.kind.${kind}`) })}
                  </a>
                </li>
              )),
            )}
          </ul>
        </>
      )}
      <p className="muted">{t("export.privacy")}</p>
    </>
  );
}
