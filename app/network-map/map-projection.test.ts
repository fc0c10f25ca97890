import { describe, expect, it } from "vitest";
import { bboxParam, boundsOf, extentKm, finlandBounds, fitAspect, overlaps, parseBbox, projection } from "./map-projection";

describe("map projection", () => {
  it("puts north up and east right inside the picture", () => {
    const bounds = boundsOf([
      { latitude: 66.5, longitude: 25.7 }, // Rovaniemi
      { latitude: 64.2, longitude: 27.7 }, // Kajaani
    ]);
    const { project, width, height } = projection(bounds, 600);
    const rovaniemi = project({ latitude: 66.5, longitude: 25.7 });
    const kajaani = project({ latitude: 64.2, longitude: 27.7 });
    expect(rovaniemi.y).toBeLessThan(kajaani.y);
    expect(rovaniemi.x).toBeLessThan(kajaani.x);
    for (const p of [rovaniemi, kajaani]) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(width);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(height);
    }
  });

  it("falls back to Finland without points and keeps a minimum extent for one point", () => {
    expect(boundsOf([])).toEqual(finlandBounds);
    const one = boundsOf([{ latitude: 65, longitude: 25 }]);
    expect(one.maxLat - one.minLat).toBeGreaterThan(0.59);
    expect(one.maxLon - one.minLon).toBeGreaterThan(1.19);
  });
});

describe("map views", () => {
  it("widens a narrow view to at most 3:2 and at least the least extent", () => {
    const tall = fitAspect({ minLat: 64, maxLat: 65, minLon: 27.7, maxLon: 27.8 });
    const { width, height } = extentKm(tall);
    expect(height / width).toBeCloseTo(1.5, 2);
    expect(height).toBeCloseTo(111.32, 0);
    const spot = extentKm(fitAspect({ minLat: 64.2, maxLat: 64.2, minLon: 27.7, maxLon: 27.7 }, 1));
    expect(spot.width).toBeCloseTo(1, 3);
    expect(spot.height).toBeCloseTo(1, 3);
  });

  it("reads a bbox inside Finland and writes it back", () => {
    const b = parseBbox("27.6,64.1,27.9,64.3")!;
    expect(b).toEqual({ minLon: 27.6, minLat: 64.1, maxLon: 27.9, maxLat: 64.3 });
    expect(bboxParam(b)).toBe("27.6000,64.1000,27.9000,64.3000");
    for (const bad of ["", "1,2,3", "27.9,64.1,27.6,64.3", "10,64,11,65", "a,b,c,d", "27,64,28,75"]) expect(parseBbox(bad), bad).toBeNull();
  });

  it("knows when bounds overlap", () => {
    const a = { minLat: 64, maxLat: 65, minLon: 27, maxLon: 28 };
    expect(overlaps(a, { minLat: 64.5, maxLat: 66, minLon: 27.5, maxLon: 29 })).toBe(true);
    expect(overlaps(a, { minLat: 66, maxLat: 67, minLon: 27, maxLon: 28 })).toBe(false);
  });
});
