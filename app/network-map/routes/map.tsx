import { data, Form, Link } from "react-router";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { Localized } from "~/kit/i18n/localized-text";
import { languageOf } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { placeName, reference, sortPlaces } from "~/reference/public.server";
import { boundsOf, finlandBounds, projection } from "../map-projection";
import { entityPath } from "../paths";
import { getMapPoints } from "../queries.server";
import type { Route } from "./+types/map";

const width = 640;

export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const ref = await reference();
  const regionCode = new URL(request.url).searchParams.get("region") || null;
  if (regionCode && !ref.regions.some((r) => r.code === regionCode)) {
    throw data(translator(lang)("search.badParameter", { name: "region" }), { status: 400 });
  }
  const points = await getMapPoints(regionCode);
  const located = points.filter((p) => p.latitude !== null && p.longitude !== null) as ((typeof points)[number] & { latitude: number; longitude: number })[];
  const bounds = regionCode ? boundsOf(located) : finlandBounds;
  const { project, height } = projection(bounds, width);
  // Grid lines every degree of latitude and every two of longitude, for orientation.
  const parallels = [];
  for (let lat = Math.ceil(bounds.minLat); lat <= bounds.maxLat; lat++) parallels.push({ lat, y: project({ latitude: lat, longitude: bounds.minLon }).y });
  const meridians = [];
  for (let lon = Math.ceil(bounds.minLon / 2) * 2; lon <= bounds.maxLon; lon += 2)
    meridians.push({ lon, x: project({ latitude: bounds.minLat, longitude: lon }).x });
  // Each municipality with points is labelled once, at the mean of its points.
  const byMunicipality = new Map<string, { x: number; y: number; n: number }>();
  const drawn = located.map((p) => {
    const xy = project(p);
    const m = byMunicipality.get(p.municipalityCode) ?? { x: 0, y: 0, n: 0 };
    byMunicipality.set(p.municipalityCode, { x: m.x + xy.x, y: m.y + xy.y, n: m.n + 1 });
    return { id: p.id, ...xy };
  });
  const labels = [...byMunicipality].map(([code, m]) => ({ code, name: placeName(ref.byCode.get(code), lang), x: m.x / m.n, y: m.y / m.n }));
  return {
    regionCode,
    regionName: regionCode ? placeName(ref.byCode.get(regionCode), lang) : null,
    regions: sortPlaces(ref.regions, lang).map((r) => ({ code: r.code, name: placeName(r, lang) })),
    height,
    parallels,
    meridians,
    drawn,
    labels,
    list: points.map((p) => ({ ...p, municipalityName: placeName(ref.byCode.get(p.municipalityCode), lang) })),
  };
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params))("map.title"));

export default function MapPage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const area = loaderData.regionName ?? t("map.all");
  return (
    <>
      <h1>{t("map.title")}</h1>
      <p>{t("map.intro")}</p>
      <Form method="get" className="search-box">
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
      <svg className="map-svg" viewBox={`0 0 ${width} ${loaderData.height}`} role="img" aria-labelledby="map-title" xmlns="http://www.w3.org/2000/svg">
        <title id="map-title">{t("map.svgTitle", { count: loaderData.drawn.length, region: area })}</title>
        <rect width={width} height={loaderData.height} fill="var(--fi-color-highlight-light4)" />
        {loaderData.parallels.map((p) => (
          <g key={`lat-${p.lat}`}>
            <line x1={0} x2={width} y1={p.y} y2={p.y} stroke="var(--fi-color-depth-light1)" strokeWidth={0.5} />
            <text x={4} y={p.y - 3} fontSize={10} fill="var(--fi-color-black-light1)">
              {p.lat}°N
            </text>
          </g>
        ))}
        {loaderData.meridians.map((m) => (
          <g key={`lon-${m.lon}`}>
            <line y1={0} y2={loaderData.height} x1={m.x} x2={m.x} stroke="var(--fi-color-depth-light1)" strokeWidth={0.5} />
            <text x={m.x + 3} y={loaderData.height - 4} fontSize={10} fill="var(--fi-color-black-light1)">
              {m.lon}°E
            </text>
          </g>
        ))}
        {loaderData.drawn.map((p) => (
          <circle key={p.id} cx={p.x} cy={p.y} r={5} fill="var(--fi-color-accent-base)" stroke="var(--fi-color-white-base)" strokeWidth={1.5} />
        ))}
        {loaderData.labels.map((l) => (
          <text key={l.code} x={l.x + 8} y={l.y + 4} fontSize={12} fill="var(--fi-color-black-base)">
            {l.name}
          </text>
        ))}
      </svg>
      <h2>{t("map.list")}</h2>
      <ul className="link-list">
        {loaderData.list.map((p) => (
          <li key={p.id} id={`point-${p.id}`}>
            <Link to={entityPath(lang, "service_point", p.id)}>
              <Localized value={p.name} />
            </Link>
            {" – "}
            {p.streetAddress}, {p.postalCode} {p.municipalityName}
          </li>
        ))}
      </ul>
    </>
  );
}
