import { data, Form, Link } from "react-router";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { Localized } from "~/kit/i18n/localized-text";
import { languageOf } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { placeName, reference, sortPlaces } from "~/reference/public.server";
import { mapView, parseMapView } from "../map/view.server";
import { entityPath } from "../paths";
import type { Route } from "./+types/map";

export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const t = translator(lang);
  const ref = await reference();
  const parsed = parseMapView(new URL(request.url).searchParams, ref);
  if (!parsed.ok) throw data(t("search.badParameter", { name: parsed.parameter }), { status: 400 });
  const view = await mapView(parsed.view, ref, lang);
  return { ...view, regions: sortPlaces(ref.regions, lang).map((r) => ({ code: r.code, name: placeName(r, lang) })) };
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params))("map.title"));

export default function MapPage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const { width, height, areaName, outlines, labels, clusters, groups, up } = loaderData;
  const area = areaName ?? (loaderData.kind === "area" ? t("map.area") : t("map.all"));
  const here = `/${lang}/map`;
  return (
    <>
      <h1>{t("map.title")}</h1>
      <p>{t("map.intro")}</p>
      <Form method="get" action={here} className="search-box">
        <label htmlFor="map-region">{t("map.region")}</label>
        <div className="search-box__row">
          <select id="map-region" name="region" defaultValue={loaderData.regionCode ?? ""}>
            <option value="">{t("map.all")}</option>
            {loaderData.regions.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
          <button type="submit" className="button">
            {t("map.show")}
          </button>
        </div>
      </Form>
      {up.length > 0 && (
        <p className="map-up">
          {t("map.zoomOut")}{" "}
          {up.map((u, i) => (
            <span key={u.href}>
              {i > 0 && " · "}
              <Link to={u.href}>{u.name ?? t("map.all")}</Link>
            </span>
          ))}
        </p>
      )}
      <figure className="map-figure">
        <svg className="map-svg" viewBox={`0 0 ${width} ${height}`} aria-labelledby="map-title map-help" xmlns="http://www.w3.org/2000/svg">
          <title id="map-title">{t("map.svgTitle", { count: loaderData.located, region: area })}</title>
          <rect width={width} height={height} className="map-sea" />
          {outlines.map((o) =>
            o.href ? (
              <a key={o.code} href={o.href} aria-label={o.name} className="map-area-link">
                <path d={o.d} className={o.focus ? "map-area map-area--focus" : "map-area"} />
              </a>
            ) : (
              <path key={o.code} d={o.d} className={o.focus ? "map-area map-area--focus" : "map-area"} />
            ),
          )}
          <g aria-hidden="true">
            {labels.map((l) => (
              <text key={l.code} x={l.x} y={l.y} textAnchor="middle" className="map-label">
                {l.name}
              </text>
            ))}
          </g>
          {clusters.map((c) => (
            <a
              key={c.key}
              href={c.href}
              aria-label={t("map.cluster", { place: c.nearby ? t("map.nearby", { place: c.place }) : c.place, count: c.count })}
              className="map-cluster"
            >
              <circle cx={c.x} cy={c.y} r={c.count === 1 ? 6 : 9 + Math.min(8, String(c.count).length * 3)} />
              {c.count > 1 && (
                <text x={c.x} y={c.y} dy="0.35em" textAnchor="middle">
                  {c.count}
                </text>
              )}
            </a>
          ))}
        </svg>
        <figcaption id="map-help">
          {t("map.help")} <small>{t("map.attribution")}</small>
        </figcaption>
      </figure>
      <h2>{t("map.list")}</h2>
      {groups.map((g) => (
        <section key={g.code} aria-labelledby={`list-${g.code}`}>
          <h3 id={`list-${g.code}`} tabIndex={-1}>
            {g.name}
          </h3>
          <ul className="link-list">
            {g.points.map((p) => (
              <li key={p.id} id={`point-${p.id}`}>
                <Link to={entityPath(lang, "service_point", p.id)}>
                  <Localized value={p.name} />
                </Link>
                {" – "}
                {p.streetAddress}, {p.postalCode} {g.name}
                {p.placement === "approximate" && ` (${t("map.approximate")})`}
                {p.placement === "none" && ` (${t("map.notLocated")})`}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
