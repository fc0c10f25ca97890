import { Link } from "react-router";
import { pageTitle } from "~/kit/page-title";
import { translator, type MessageKey } from "~/kit/i18n/catalogue";
import { Localized, useLocalize } from "~/kit/i18n/localized-text";
import { languageOf } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { placeName, reference } from "~/reference/public.server";
import { todayInFinland } from "~/kit/dates/calendar";
import { FavouriteButton } from "../components/favourite-button";
import { readFavourites } from "../favourites";
import { formatApplication, formatDuration, formatPrice, formatStart } from "../format";
import { offeringsById, type OfferingDetails } from "../queries.server";
import type { Route } from "./+types/compare";

export async function loader({ params, request }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const offerings = await offeringsById(readFavourites(request.headers.get("Cookie")));
  const ref = await reference();
  const municipalityNames: Record<string, string> = Object.fromEntries(
    offerings.map((o) => [o.municipalityCode, placeName(ref.byCode.get(o.municipalityCode), lang)]),
  );
  return { offerings, municipalityNames, today: todayInFinland() };
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params))("compare.title"));

export default function ComparePage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const text = useLocalize();
  const { offerings, municipalityNames, today } = loaderData;
  const codes = (prefix: string, values: string[]) => values.map((v) => t(`${prefix}.${v}` as MessageKey)).join(", ");
  const rows: { label: string; cell: (o: OfferingDetails) => React.ReactNode }[] = [
    { label: t("offering.provider"), cell: (o) => <Localized value={o.organizationName} /> },
    { label: t("offerings.type"), cell: (o) => t(`offering.type.${o.educationType}` as MessageKey) },
    { label: t("offerings.field"), cell: (o) => t(`offering.field.${o.fieldCode}` as MessageKey) },
    { label: t("offering.start"), cell: (o) => formatStart(o, lang, t) },
    { label: t("offering.duration"), cell: (o) => formatDuration(o, t) },
    { label: t("offering.location"), cell: (o) => municipalityNames[o.municipalityCode] },
    { label: t("offerings.method"), cell: (o) => t(`offering.method.${o.teachingMethod}` as MessageKey) },
    { label: t("offering.languages"), cell: (o) => codes("language", o.teachingLanguages) },
    { label: t("offering.price"), cell: (o) => formatPrice(o.price, lang, t) },
    { label: t("offering.applicationPeriod"), cell: (o) => formatApplication(o, lang, t, today) },
    { label: t("offering.fundingForms"), cell: (o) => codes("offering.funding", o.fundingForms) },
    { label: t("offering.targetGroups"), cell: (o) => codes("targetGroup", o.targetGroups) },
  ];
  return (
    <>
      <h1>{t("compare.title")}</h1>
      <p>
        <Link to={`/${lang}/education`}>{t("compare.backToSearch")}</Link>
      </p>
      {offerings.length === 0 ? (
        <p>{t("compare.empty")}</p>
      ) : (
        // Wide tables scroll inside a focusable region, so that keyboard users can scroll them too.
        <div className="table-scroll" role="region" aria-labelledby="compare-caption" tabIndex={0}>
          <table className="compare">
            <caption id="compare-caption">{t("compare.caption")}</caption>
            <thead>
              <tr>
                <td />
                {offerings.map((o) => (
                  <th key={o.id} scope="col">
                    <Link to={`/${lang}/education/${o.id}`}>
                      <Localized value={o.name} />
                    </Link>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  {offerings.map((o) => (
                    <td key={o.id}>{row.cell(o)}</td>
                  ))}
                </tr>
              ))}
              <tr>
                <td />
                {offerings.map((o) => (
                  <td key={o.id}>
                    <FavouriteButton offeringId={o.id} name={text(o.name)} chosen />
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
