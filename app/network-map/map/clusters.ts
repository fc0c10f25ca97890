import type { Bounds } from "../map-projection";

export interface PlacedPoint {
  id: string;
  latitude: number;
  longitude: number;
  x: number;
  y: number;
}

export interface Cluster<P extends PlacedPoint> {
  /** Where the cluster is drawn: the mean of its points. */
  x: number;
  y: number;
  points: P[];
  /** The points' geographic extent, for a link that zooms in on them. */
  bounds: Bounds;
}

/**
 * Groups points that would be drawn within `radius` pixels of a cluster's first point. Greedy over
 * a grid of radius-sized cells, so each point looks at nine cells and the work grows linearly with
 * the points. Points are taken in a fixed order (north-west first, then id), so the same data
 * always gives the same clusters.
 */
export function clusterPoints<P extends PlacedPoint>(points: P[], radius: number): Cluster<P>[] {
  const ordered = [...points].sort((a, b) => a.y - b.y || a.x - b.x || a.id.localeCompare(b.id));
  const seeds = new Map<string, { x: number; y: number; points: P[] }[]>();
  const cell = (x: number, y: number) => `${Math.floor(x / radius)},${Math.floor(y / radius)}`;
  const all: { x: number; y: number; points: P[] }[] = [];
  for (const p of ordered) {
    const [cx, cy] = [Math.floor(p.x / radius), Math.floor(p.y / radius)];
    let home: { x: number; y: number; points: P[] } | undefined;
    for (let dx = -1; dx <= 1 && !home; dx++)
      for (let dy = -1; dy <= 1 && !home; dy++) home = seeds.get(`${cx + dx},${cy + dy}`)?.find((s) => Math.hypot(s.x - p.x, s.y - p.y) <= radius);
    if (home) home.points.push(p);
    else {
      const seed = { x: p.x, y: p.y, points: [p] };
      const key = cell(p.x, p.y);
      seeds.set(key, [...(seeds.get(key) ?? []), seed]);
      all.push(seed);
    }
  }
  return all.map((s) => ({
    x: Math.round((s.points.reduce((sum, p) => sum + p.x, 0) / s.points.length) * 10) / 10,
    y: Math.round((s.points.reduce((sum, p) => sum + p.y, 0) / s.points.length) * 10) / 10,
    points: s.points,
    bounds: {
      minLat: Math.min(...s.points.map((p) => p.latitude)),
      maxLat: Math.max(...s.points.map((p) => p.latitude)),
      minLon: Math.min(...s.points.map((p) => p.longitude)),
      maxLon: Math.max(...s.points.map((p) => p.longitude)),
    },
  }));
}

/** The value most of the items have; ties go to the first in sort order. */
export function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
}
