import { Link } from "react-router";
import type { MessageKey } from "~/kit/i18n/catalogue";
import { Localized, useLocalize } from "~/kit/i18n/localized-text";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { formatApplication, formatStart } from "../format";
import type { OfferingSummary } from "../search.server";
import { FavouriteButton } from "./favourite-button";

/** One offering in the search results. */
export function OfferingCard({
  offering,
  municipalityName,
  chosen,
  today,
}: {
  offering: OfferingSummary;
  municipalityName: string;
  chosen: boolean;
  today: string;
}) {
  const t = useT();
  const lang = useLanguage();
  const text = useLocalize();
  return (
    <li className="result">
      <p className="result__kind">{t(`offering.type.${offering.educationType}` as MessageKey)}</p>
      <h3>
        <Link to={`/${lang}/education/${offering.id}`}>
          <Localized value={offering.name} />
        </Link>
      </h3>
      <p>
        <Localized value={offering.organizationName} />
      </p>
      <dl className="facts facts--compact">
        <dt>{t("offering.start")}</dt>
        <dd>{formatStart(offering, lang, t)}</dd>
        <dt>{t("offering.location")}</dt>
        <dd>
          {municipalityName} ({t(`offering.method.${offering.teachingMethod}` as MessageKey)})
        </dd>
        <dt>{t("offering.applicationPeriod")}</dt>
        <dd>{formatApplication(offering, lang, t, today)}</dd>
      </dl>
      <FavouriteButton offeringId={offering.id} name={text(offering.name)} chosen={chosen} />
    </li>
  );
}
