import { Form, Link } from "react-router";
import { getCurrentUser } from "~/kit/permissions/current-user.server";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { languageOf } from "~/kit/i18n/languages";
import { placeName, reference, sortPlaces } from "~/reference/public.server";
import { GroupTree } from "../components";
import { canManageGroups } from "../permissions";
import { groupTree } from "../queries.server";
import type { Route } from "./+types/groups";

export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const ref = await reference();
  const requested = new URL(request.url).searchParams.get("region") ?? "";
  // An unknown region is simply not chosen: the page asks for one.
  const regionCode = ref.regions.some((r) => r.code === requested) ? requested : null;
  const user = regionCode ? await getCurrentUser(request) : null;
  return {
    regions: sortPlaces(ref.regions, lang).map((r) => ({ code: r.code, name: placeName(r, lang) })),
    regionCode,
    regionName: regionCode ? placeName(ref.byCode.get(regionCode), lang) : null,
    tree: regionCode ? await groupTree(regionCode) : [],
    canManage: regionCode ? canManageGroups(user, regionCode) : false,
  };
}

export const meta = ({ params, loaderData }: Route.MetaArgs) => {
  const t = translator(languageOf(params));
  return pageTitle(params.lang, loaderData?.regionName ? `${t("groups.title")}: ${loaderData.regionName}` : t("groups.title"));
};

export default function GroupsPage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const { regionCode, tree } = loaderData;
  return (
    <>
      <h1>{loaderData.regionName ? `${t("groups.title")}: ${loaderData.regionName}` : t("groups.title")}</h1>
      <p>{t("groups.intro")}</p>
      <Form method="get" className="form form--inline">
        <div className="field">
          <label htmlFor="group-region">{t("groups.region")}</label>
          <select id="group-region" name="region" defaultValue={regionCode ?? ""}>
            <option value="">{t("groups.chooseRegion")}</option>
            {loaderData.regions.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--secondary">
          {t("groups.show")}
        </button>
      </Form>
      {regionCode && loaderData.canManage && (
        <p>
          <Link to={`/${lang}/work/groups/new?region=${regionCode}`} className="button">
            {t("groups.new")}
          </Link>
        </p>
      )}
      {!regionCode ? <p>{t("groups.chooseRegion")}</p> : tree.length === 0 ? <p>{t("groups.none")}</p> : <GroupTree nodes={tree} />}
    </>
  );
}
