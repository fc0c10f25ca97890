import { describe, expect, it } from "vitest";
import { boundsOf, finlandBounds, projection } from "./map-projection";

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
