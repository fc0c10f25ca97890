import { data, Link } from "react-router";
import { pageTitle } from "~/foundation/routes/language-layout";
import { Localized } from "~/i18n/components/localized-text";
import { localize } from "~/i18n/localized";
import { isLanguage } from "~/i18n/languages";
import { useLanguage, useT } from "~/i18n/use-i18n";
import { placeName, reference } from "~/reference/queries.server";
import { Fact, LastVerified } from "../components/entity-parts";
import { entityPath } from "../paths";
import { getOrganizationPage } from "../queries.server";
import { viewerIsNetworkMember } from "../viewer.server";
import type { Route } from "./+types/organization";

export async function loader({ params, request }: Route.LoaderArgs) {
  const lang = isLanguage(params.lang) ? params.lang : "fi";
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
  pageTitle(params.lang, loaderData ? localize(loaderData.organization.name, isLanguage(params.lang) ? params.lang : "fi").text : "");

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
      {loaderData.children.length > 0 && (
        <>
          <h2>{t("organization.children")}</h2>
          <ul className="link-list">
            {loaderData.children.map((c) => (
              <li key={c.id}>
                <Link to={entityPath(lang, "organization", c.id)}>
                  <Localized value={c.name} />
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>{t("organization.services")}</h2>
      <ul className="link-list">
        {loaderData.services.map((s) => (
          <li key={s.id}>
            <Link to={entityPath(lang, "service", s.id)}>
              <Localized value={s.name} />
            </Link>
            {s.status !== "active" && <span className="muted"> – {t(`status.${s.status}` as never)}</span>}
          </li>
        ))}
      </ul>
      <h2>{t("organization.servicePoints")}</h2>
      <ul className="link-list">
        {loaderData.servicePoints.map((p) => (
          <li key={p.id}>
            <Link to={entityPath(lang, "service_point", p.id)}>
              <Localized value={p.name} />
            </Link>
            {" – "}
            {p.streetAddress}, {p.postalCode} {loaderData.pointPlaces[p.id]}
          </li>
        ))}
      </ul>
      {contactPersons.length > 0 && (
        <>
          <h2>{t("organization.contactPersons")}</h2>
          <ul className="link-list">
            {contactPersons.map((p) => (
              <li key={p.id}>
                <Link to={entityPath(lang, "practitioner", p.id)}>{p.name}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>{t("organization.practitioners")}</h2>
      <ul className="link-list">
        {loaderData.practitioners.map((p) => (
          <li key={p.id}>
            <Link to={entityPath(lang, "practitioner", p.id)}>{p.name}</Link>
            {localize(p.title, lang).text && (
              <>
                {", "}
                <Localized value={p.title} />
              </>
            )}
          </li>
        ))}
      </ul>
      <LastVerified at={org.lastVerifiedAt} />
    </article>
  );
}
