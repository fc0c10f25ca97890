import { data, Form, Link } from "react-router";
import { PlaceSelect } from "~/kit/search/facet-controls";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { localize } from "~/kit/i18n/localized";
import { languageOf } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { parseFinnishDate } from "~/kit/dates/finnish-input";
import { startOfDayInFinland } from "~/kit/dates/calendar";
import { getCurrentUser } from "~/kit/permissions/current-user.server";
import { isNetworkMember } from "~/kit/permissions/roles";
import { placeName, reference, sortPlaces } from "~/reference/public.server";
import { eventWhen } from "../format";
import { eventAudiences } from "../inputs";
import { listEvents, regionsWithEvents } from "../queries.server";
import { audienceKey, kindKey, seatsText } from "../text";
import type { Route } from "./+types/events";

/**
 * `/:lang/events`: the network's coming events, filtered by region, audience and start day with a
 * GET form (no JavaScript). Anonymous visitors see the public events, and the page is the same for
 * all of them, so shared caches keep it; signed-in network members see the network-only ones too.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const t = translator(lang);
  const ref = await reference();
  const search = new URL(request.url).searchParams;
  const regionCode = search.get("region") || undefined;
  const audience = search.get("audience") || undefined;
  const fromText = search.get("from")?.trim() || undefined;
  if (regionCode && !ref.regions.some((r) => r.code === regionCode)) throw data(t("search.badParameter", { name: "region" }), { status: 400 });
  if (audience && !(eventAudiences as readonly string[]).includes(audience)) throw data(t("search.badParameter", { name: "audience" }), { status: 400 });
  const parsedFrom = fromText ? parseFinnishDate(fromText) : undefined;
  if (parsedFrom && !("date" in parsedFrom)) throw data(t("search.badParameter", { name: "from" }), { status: 400 });
  const includeNetworkOnly = isNetworkMember(await getCurrentUser(request));
  const [rows, regionCodes] = await Promise.all([
    listEvents({ regionCode, audience, from: parsedFrom && "date" in parsedFrom ? startOfDayInFinland(parsedFrom.date) : undefined, includeNetworkOnly }),
    regionsWithEvents(includeNetworkOnly),
  ]);
  const name = (code: string) => placeName(ref.byCode.get(code), lang);
  return {
    regionCode: regionCode ?? null,
    audience: audience ?? null,
    from: fromText ?? "",
    regions: sortPlaces(
      ref.regions.filter((r) => regionCodes.includes(r.code) || r.code === regionCode),
      lang,
    ).map((r) => ({ code: r.code, name: placeName(r, lang) })),
    feeds: (regionCode ? [regionCode] : regionCodes).map((code) => ({ code, name: name(code), href: `/${lang}/events/feeds/${code}.ics` })),
    events: rows.map((r) => ({
      id: r.event.id,
      title: localize(r.event.title, lang).text,
      kind: r.event.kind,
      audience: r.event.audience,
      networkOnly: r.event.visibility !== "public",
      cancelled: r.event.status === "cancelled",
      when: eventWhen(r.event.startsAt, r.event.endsAt, lang),
      region: name(r.event.regionCode),
      organizer: localize(r.organizerName, lang).text,
      remote: !!r.event.remoteUrl,
      seatsLeft: Math.max(0, r.event.capacity - r.confirmed),
    })),
  };
}

export const meta = ({ params, data: loaderData }: Route.MetaArgs) => {
  const t = translator(languageOf(params));
  return [
    ...pageTitle(params.lang, t("events.title"), t("events.intro")),
    ...(loaderData?.feeds ?? []).map((f) => ({
      tagName: "link",
      rel: "alternate",
      type: "text/calendar",
      href: f.href,
      title: t("events.feedName", { region: f.name }),
    })),
  ];
};

export default function Events({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const { events, feeds } = loaderData;
  return (
    <>
      <h1>{t("events.title")}</h1>
      <p className="lead">{t("events.intro")}</p>
      <Form method="get" action={`/${lang}/events`} className="search-box">
        <PlaceSelect
          id="ev-region"
          name="region"
          label={t("search.region")}
          anyLabel={t("search.any")}
          places={loaderData.regions}
          selected={loaderData.regionCode ?? undefined}
        />
        <div className="field">
          <label htmlFor="ev-audience">{t("events.audience")}</label>
          <select id="ev-audience" name="audience" defaultValue={loaderData.audience ?? ""}>
            <option value="">{t("search.any")}</option>
            {eventAudiences.map((a) => (
              <option key={a} value={a}>
                {t(audienceKey(a))}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="ev-from">{t("events.from")}</label>
          <input id="ev-from" name="from" type="text" inputMode="numeric" defaultValue={loaderData.from} aria-describedby="ev-from-hint" />
          <p className="field__hint" id="ev-from-hint">
            {t("events.fromHint")}
          </p>
        </div>
        <button type="submit" className="button" id="ev-submit">
          {t("events.show")}
        </button>
      </Form>
      {feeds.length > 0 && (
        <p>
          {t("events.subscribe")}{" "}
          {feeds.map((f, i) => (
            <span key={f.code}>
              {i > 0 && " · "}
              <a href={f.href}>{t("events.feedName", { region: f.name })}</a>
            </span>
          ))}
        </p>
      )}
      <h2>{t("events.count", { count: events.length })}</h2>
      {events.length === 0 && <p>{t("events.none")}</p>}
      <ul className="link-list event-list">
        {events.map((e) => (
          <li key={e.id}>
            <h3>
              <Link to={`/${lang}/events/${e.id}`}>{e.cancelled ? `${t("events.cancelledPrefix")} ${e.title}` : e.title}</Link>
            </h3>
            <p>
              {e.when} · {e.region}
              {e.remote && ` · ${t("events.remote")}`}
            </p>
            <p>
              {t(kindKey(e.kind))} · {t(audienceKey(e.audience))} · {e.organizer}
              {e.networkOnly && ` · ${t("events.networkOnly")}`}
            </p>
            {!e.cancelled && <p>{seatsText(t, e.seatsLeft)}</p>}
          </li>
        ))}
      </ul>
    </>
  );
}
