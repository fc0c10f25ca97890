import { data, Link } from "react-router";
import { pageTitle } from "~/kit/page-title";
import { Localized } from "~/kit/i18n/localized-text";
import { localize } from "~/kit/i18n/localized";
import { languageOf } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { placeName, reference, sortPlaces } from "~/reference/public.server";
import { CodeTags, Fact, LastVerified } from "../components/entity-parts";
import { addressLine, EntityLinks } from "../components/entity-links";
import { entityPath } from "../paths";
import { bookableServiceIds } from "../booking-links.server";
import { getServicePage } from "../queries.server";
import { serviceActions } from "../service-actions.server";
import { viewerIsNetworkMember } from "../viewer.server";
import type { Route } from "./+types/service";

export async function loader({ params, request }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const page = await getServicePage(params.id, await viewerIsNetworkMember(request));
  if (!page) throw data(null, { status: 404 });
  const ref = await reference();
  const area = sortPlaces(
    ref.municipalities.filter((m) => page.service.areaMunicipalities.includes(m.code)),
    lang,
  );
  // A service for every municipality of a region is shown as the region, not a list of 21 names.
  const regionsCovered = ref.regions.filter((r) => {
    const all = ref.municipalities.filter((m) => m.regionCode === r.code);
    return all.length > 0 && all.every((m) => page.service.areaMunicipalities.includes(m.code));
  });
  const areaNames = [
    ...regionsCovered.map((r) => placeName(r, lang)),
    ...area.filter((m) => !regionsCovered.some((r) => r.code === m.regionCode)).map((m) => placeName(m, lang)),
  ];
  const bookableId = (await bookableServiceIds([page.service.id])).get(page.service.id) ?? null;
  return {
    ...page,
    bookingPath: bookableId ? `/${lang}/book/${bookableId}` : null,
    actions: await serviceActions(page.service, lang),
    areaNames,
    pointPlaces: Object.fromEntries(page.servicePoints.map((p) => [p.id, placeName(ref.byCode.get(p.municipalityCode), lang)])),
  };
}

export const meta = ({ params, data: loaderData }: Route.MetaArgs) =>
  pageTitle(params.lang, loaderData ? localize(loaderData.service.name, languageOf(params)).text : "");

export default function ServicePage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const { service } = loaderData;
  return (
    <article>
      <p className="result__kind">{t("search.kind.service")}</p>
      <h1>
        <Localized value={service.name} />
      </h1>
      <Localized value={service.description} as="p" />
      {loaderData.bookingPath && (
        <p>
          <Link className="button" to={loaderData.bookingPath}>
            {t("service.book")}
          </Link>
        </p>
      )}
      {loaderData.actions.length > 0 && (
        <ul className="service-actions">
          {loaderData.actions.map((a) => (
            <li key={a.href}>
              <a href={a.href} className="button" id={a.id}>
                {a.label}
              </a>
            </li>
          ))}
        </ul>
      )}
      <dl className="facts">
        <Fact term={t("service.organization")}>
          <Link to={entityPath(lang, "organization", service.organizationId)}>
            <Localized value={loaderData.organizationName} />
          </Link>
        </Fact>
        <Fact term={t("service.targetGroups")}>
          {service.targetGroups.length > 0 && <CodeTags prefix="targetGroup" codes={service.targetGroups} label={t("service.targetGroups")} />}
        </Fact>
        <Fact term={t("service.topics")}>{service.topics.length > 0 && <CodeTags prefix="topic" codes={service.topics} label={t("service.topics")} />}</Fact>
        <Fact term={t("service.languages")}>
          {service.languages.length > 0 && <CodeTags prefix="language" codes={service.languages} label={t("service.languages")} />}
        </Fact>
        <Fact term={t("service.area")}>{loaderData.areaNames.join(", ")}</Fact>
        <Fact term={t("service.cost")}>
          {t(`cost.${service.cost}` as never)}
          {localize(service.costDescription, lang).text && (
            <>
              {" – "}
              <Localized value={service.costDescription} />
            </>
          )}
        </Fact>
        <Fact term={t("service.status")}>{t(`status.${service.status}` as never)}</Fact>
        <Fact term={t("service.website")}>{service.website && <a href={service.website}>{service.website}</a>}</Fact>
        <Fact term={t("service.email")}>{service.email && <a href={`mailto:${service.email}`}>{service.email}</a>}</Fact>
      </dl>
      {loaderData.channels.length > 0 && (
        <>
          <h2>{t("service.channels")}</h2>
          <ul className="link-list">
            {loaderData.channels.map((c) => (
              <li key={c.id}>
                <strong>{t(`channel.${c.channel}` as never)}</strong>
                {c.contact && (
                  <>
                    {": "}
                    {c.contact.startsWith("http") ? (
                      <a href={c.contact}>{c.contact}</a>
                    ) : c.contact.includes("@") ? (
                      <a href={`mailto:${c.contact}`}>{c.contact}</a>
                    ) : c.contact.startsWith("+") || /^\d/.test(c.contact) ? (
                      <a href={`tel:${c.contact.replace(/\s/g, "")}`}>{c.contact}</a>
                    ) : (
                      c.contact
                    )}
                  </>
                )}
                {localize(c.hours, lang).text && (
                  <>
                    {" ("}
                    <Localized value={c.hours} />
                    {")"}
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <EntityLinks
        heading={t("service.servicePoints")}
        kind="service_point"
        items={loaderData.servicePoints.map((p) => ({ ...p, detail: addressLine(p, loaderData.pointPlaces[p.id]) }))}
      />
      <EntityLinks heading={t("service.practitioners")} kind="practitioner" items={loaderData.practitioners} />
      <LastVerified at={service.lastVerifiedAt} />
    </article>
  );
}
