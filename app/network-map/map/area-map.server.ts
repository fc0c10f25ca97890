/**
 * A map of Finland, one region or one municipality with any located markers on it, for features
 * that draw their own things on the network map's borders (the mobile point's visits). Plain data
 * for a server-rendered SVG (decision 0191): the borders, their names, and the markers projected.
 */
import type { Language } from "../../kit/i18n/languages";
import { placeName, type reference } from "../../reference/public.server";
import { finlandBounds, fitAspect, overlaps, projection, type GeoPoint } from "../map-projection";
import { mapWidth } from "./view.server";
import { labelPoint, municipalityShapes, regionShapes, shapeOf, svgPath } from "./shapes.server";

type Reference = Awaited<ReturnType<typeof reference>>;

export interface AreaMarker extends GeoPoint {
  key: string;
}

/** The whole country (`area` null), a region or a municipality, with the markers inside the picture. */
export function areaMap<M extends AreaMarker>(area: string | null, markers: M[], ref: Reference, lang: Language) {
  const shape = area ? shapeOf(area) : undefined;
  const margin = shape ? Math.max(shape.bounds.maxLat - shape.bounds.minLat, 0.1) * 0.04 : 0;
  const bounds = shape
    ? fitAspect(
        {
          minLat: shape.bounds.minLat - margin,
          maxLat: shape.bounds.maxLat + margin,
          minLon: shape.bounds.minLon - margin,
          maxLon: shape.bounds.maxLon + margin,
        },
        1,
      )
    : finlandBounds;
  const { project, height } = projection(bounds, mapWidth);
  const regionOf = new Map(ref.municipalities.map((m) => [m.code, m.regionCode]));
  const inArea = (code: string) => !area || code === area || regionOf.get(code) === area;
  const shapes = shape ? municipalityShapes.filter((s) => overlaps(s.bounds, bounds)) : regionShapes;
  const outlines = shapes.map((s) => ({ code: s.code, d: svgPath(s, project), name: placeName(ref.byCode.get(s.code), lang), focus: inArea(s.code) }));
  const labels = shape ? outlines.filter((o) => o.focus).map((o) => ({ code: o.code, name: o.name, ...project(labelPoint(shapeOf(o.code)!)) })) : [];
  const placed = markers.map((m) => ({ ...m, ...project(m) })).filter((m) => m.x >= 0 && m.x <= mapWidth && m.y >= 0 && m.y <= height);
  return { width: mapWidth, height, outlines, labels, markers: placed };
}

/** A municipality's centre for a place with no better location: its largest part's centroid. */
export function municipalityCentre(code: string): GeoPoint | null {
  const shape = shapeOf(code);
  return shape ? labelPoint(shape) : null;
}
