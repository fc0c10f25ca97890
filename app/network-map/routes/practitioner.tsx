import { data, Link } from "react-router";
import { pageTitle } from "~/kit/page-title";
import { Localized } from "~/kit/i18n/localized-text";
import { localize } from "~/kit/i18n/localized";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { placeName, reference } from "~/reference/public.server";
import { CodeTags, Fact, LastVerified } from "../components/entity-parts";
import { addressLine, EntityLinks } from "../components/entity-links";
import { entityPath } from "../paths";
import { getPractitionerPage } from "../queries.server";
import { viewerIsNetworkMember } from "../viewer.server";
import type { Route } from "./+types/practitioner";
import { languageOf } from "~/kit/i18n/languages";

export async function loader({ params, request }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const page = await getPractitionerPage(params.id, await viewerIsNetworkMember(request));
  if (!page) throw data(null, { status: 404 });
  const ref = await reference();
  return { ...page, pointPlaces: Object.fromEntries(page.servicePoints.map((p) => [p.id, placeName(ref.byCode.get(p.municipalityCode), lang)])) };
}

export const meta = ({ params, data: loaderData }: Route.MetaArgs) =>
  pageTitle(params.lang, loaderData ? `${loaderData.givenName} ${loaderData.familyName}` : "");

export default function PractitionerPage({ loaderData: p }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  return (
    <article>
      <p className="result__kind">{t("search.kind.practitioner")}</p>
      <h1>
        {p.givenName} {p.familyName}
      </h1>
      {localize(p.title, lang).text && <Localized value={p.title} as="p" />}
      <dl className="facts">
        <Fact term={t("practitioner.organization")}>
          <Link to={entityPath(lang, "organization", p.organizationId)}>
            <Localized value={p.organizationName} />
          </Link>
        </Fact>
        <Fact term={t("practitioner.email")}>{p.email && <a href={`mailto:${p.email}`}>{p.email}</a>}</Fact>
        <Fact term={t("practitioner.phone")}>{p.phone && <a href={`tel:${p.phone.replace(/\s/g, "")}`}>{p.phone}</a>}</Fact>
        <Fact term={t("practitioner.competenceAreas")}>
          {p.competenceAreas.length > 0 && <CodeTags prefix="competence" codes={p.competenceAreas} label={t("practitioner.competenceAreas")} />}
        </Fact>
        <Fact term={t("practitioner.languages")}>
          {p.languages.length > 0 && <CodeTags prefix="language" codes={p.languages} label={t("practitioner.languages")} />}
        </Fact>
        <Fact term={t("practitioner.contactPerson")}>{p.isContactPerson && t("common.yes")}</Fact>
      </dl>
      <p>
        <a href={`/${lang}/practitioners/${p.id}/vcard`} download>
          {t("entity.vcard")}
        </a>
      </p>
      <EntityLinks heading={t("practitioner.services")} kind="service" items={p.services} />
      <EntityLinks
        heading={t("practitioner.servicePoints")}
        kind="service_point"
        items={p.servicePoints.map((s) => ({ ...s, detail: addressLine(s, p.pointPlaces[s.id]) }))}
      />
      <LastVerified at={p.lastVerifiedAt} />
    </article>
  );
}
