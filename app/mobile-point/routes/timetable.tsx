import { data, Form, Link } from "react-router";
import { areaMap } from "~/network-map/public.server";
import { PlaceSelect } from "~/kit/search/facet-controls";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { localize } from "~/kit/i18n/localized";
import { languageOf } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { config } from "~/kit/config.server";
import { placeName, reference, sortPlaces } from "~/reference/public.server";
import { municipalitiesWithVisits, regionsWithVisits, timetable } from "../queries.server";
import { languageNames, onBoardNames, visitWhen } from "../visit-text";
import { MobilePointMap } from "../components/visit-map";
import { kindKey } from "../visit-text";
import type { Route } from "./+types/timetable";

const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

/**
 * The public timetable of the mobile points (decision 0201): per region and municipality, as a list
 * and on the map, without JavaScript. Changes and cancellations are said at the top and at the visit.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const t = translator(lang);
  const ref = await reference();
  const search = new URL(request.url).searchParams;
  const regionParam = search.get("region") || undefined;
  const municipalityParam = search.get("municipality") || undefined;
  if (regionParam && !ref.regions.some((r) => r.code === regionParam)) throw data(t("search.badParameter", { name: "region" }), { status: 400 });
  const chosenMunicipality = municipalityParam ? ref.municipalities.find((m) => m.code === municipalityParam) : undefined;
  if (municipalityParam && !chosenMunicipality) throw data(t("search.badParameter", { name: "municipality" }), { status: 400 });
  // A municipality outside the chosen region wins: it is the more exact choice.
  const regionCode = chosenMunicipality?.regionCode ?? regionParam;
  const name = (code: string) => placeName(ref.byCode.get(code), lang);

  const [{ visits, organizations }, regionCodes, municipalityCodes] = await Promise.all([
    timetable({ regionCode, municipalityCode: chosenMunicipality?.code }),
    regionsWithVisits(),
    municipalitiesWithVisits(regionCode),
  ]);
  const shown = visits.map((v) => {
    const when = visitWhen(v.startsAt, v.endsAt, lang);
    return {
      id: v.id,
      point: localize(v.pointName, lang).text,
      kind: v.pointKind,
      municipality: name(v.municipalityCode),
      placeName: v.placeName,
      address: [v.streetAddress, `${v.postalCode} ${name(v.municipalityCode)}`.trim()].filter(Boolean).join(", "),
      day: when.day,
      dayKey: when.dayKey,
      hours: when.hours,
      languages: languageNames(v.languages, t),
      onBoard: onBoardNames(v.organizationIds, organizations, lang),
      note: v.note,
      cancelled: v.status === "cancelled",
      changeReason: v.changeReason,
      latitude: v.latitude,
      longitude: v.longitude,
    };
  });
  const map = areaMap(
    chosenMunicipality?.code ?? regionCode ?? null,
    shown
      .filter((v) => !v.cancelled)
      .map((v) => ({ key: v.id, latitude: v.latitude, longitude: v.longitude, label: `${v.placeName}, ${v.municipality}, ${v.day} ${v.hours}` })),
    ref,
    lang,
  );
  const pageUrl = `${config.publicUrl}/${lang}/mobile-points`;
  const jsonLd = shown.map((v, i) => ({
    "@context": "https://schema.org",
    "@type": "Event",
    name: `${v.point}: ${v.placeName}`,
    startDate: visits[i].startsAt.toISOString(),
    endDate: visits[i].endsAt.toISOString(),
    eventStatus: v.cancelled
      ? "https://schema.org/EventCancelled"
      : v.changeReason
        ? "https://schema.org/EventRescheduled"
        : "https://schema.org/EventScheduled",
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    isAccessibleForFree: true,
    url: `${pageUrl}?region=${visits[i].regionCode}#visit-${v.id}`,
    location: {
      "@type": "Place",
      name: v.placeName,
      address: {
        "@type": "PostalAddress",
        streetAddress: visits[i].streetAddress,
        postalCode: visits[i].postalCode,
        addressLocality: v.municipality,
        addressCountry: "FI",
      },
      geo: { "@type": "GeoCoordinates", latitude: v.latitude, longitude: v.longitude },
    },
    organizer: v.onBoard ? v.onBoard.split(", ").map((n) => ({ "@type": "Organization", name: n })) : undefined,
    inLanguage: visits[i].languages,
  }));
  return {
    regionCode: regionCode ?? null,
    municipalityCode: chosenMunicipality?.code ?? null,
    areaName: chosenMunicipality ? name(chosenMunicipality.code) : regionCode ? name(regionCode) : null,
    regions: sortPlaces(
      ref.regions.filter((r) => regionCodes.includes(r.code) || r.code === regionCode),
      lang,
    ).map((r) => ({ code: r.code, name: placeName(r, lang) })),
    municipalities: sortPlaces(
      ref.municipalities.filter((m) => municipalityCodes.includes(m.code) || m.code === chosenMunicipality?.code),
      lang,
    ).map((m) => ({ code: m.code, name: placeName(m, lang) })),
    feeds: (regionCode ? [regionCode] : regionCodes).map((code) => ({ code, name: name(code), href: `/${lang}/mobile-points/${code}.ics` })),
    visits: shown,
    map,
    jsonLd: shown.length > 0 ? scriptJson(jsonLd) : null,
  };
}

export const meta = ({ params, data: loaderData }: Route.MetaArgs) => {
  const t = translator(languageOf(params));
  const title = loaderData?.areaName ? `${t("mobilePoints.title")}: ${loaderData.areaName}` : t("mobilePoints.title");
  return [
    ...pageTitle(params.lang, title),
    ...(loaderData?.feeds ?? []).map((f) => ({
      tagName: "link",
      rel: "alternate",
      type: "text/calendar",
      href: f.href,
      title: t("mobilePoints.feedName", { region: f.name }),
    })),
  ];
};

export default function Timetable({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const { visits, feeds, map, areaName } = loaderData;
  const changes = visits.filter((v) => v.cancelled || v.changeReason);
  const days = [...new Set(visits.map((v) => v.dayKey))];
  return (
    <>
      {loaderData.jsonLd && <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: loaderData.jsonLd }} />}
      <h1>{areaName ? `${t("mobilePoints.title")}: ${areaName}` : t("mobilePoints.title")}</h1>
      <p className="lead">{t("mobilePoints.intro")}</p>
      <Form method="get" action={`/${lang}/mobile-points`} className="search-box">
        <PlaceSelect
          id="mp-region"
          name="region"
          label={t("search.region")}
          anyLabel={t("search.any")}
          places={loaderData.regions}
          selected={loaderData.regionCode ?? undefined}
        />
        <PlaceSelect
          id="mp-municipality"
          name="municipality"
          label={t("search.municipality")}
          anyLabel={t("search.any")}
          places={loaderData.municipalities}
          selected={loaderData.municipalityCode ?? undefined}
        />
        <button type="submit" id="mp-submit" className="button">
          {t("map.show")}
        </button>
      </Form>
      {changes.length > 0 && (
        <section className="alert alert--warning" aria-labelledby="mp-changes">
          <h2 id="mp-changes">{t("mobilePoints.changes", { count: changes.length })}</h2>
          <ul>
            {changes.map((v) => (
              <li key={v.id}>
                <a href={`#visit-${v.id}`}>
                  {v.cancelled ? t("mobilePoints.cancelledPrefix") : t("mobilePoints.changedPrefix")} {v.placeName}, {v.municipality}, {v.day} {v.hours}
                </a>
                {": "}
                {v.changeReason}
              </li>
            ))}
          </ul>
        </section>
      )}
      {feeds.length > 0 && (
        <p>
          {t("mobilePoints.subscribe")}{" "}
          {feeds.map((f, i) => (
            <span key={f.code}>
              {i > 0 && " · "}
              <a href={f.href}>{t("mobilePoints.feedName", { region: f.name })}</a>
            </span>
          ))}
        </p>
      )}
      <MobilePointMap map={map} title={t("mobilePoints.mapTitle", { count: map.markers.length, area: areaName ?? t("map.all") })} />
      <h2>{t("mobilePoints.visits", { count: visits.length })}</h2>
      {visits.length === 0 && <p>{t("mobilePoints.noneComing")}</p>}
      {days.map((day) => {
        const ofDay = visits.filter((v) => v.dayKey === day);
        return (
          <section key={day} aria-labelledby={`day-${day}`}>
            <h3 id={`day-${day}`}>{ofDay[0].day}</h3>
            <ul className="visit-list">
              {ofDay.map((v) => (
                <li key={v.id} id={`visit-${v.id}`} className={v.cancelled ? "visit visit--cancelled" : "visit"} tabIndex={-1}>
                  {v.cancelled && <p className="alert alert--warning">{t("mobilePoints.cancelledBecause", { reason: v.changeReason })}</p>}
                  {!v.cancelled && v.changeReason && <p className="alert alert--warning">{t("mobilePoints.changedBecause", { reason: v.changeReason })}</p>}
                  <h4>
                    {v.placeName}, {v.municipality}
                  </h4>
                  <p className="visit__when">
                    <span className="visually-hidden">{t("mobilePoints.when")}: </span>
                    {v.hours}
                  </p>
                  <dl className="facts">
                    <dt>{t("mobilePoints.address")}</dt>
                    <dd>{v.address}</dd>
                    <dt>{t("mobilePoints.point")}</dt>
                    <dd>
                      {v.point} ({t(kindKey(v.kind))})
                    </dd>
                    <dt>{t("mobilePoints.languages")}</dt>
                    <dd>{v.languages}</dd>
                    {v.onBoard && (
                      <>
                        <dt>{t("mobilePoints.onBoard")}</dt>
                        <dd>{v.onBoard}</dd>
                      </>
                    )}
                  </dl>
                  {v.note && <p>{v.note}</p>}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <p>
        <Link to={`/${lang}/map`}>{t("map.title")}</Link>
      </p>
    </>
  );
}
