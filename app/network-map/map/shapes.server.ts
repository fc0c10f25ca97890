/**
 * Municipality and region borders for the map (decision 0191), simplified from the National Land
 * Survey's open data by scripts/build-geodata.ts; see geodata/NOTICE.md for the licence.
 */
import type { Bounds, GeoPoint } from "../map-projection";
import municipalityData from "../geodata/municipalities.json";
import regionData from "../geodata/regions.json";

/** A ring is a flat list of longitude, latitude pairs in thousandths of a degree. */
export interface Shape {
  code: string;
  rings: number[][];
  bounds: Bounds;
}

function withBounds(shape: { code: string; rings: number[][] }): Shape {
  const b = { minLat: Infinity, maxLat: -Infinity, minLon: Infinity, maxLon: -Infinity };
  for (const ring of shape.rings)
    for (let i = 0; i < ring.length; i += 2) {
      b.minLon = Math.min(b.minLon, ring[i] / 1000);
      b.maxLon = Math.max(b.maxLon, ring[i] / 1000);
      b.minLat = Math.min(b.minLat, ring[i + 1] / 1000);
      b.maxLat = Math.max(b.maxLat, ring[i + 1] / 1000);
    }
  return { ...shape, bounds: b };
}

export const municipalityShapes: Shape[] = municipalityData.map(withBounds);
export const regionShapes: Shape[] = regionData.map(withBounds);
const byCode = new Map([...municipalityShapes, ...regionShapes].map((s) => [s.code, s]));

export const shapeOf = (code: string): Shape | undefined => byCode.get(code);

/** The SVG path of a shape, with the rings as closed subpaths; points closer than 0.3 px are merged. */
export function svgPath(shape: Shape, project: (p: GeoPoint) => { x: number; y: number }): string {
  const parts: string[] = [];
  for (const ring of shape.rings) {
    let last = { x: NaN, y: NaN };
    const points: string[] = [];
    for (let i = 0; i < ring.length; i += 2) {
      const p = project({ longitude: ring[i] / 1000, latitude: ring[i + 1] / 1000 });
      if (Math.abs(p.x - last.x) + Math.abs(p.y - last.y) < 0.3) continue;
      points.push(`${p.x} ${p.y}`);
      last = p;
    }
    if (points.length >= 3) parts.push(`M${points.join("L")}Z`);
  }
  return parts.join("");
}

/** Whether the point lies inside the shape (even–odd rule over all its rings, so holes count). */
export function contains(shape: Shape, p: GeoPoint): boolean {
  const [x, y] = [p.longitude * 1000, p.latitude * 1000];
  let inside = false;
  for (const ring of shape.rings)
    for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
      const [xi, yi, xj, yj] = [ring[i], ring[i + 1], ring[j], ring[j + 1]];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  return inside;
}

/** Where to write a shape's name: the centroid of its largest ring (on a plane; fine for a label). */
export function labelPoint(shape: Shape): GeoPoint {
  let best = { area: 0, x: 0, y: 0 };
  for (const ring of shape.rings) {
    let [area, x, y] = [0, 0, 0];
    for (let i = 0; i + 3 < ring.length; i += 2) {
      const cross = ring[i] * ring[i + 3] - ring[i + 2] * ring[i + 1];
      area += cross;
      x += (ring[i] + ring[i + 2]) * cross;
      y += (ring[i + 1] + ring[i + 3]) * cross;
    }
    if (Math.abs(area) > Math.abs(best.area)) best = { area, x: x / (3 * area), y: y / (3 * area) };
  }
  return { longitude: best.x / 1000, latitude: best.y / 1000 };
}

let centres: Map<string, GeoPoint> | undefined;

/**
 * Each municipality's centre (its label point): where a service point without coordinates is
 * placed, approximately, in near-me searches and on the map (decision 0195).
 */
export function municipalityCentres(): Map<string, GeoPoint> {
  return (centres ??= new Map(municipalityShapes.map((s) => [s.code, labelPoint(s)])));
}
