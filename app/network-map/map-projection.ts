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

/** Mainland Finland and Åland, with a margin. */
export const finlandBounds: Bounds = { minLat: 59.6, maxLat: 70.2, minLon: 19.4, maxLon: 31.7 };

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
