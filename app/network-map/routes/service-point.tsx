import { data, Link } from "react-router";
import { pageTitle } from "~/kit/page-title";
import { Localized } from "~/kit/i18n/localized-text";
import { localize } from "~/kit/i18n/localized";
import { languageOf } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { placeName, reference } from "~/reference/public.server";
import { weekdays } from "../code-lists";
import { Fact, LastVerified } from "../components/entity-parts";
import { EntityLinks } from "../components/entity-links";
import { entityPath } from "../paths";
import { getServicePointPage } from "../queries.server";
import { viewerIsNetworkMember } from "../viewer.server";
import type { Route } from "./+types/service-point";

export async function loader({ params, request }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const page = await getServicePointPage(params.id, await viewerIsNetworkMember(request));
  if (!page) throw data(null, { status: 404 });
  const ref = await reference();
  const m = ref.municipalities.find((x) => x.code === page.servicePoint.municipalityCode);
  return { ...page, municipalityName: placeName(m, lang), regionCode: m?.regionCode ?? null };
}

export const meta = ({ params, data: loaderData }: Route.MetaArgs) =>
  pageTitle(params.lang, loaderData ? localize(loaderData.servicePoint.name, languageOf(params)).text : "");

export default function ServicePointPage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const { servicePoint: point } = loaderData;
  const hours = [...point.openingHours].sort((a, b) => weekdays.indexOf(a.day) - weekdays.indexOf(b.day));
  return (
    <article>
      <p className="result__kind">{t("search.kind.service_point")}</p>
      <h1>
        <Localized value={point.name} />
      </h1>
      <dl className="facts">
        <Fact term={t("service.organization")}>
          <Link to={entityPath(lang, "organization", point.organizationId)}>
            <Localized value={loaderData.organizationName} />
          </Link>
        </Fact>
        <Fact term={t("servicePoint.address")}>
          {point.streetAddress}, {point.postalCode} {loaderData.municipalityName}
        </Fact>
        <Fact term={t("servicePoint.municipality")}>{loaderData.municipalityName}</Fact>
        <Fact term={t("servicePoint.accessibility")}>{localize(point.accessibility, lang).text && <Localized value={point.accessibility} />}</Fact>
      </dl>
      {loaderData.regionCode && point.latitude !== null && (
        <p>
          <Link to={`/${lang}/map?region=${loaderData.regionCode}#point-${point.id}`}>{t("servicePoint.onMap")}</Link>
        </p>
      )}
      {hours.length > 0 && (
        <>
          <h2>{t("servicePoint.openingHours")}</h2>
          <table className="data">
            <tbody>
              {hours.map((h, i) => (
                <tr key={`${h.day}-${i}`}>
                  <th scope="row">{t(`weekday.${h.day}` as never)}</th>
                  <td>
                    {h.opens}–{h.closes}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <EntityLinks heading={t("servicePoint.services")} kind="service" items={loaderData.services} />
      <EntityLinks heading={t("servicePoint.practitioners")} kind="practitioner" items={loaderData.practitioners} />
      <LastVerified at={point.lastVerifiedAt} />
    </article>
  );
}
