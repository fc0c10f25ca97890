import { data, Link } from "react-router";
import { pageTitle } from "~/kit/page-title";
import { Localized } from "~/kit/i18n/localized-text";
import { localize } from "~/kit/i18n/localized";
import { languageOf } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { placeName, reference } from "~/reference/public.server";
import { Fact, LastVerified } from "../components/entity-parts";
import { addressLine, EntityLinks } from "../components/entity-links";
import { entityPath } from "../paths";
import { getOrganizationPage } from "../queries.server";
import { viewerIsNetworkMember } from "../viewer.server";
import type { Route } from "./+types/organization";

export async function loader({ params, request }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const page = await getOrganizationPage(params.id, await viewerIsNetworkMember(request));
  if (!page) throw data(null, { status: 404 });
  const ref = await reference();
  return {
    ...page,
    regions: page.regionCodes.map((code) => placeName(ref.byCode.get(code), lang)),
    pointPlaces: Object.fromEntries(page.servicePoints.map((p) => [p.id, placeName(ref.byCode.get(p.municipalityCode), lang)])),
  };
}

export const meta = ({ params, data: loaderData }: Route.MetaArgs) =>
  pageTitle(params.lang, loaderData ? localize(loaderData.organization.name, languageOf(params)).text : "");

export default function OrganizationPage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const { organization: org } = loaderData;
  const contactPersons = loaderData.practitioners.filter((p) => p.isContactPerson);
  return (
    <article>
      <p className="result__kind">{t("search.kind.organization")}</p>
      <h1>
        <Localized value={org.name} />
      </h1>
      <Localized value={org.description} as="p" />
      <dl className="facts">
        <Fact term={t("organization.type")}>{t(`organizationType.${org.type}` as never)}</Fact>
        <Fact term={t("organization.businessId")}>{org.businessId}</Fact>
        <Fact term={t("organization.website")}>{org.website && <a href={org.website}>{org.website}</a>}</Fact>
        <Fact term={t("organization.email")}>{org.email && <a href={`mailto:${org.email}`}>{org.email}</a>}</Fact>
        <Fact term={t("organization.phone")}>{org.phone && <a href={`tel:${org.phone.replace(/\s/g, "")}`}>{org.phone}</a>}</Fact>
        <Fact term={t("organization.parent")}>
          {loaderData.parent && (
            <Link to={entityPath(lang, "organization", loaderData.parent.id)}>
              <Localized value={loaderData.parent.name} />
            </Link>
          )}
        </Fact>
        <Fact term={t("organization.networks")}>{loaderData.regions.join(", ")}</Fact>
      </dl>
      <p>
        <a href={`/${lang}/organisations/${org.id}/vcard`} download>
          {t("entity.vcard")}
        </a>
      </p>
      <EntityLinks heading={t("organization.children")} kind="organization" items={loaderData.children} />
      <EntityLinks
        heading={t("organization.services")}
        kind="service"
        showEmpty
        items={loaderData.services.map((s) => ({ ...s, detail: s.status !== "active" && t(`status.${s.status}` as never) }))}
      />
      <EntityLinks
        heading={t("organization.servicePoints")}
        kind="service_point"
        showEmpty
        items={loaderData.servicePoints.map((p) => ({ ...p, detail: addressLine(p, loaderData.pointPlaces[p.id]) }))}
      />
      <EntityLinks heading={t("organization.contactPersons")} kind="practitioner" items={contactPersons} />
      <EntityLinks
        heading={t("organization.practitioners")}
        kind="practitioner"
        showEmpty
        items={loaderData.practitioners.map((p) => ({ ...p, detail: localize(p.title, lang).text && <Localized value={p.title} /> }))}
      />
      <LastVerified at={org.lastVerifiedAt} />
    </article>
  );
}
