import { inArray } from "drizzle-orm";
import { Link } from "react-router";
import { requireUser } from "~/kit/permissions/current-user.server";
import { contactOrganizations, coordinatedRegions, isAdmin } from "~/kit/permissions/roles";
import { db } from "~/kit/db/db.server";
import { pageTitle } from "~/kit/page-title";
import { yearInFinland } from "~/kit/dates/calendar";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { networkMembership } from "~/network-map/public.server";
import { placeName, reference, sortPlaces } from "~/reference/public.server";
import { planningPath } from "../paths";
import type { Route } from "./+types/index";

/** The regions whose plans the user may read: those they coordinate and those of their organisations' networks. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const ref = await reference();
  let codes: string[];
  if (isAdmin(user)) codes = ref.regions.map((r) => r.code);
  else {
    const organizations = contactOrganizations(user);
    const memberOf = organizations.length
      ? (await db().select({ code: networkMembership.regionCode }).from(networkMembership).where(inArray(networkMembership.organizationId, organizations))).map(
          (r) => r.code,
        )
      : [];
    codes = [...new Set([...coordinatedRegions(user), ...memberOf])];
  }
  const regions = sortPlaces(
    ref.regions.filter((r) => codes.includes(r.code)),
    lang,
  ).map((r) => ({ code: r.code, name: placeName(r, lang) }));
  return { regions, year: yearInFinland() };
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params))("planning.title"));

export default function PlanningIndex({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const { regions, year } = loaderData;
  return (
    <>
      <h1>{t("planning.title")}</h1>
      <p className="lead">{t("planning.intro")}</p>
      {regions.length === 0 && <p>{t("planning.noRegions")}</p>}
      {regions.map((r) => (
        <section key={r.code} className="card" aria-labelledby={`region-${r.code}`}>
          <h2 id={`region-${r.code}`}>
            {r.name} {year}
          </h2>
          <ul className="link-list">
            <li>
              <Link to={planningPath(lang, r.code, year, "action-plan")}>{t("planning.actionPlan")}</Link>
            </li>
            <li>
              <Link to={planningPath(lang, r.code, year, "communication")}>{t("planning.communication")}</Link>
            </li>
            <li>
              <Link to={planningPath(lang, r.code, year, "assessment")}>{t("planning.assessment")}</Link>
            </li>
          </ul>
        </section>
      ))}
    </>
  );
}
