import { coordinatedRegions, isAdmin } from "~/kit/permissions/roles";
import { requireUser } from "~/kit/permissions/current-user.server";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { useT } from "~/kit/i18n/use-i18n";
import { BackLink } from "~/network-map/work/components";
import { forbiddenResponse } from "~/kit/http/respond.server";
import { languageOf } from "~/kit/i18n/languages";
import { findStaleEntries } from "~/network-map/work/stale-entries.server";
import { StaleTable } from "~/network-map/work/stale-table";
import type { Route } from "./+types/stale";

export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  // Coordinators see their regions' networks, admins all; nobody else keeps these lists.
  if (!isAdmin(user) && coordinatedRegions(user).length === 0) throw forbiddenResponse(lang);
  const entries = await findStaleEntries({ regionCodes: isAdmin(user) ? "all" : coordinatedRegions(user) });
  return { entries };
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params))("work.staleTitle"));

export default function Stale({ loaderData }: Route.ComponentProps) {
  const t = useT();
  return (
    <>
      <BackLink />
      <h1>{t("work.staleTitle")}</h1>
      <p className="lead">{t("work.staleIntro")}</p>
      {loaderData.entries.length > 0 && <p>{t("work.staleCount", { count: loaderData.entries.length })}</p>}
      <StaleTable entries={loaderData.entries} caption={t("work.staleTitle")} />
    </>
  );
}
