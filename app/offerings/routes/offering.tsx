import { data, Link } from "react-router";
import { CodeTags, Fact } from "~/network-map/public";
import { pageTitle } from "~/kit/page-title";
import type { MessageKey } from "~/kit/i18n/catalogue";
import { Localized, useLocalize } from "~/kit/i18n/localized-text";
import { localize } from "~/kit/i18n/localized";
import { languageOf } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { placeName, reference } from "~/reference/public.server";
import { todayInFinland } from "~/kit/dates/calendar";
import { FavouriteButton } from "../components/favourite-button";
import { readFavourites } from "../favourites";
import { formatApplication, formatDuration, formatPrice, formatStart } from "../format";
import { courseJsonLd, scriptJson } from "../json-ld";
import { isUuid } from "~/kit/validation/uuid";
import { offeringById } from "../queries.server";
import type { Route } from "./+types/offering";

export async function loader({ params, request }: Route.LoaderArgs) {
  const lang = languageOf(params);
  if (!isUuid(params.id)) throw data(null, { status: 404 });
  const offering = await offeringById(params.id);
  if (!offering) throw data(null, { status: 404 });
  const ref = await reference();
  const municipalityName = placeName(ref.byCode.get(offering.municipalityCode), lang);
  const url = new URL(`/${lang}/education/${offering.id}`, request.url).toString();
  return {
    offering,
    municipalityName,
    jsonLd: scriptJson(courseJsonLd(offering, { lang, url, municipalityName })),
    chosen: readFavourites(request.headers.get("Cookie")).includes(offering.id),
    today: todayInFinland(),
  };
}

export const meta = ({ params, data: loaderData }: Route.MetaArgs) =>
  pageTitle(params.lang, loaderData ? localize(loaderData.offering.name, languageOf(params)).text : "");

/** Opintopolku's search for an education by name, in the page's language. */
const opintopolkuSearch = (lang: string, name: string) => `https://opintopolku.fi/konfo/${lang}/haku/${encodeURIComponent(name)}`;

export default function OfferingPage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const text = useLocalize();
  const { offering, municipalityName, today } = loaderData;
  return (
    <article>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: loaderData.jsonLd }} />
      <p className="result__kind">{t(`offering.type.${offering.educationType}` as MessageKey)}</p>
      <h1>
        <Localized value={offering.name} />
      </h1>
      <Localized value={offering.description} as="p" />
      {/* A <div>, not a <p>: the HTML parser ends a paragraph at a <form>, so the browser's page would
          differ from React's and hydration would fail (React error #418, issue 13). */}
      <div className="offering-actions">
        <FavouriteButton offeringId={offering.id} name={text(offering.name)} chosen={loaderData.chosen} />{" "}
        <Link to={`/${lang}/education/compare`}>{t("compare.title")}</Link>
      </div>
      <h2>{t("offering.details")}</h2>
      <dl className="facts">
        <Fact term={t("offering.provider")}>
          <Link to={`/${lang}/organisations/${offering.organizationId}`}>
            <Localized value={offering.organizationName} />
          </Link>
        </Fact>
        <Fact term={t("offerings.field")}>{t(`offering.field.${offering.fieldCode}` as MessageKey)}</Fact>
        <Fact term={t("offering.start")}>{formatStart(offering, lang, t)}</Fact>
        <Fact term={t("offering.duration")}>{formatDuration(offering, t)}</Fact>
        <Fact term={t("offering.location")}>{municipalityName}</Fact>
        <Fact term={t("offerings.method")}>{t(`offering.method.${offering.teachingMethod}` as MessageKey)}</Fact>
        <Fact term={t("offering.languages")}>
          <CodeTags prefix="language" codes={offering.teachingLanguages} label={t("offering.languages")} />
        </Fact>
        <Fact term={t("offering.price")}>
          {formatPrice(offering.price, lang, t)}
          {localize(offering.costDescription, lang).text && (
            <>
              {" – "}
              <Localized value={offering.costDescription} />
            </>
          )}
        </Fact>
        <Fact term={t("offering.applicationPeriod")}>{formatApplication(offering, lang, t, today)}</Fact>
        <Fact term={t("offering.fundingForms")}>
          {offering.fundingForms.length > 0 && <CodeTags prefix="offering.funding" codes={offering.fundingForms} label={t("offering.fundingForms")} />}
        </Fact>
        <Fact term={t("offering.targetGroups")}>
          {offering.targetGroups.length > 0 && <CodeTags prefix="targetGroup" codes={offering.targetGroups} label={t("offering.targetGroups")} />}
        </Fact>
        <Fact term={t("offering.website")}>{offering.website && <a href={offering.website}>{offering.website}</a>}</Fact>
      </dl>
      <section aria-labelledby="offering-apply" className="card">
        <h2 id="offering-apply">{t("offering.apply")}</h2>
        {/* No dead ends (decision 0189): the provider's application page, or else Opintopolku's search for the name. */}
        <p>
          <a className="button" href={offering.applicationUrl ?? opintopolkuSearch(lang, text(offering.name))}>
            {offering.applicationUrl ? t("offering.applyLink") : t("offering.applyOpintopolku")}
          </a>
        </p>
        <p>
          <Link to={`/${lang}/organisations/${offering.organizationId}`}>{t("offering.contact", { organization: text(offering.organizationName) })}</Link>
        </p>
        {(offering.organizationEmail || offering.organizationPhone) && (
          <dl className="facts facts--compact">
            {offering.organizationEmail && (
              <>
                <dt>{t("offering.contactEmail")}</dt>
                <dd>
                  <a href={`mailto:${offering.organizationEmail}`}>{offering.organizationEmail}</a>
                </dd>
              </>
            )}
            {offering.organizationPhone && (
              <>
                <dt>{t("offering.contactPhone")}</dt>
                <dd>
                  <a href={`tel:${offering.organizationPhone.replace(/\s/g, "")}`}>{offering.organizationPhone}</a>
                </dd>
              </>
            )}
          </dl>
        )}
      </section>
    </article>
  );
}
