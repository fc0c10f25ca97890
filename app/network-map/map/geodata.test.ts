import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readReferenceData } from "../../reference/load-reference-data.server";
import centroids from "../geodata/postcode-centroids.json";
import { finlandBounds, projection } from "../map-projection";
import { contains, labelPoint, municipalityShapes, regionShapes, shapeOf, svgPath } from "./shapes.server";

const reference = readReferenceData();
const geodata = path.join(import.meta.dirname, "..", "geodata");
const sizeKiB = (file: string) => fs.statSync(path.join(geodata, file)).size / 1024;

describe("map boundary data", () => {
  it("has one shape for every region and municipality of the code lists, and no other", () => {
    expect(regionShapes.map((s) => s.code).sort()).toEqual(reference.regions.map((r) => r.code).sort());
    expect(regionShapes).toHaveLength(19);
    expect(municipalityShapes.map((s) => s.code).sort()).toEqual(reference.municipalities.map((m) => m.code).sort());
    expect(municipalityShapes).toHaveLength(309);
  });

  it("is small", () => {
    expect(sizeKiB("municipalities.json")).toBeLessThan(300);
    expect(sizeKiB("regions.json")).toBeLessThan(60);
    expect(sizeKiB("postcode-centroids.json")).toBeLessThan(120);
  });

  it("has closed rings inside Finland, and each municipality lies inside its region", () => {
    const regionOf = new Map(reference.municipalities.map((m) => [m.code, m.regionCode]));
    for (const shape of [...regionShapes, ...municipalityShapes]) {
      expect(shape.rings.length, shape.code).toBeGreaterThan(0);
      for (const ring of shape.rings) {
        expect(ring.length % 2, shape.code).toBe(0);
        expect([ring[0], ring[1]], shape.code).toEqual([ring[ring.length - 2], ring[ring.length - 1]]);
      }
      const b = shape.bounds;
      expect(b.minLat, shape.code).toBeGreaterThanOrEqual(finlandBounds.minLat);
      expect(b.maxLat, shape.code).toBeLessThanOrEqual(finlandBounds.maxLat);
      expect(b.minLon, shape.code).toBeGreaterThanOrEqual(finlandBounds.minLon);
      expect(b.maxLon, shape.code).toBeLessThanOrEqual(finlandBounds.maxLon);
    }
    for (const m of municipalityShapes) {
      const r = shapeOf(regionOf.get(m.code)!)!.bounds;
      const b = m.bounds;
      expect(b.minLat >= r.minLat - 0.01 && b.maxLat <= r.maxLat + 0.01 && b.minLon >= r.minLon - 0.01 && b.maxLon <= r.maxLon + 0.01, m.code).toBe(true);
    }
  });

  it("puts Kajaani where it is and draws it as an SVG path", () => {
    const kajaani = shapeOf("kunta_205")!;
    expect(kajaani.bounds.minLat).toBeLessThan(64.23);
    expect(kajaani.bounds.maxLat).toBeGreaterThan(64.23);
    expect(kajaani.bounds.minLon).toBeLessThan(27.73);
    expect(kajaani.bounds.maxLon).toBeGreaterThan(27.73);
    const d = svgPath(kajaani, projection(finlandBounds, 640).project);
    expect(d).toMatch(/^M[\d.]+ [\d.]+(L[\d.]+ [\d.]+)+Z/);
  });

  it("has postcode centroids inside Finland for most postal codes, near their towns", () => {
    const codes = Object.keys(centroids);
    expect(codes.length).toBeGreaterThan(2900);
    const known = new Set(reference.postalCodes.map((p) => p.code));
    expect(codes.filter((c) => known.has(c)).length / codes.length).toBeGreaterThan(0.98);
    const c = centroids as Record<string, number[]>;
    // The centres of Helsinki and Kajaani, within a few km.
    expect(Math.abs(c["00100"][0] - 60.17)).toBeLessThan(0.03);
    expect(Math.abs(c["00100"][1] - 24.93)).toBeLessThan(0.05);
    expect(Math.abs(c["87100"][0] - 64.23)).toBeLessThan(0.05);
    expect(Math.abs(c["87100"][1] - 27.72)).toBeLessThan(0.1);
  });
});

describe("a point in a shape", () => {
  it("finds Kajaani's centre in Kajaani and not in its neighbour Paltamo", () => {
    const centre = { latitude: 64.2265, longitude: 27.73 };
    expect(contains(shapeOf("kunta_205")!, centre)).toBe(true);
    expect(contains(shapeOf("kunta_578")!, centre)).toBe(false);
    expect(contains(shapeOf("maakunta_18")!, centre)).toBe(true);
    expect(municipalityShapes.filter((s) => contains(s, centre)).map((s) => s.code)).toEqual(["kunta_205"]);
  });
});

describe("a shape's label point", () => {
  it("lies inside compact municipalities, near their centre", () => {
    for (const code of ["kunta_205", "kunta_091", "kunta_698", "kunta_777"]) {
      const shape = shapeOf(code)!;
      expect(contains(shape, labelPoint(shape)), code).toBe(true);
    }
  });
});
