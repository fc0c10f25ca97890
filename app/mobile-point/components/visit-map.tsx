import { useT } from "~/kit/i18n/use-i18n";

interface MapData {
  width: number;
  height: number;
  outlines: { code: string; d: string; focus: boolean }[];
  labels: { code: string; name: string; x: number; y: number }[];
  markers: { key: string; x: number; y: number; label: string }[];
}

/**
 * The visits on the server-drawn map (decision 0191's borders): each marker links to its visit in
 * the list below, which says the same in words.
 */
export function MobilePointMap({ map, title }: { map: MapData; title: string }) {
  const t = useT();
  return (
    <figure className="map-figure">
      <svg className="map-svg" viewBox={`0 0 ${map.width} ${map.height}`} aria-labelledby="mp-map-title mp-map-help" xmlns="http://www.w3.org/2000/svg">
        <title id="mp-map-title">{title}</title>
        <rect width={map.width} height={map.height} className="map-sea" />
        {map.outlines.map((o) => (
          <path key={o.code} d={o.d} className={o.focus ? "map-area map-area--focus" : "map-area"} />
        ))}
        <g aria-hidden="true">
          {map.labels.map((l) => (
            <text key={l.code} x={l.x} y={l.y} textAnchor="middle" className="map-label">
              {l.name}
            </text>
          ))}
        </g>
        {map.markers.map((m) => (
          <a key={m.key} href={`#visit-${m.key}`} aria-label={m.label} className="map-cluster">
            <circle cx={m.x} cy={m.y} r={7} />
          </a>
        ))}
      </svg>
      <figcaption id="mp-map-help">
        {t("mobilePoints.mapHelp")} <small>{t("map.attribution")}</small>
      </figcaption>
    </figure>
  );
}
