/**
 * Builds the map's boundary and postcode files in app/network-map/geodata/ from open data:
 *
 *   node --import tsx scripts/build-geodata.ts <municipalities.geojson> <regions.geojson> <postal-areas.geojson>
 *
 * - municipalities and regions: the National Land Survey's administrative borders at 1:4 500 000
 *   (GeoJSON in WGS84 with NATCODE, NAMEFIN, NAMESWE), CC BY 4.0;
 * - postal areas: Statistics Finland's postal code areas (GeoJSON in WGS84 with `postinumeroalue`),
 *   CC BY 4.0; only each area's centroid is kept.
 *
 * Coordinates are rounded to thousandths of a degree (about 100 m) and each ring is simplified with
 * Douglas–Peucker. A vertex that two shapes share is never dropped, so neighbouring municipalities
 * keep one common border and no gaps open between them.
 */
import fs from "node:fs";
import path from "node:path";

type Position = [number, number];
interface Feature {
  properties: Record<string, unknown>;
  geometry: { type: "Polygon"; coordinates: Position[][] } | { type: "MultiPolygon"; coordinates: Position[][][] };
}

const outDir = path.join(import.meta.dirname, "..", "app", "network-map", "geodata");
/** Tolerance in thousandths of a degree: about 200 m north–south. */
const tolerance = 2;

const read = (file: string) => (JSON.parse(fs.readFileSync(file, "utf8")) as { features: Feature[] }).features;
const polygonsOf = (f: Feature): Position[][][] => (f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates);
const milli = ([lon, lat]: Position): Position => [Math.round(lon * 1000), Math.round(lat * 1000)];
const key = (p: Position) => `${p[0]},${p[1]}`;

/** Rings in thousandths of a degree without repeated vertices; rings that collapse are left out. */
function quantized(features: Feature[]): Position[][][] {
  return features.map((f) =>
    polygonsOf(f)
      .flat()
      .map((ring) => ring.map(milli).filter((p, i, all) => i === 0 || key(p) !== key(all[i - 1])))
      .filter((ring) => ring.length >= 4),
  );
}

/** Vertices that belong to more than one feature. */
function sharedVertices(shapes: Position[][][]): Set<string> {
  const owners = new Map<string, number>();
  const shared = new Set<string>();
  shapes.forEach((rings, i) => {
    for (const ring of rings)
      for (const p of ring) {
        const k = key(p);
        const owner = owners.get(k);
        if (owner === undefined) owners.set(k, i);
        else if (owner !== i) shared.add(k);
      }
  });
  return shared;
}

function distanceToSegment(p: Position, a: Position, b: Position): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Douglas–Peucker between locked vertices: the first, the last and every shared one. */
function simplify(ring: Position[], locked: Set<string>): Position[] {
  const keep = ring.map((p, i) => i === 0 || i === ring.length - 1 || locked.has(key(p)));
  const run = (from: number, to: number) => {
    let worst = -1;
    let worstDistance = tolerance;
    for (let i = from + 1; i < to; i++) {
      const d = distanceToSegment(ring[i], ring[from], ring[to]);
      if (d > worstDistance) [worst, worstDistance] = [i, d];
    }
    if (worst < 0) return;
    keep[worst] = true;
    run(from, worst);
    run(worst, to);
  };
  let start = 0;
  for (let i = 1; i < ring.length; i++)
    if (keep[i]) {
      run(start, i);
      start = i;
    }
  return ring.filter((_, i) => keep[i]);
}

function shapes(features: Feature[], prefix: string, digits: number) {
  const rings = quantized(features);
  const locked = sharedVertices(rings);
  return features.map((f, i) => ({
    code: `${prefix}_${String(f.properties.NATCODE).padStart(digits, "0")}`,
    // A ring is a flat list: longitude, latitude, longitude, latitude… in thousandths of a degree.
    rings: rings[i]
      .map((ring) => simplify(ring, locked))
      .filter((ring) => ring.length >= 4)
      .map((ring) => ring.flat()),
  }));
}

/** The area-weighted centroid of a feature's polygons (outer rings), on a plane scaled by latitude. */
function centroid(f: Feature): Position {
  let [area, x, y] = [0, 0, 0];
  for (const polygon of polygonsOf(f)) {
    const ring = polygon[0];
    const cos = Math.cos((ring[0][1] * Math.PI) / 180);
    for (let i = 0; i < ring.length - 1; i++) {
      const [x0, y0, x1, y1] = [ring[i][0] * cos, ring[i][1], ring[i + 1][0] * cos, ring[i + 1][1]];
      const cross = x0 * y1 - x1 * y0;
      area += cross;
      x += ((x0 + x1) * cross) / cos;
      y += (y0 + y1) * cross;
    }
  }
  return [Math.round((x / (3 * area)) * 1e4) / 1e4, Math.round((y / (3 * area)) * 1e4) / 1e4];
}

const [municipalityFile, regionFile, postalFile] = process.argv.slice(2);
if (!postalFile) throw new Error("Usage: build-geodata.ts <municipalities.geojson> <regions.geojson> <postal-areas.geojson>");
fs.mkdirSync(outDir, { recursive: true });
const write = (name: string, value: unknown) => {
  const file = path.join(outDir, name);
  fs.writeFileSync(file, JSON.stringify(value) + "\n");
  console.log(`${name}: ${(fs.statSync(file).size / 1024).toFixed(1)} KiB`);
};
write("municipalities.json", shapes(read(municipalityFile), "kunta", 3));
write("regions.json", shapes(read(regionFile), "maakunta", 2));
const centroids: Record<string, [number, number]> = {};
for (const f of read(postalFile).sort((a, b) => String(a.properties.postinumeroalue).localeCompare(String(b.properties.postinumeroalue)))) {
  const [lon, lat] = centroid(f);
  centroids[String(f.properties.postinumeroalue)] = [lat, lon];
}
write("postcode-centroids.json", centroids);
