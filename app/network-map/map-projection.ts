export interface GeoPoint {
  latitude: number;
  longitude: number;
}
export interface Bounds {
  minLat: number;
  maxLat: number;
  minLon: number;
  maxLon: number;
}

/** Finland with its territorial waters (the municipalities' borders reach 59.46–70.09 N, 19.08–31.59 E), with a margin. */
export const finlandBounds: Bounds = { minLat: 59.4, maxLat: 70.15, minLon: 19.0, maxLon: 31.7 };

/** Bounds around the points with a margin, never smaller than about 60 km across. */
export function boundsOf(points: GeoPoint[], fallback: Bounds = finlandBounds): Bounds {
  if (points.length === 0) return fallback;
  const lats = points.map((p) => p.latitude);
  const lons = points.map((p) => p.longitude);
  const pad = (min: number, max: number, least: number) => {
    const extra = Math.max((max - min) * 0.08, (least - (max - min)) / 2, 0.05);
    return [min - extra, max + extra] as const;
  };
  const [minLat, maxLat] = pad(Math.min(...lats), Math.max(...lats), 0.6);
  const [minLon, maxLon] = pad(Math.min(...lons), Math.max(...lons), 1.2);
  return { minLat, maxLat, minLon, maxLon };
}

/**
 * An equirectangular projection scaled by the cosine of the middle latitude, which keeps shapes
 * right enough at a region's scale, fitted to the given width.
 */
export function projection(bounds: Bounds, width: number) {
  const cos = Math.cos((((bounds.minLat + bounds.maxLat) / 2) * Math.PI) / 180);
  const scale = width / ((bounds.maxLon - bounds.minLon) * cos);
  const height = Math.round((bounds.maxLat - bounds.minLat) * scale);
  return {
    width,
    height,
    project: (p: GeoPoint) => ({
      x: Math.round((p.longitude - bounds.minLon) * cos * scale * 10) / 10,
      y: Math.round((bounds.maxLat - p.latitude) * scale * 10) / 10,
    }),
  };
}

/** Whether two bounds overlap. */
export const overlaps = (a: Bounds, b: Bounds) => a.minLat <= b.maxLat && b.minLat <= a.maxLat && a.minLon <= b.maxLon && b.minLon <= a.maxLon;

/** Ground distance in km across the bounds' width and height (at their middle latitude). */
export function extentKm(b: Bounds) {
  const cos = Math.cos((((b.minLat + b.maxLat) / 2) * Math.PI) / 180);
  return { width: (b.maxLon - b.minLon) * cos * 111.32, height: (b.maxLat - b.minLat) * 111.32 };
}

/**
 * Widens the bounds around their middle so that the picture is neither flatter than 3:2 nor taller
 * than 2:3 and covers at least `leastKm` each way; a view of one building would otherwise fill the
 * screen.
 */
export function fitAspect(b: Bounds, leastKm = 1): Bounds {
  const cos = Math.cos((((b.minLat + b.maxLat) / 2) * Math.PI) / 180);
  const { width, height } = extentKm(b);
  let [w, h] = [Math.max(width, leastKm), Math.max(height, leastKm)];
  if (h / w > 1.5) w = h / 1.5;
  if (w / h > 1.5) h = w / 1.5;
  const [midLat, midLon] = [(b.minLat + b.maxLat) / 2, (b.minLon + b.maxLon) / 2];
  const [halfLat, halfLon] = [h / 111.32 / 2, w / (111.32 * cos) / 2];
  return { minLat: midLat - halfLat, maxLat: midLat + halfLat, minLon: midLon - halfLon, maxLon: midLon + halfLon };
}

/** Reads "minLon,minLat,maxLon,maxLat" inside Finland's bounds, or null. */
export function parseBbox(value: string): Bounds | null {
  const parts = value.split(",").map(Number);
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) return null;
  const [minLon, minLat, maxLon, maxLat] = parts;
  const f = finlandBounds;
  if (minLon >= maxLon || minLat >= maxLat || minLon < f.minLon || maxLon > f.maxLon || minLat < f.minLat || maxLat > f.maxLat) return null;
  return { minLat, maxLat, minLon, maxLon };
}

/** The bbox parameter for the bounds, rounded to about 10 m. */
export const bboxParam = (b: Bounds) => [b.minLon, b.minLat, b.maxLon, b.maxLat].map((n) => n.toFixed(4)).join(",");
