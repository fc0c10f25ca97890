import { describe, expect, it } from "vitest";
import { clusterPoints, mostCommon } from "./clusters";

const at = (id: string, x: number, y: number) => ({ id, x, y, latitude: 64 - y / 100, longitude: 27 + x / 100 });

describe("map clusters", () => {
  it("joins points within the radius, keeps far ones apart and counts them", () => {
    const clusters = clusterPoints([at("a", 100, 100), at("b", 110, 105), at("c", 95, 90), at("d", 300, 300)], 22);
    expect(clusters.map((c) => c.points.map((p) => p.id).sort())).toEqual([["a", "b", "c"], ["d"]]);
    const [three] = clusters;
    expect(three.x).toBeCloseTo(101.7, 1);
    expect(three.y).toBeCloseTo(98.3, 1);
    expect(three.bounds).toEqual({ minLat: 62.95, maxLat: 63.1, minLon: 27.95, maxLon: 28.1 });
  });

  it("finds a neighbour across a grid cell border but not beyond the radius", () => {
    expect(clusterPoints([at("a", 21, 5), at("b", 23, 5)], 22)).toHaveLength(1);
    expect(clusterPoints([at("a", 0, 0), at("b", 23, 0)], 22)).toHaveLength(2);
  });

  it("gives the same clusters whatever order the points come in", () => {
    const points = Array.from({ length: 200 }, (_, i) => at(`p${i}`, (i * 37) % 500, (i * 53) % 400));
    const key = (list: typeof points) =>
      clusterPoints(list, 30)
        .map((c) =>
          c.points
            .map((p) => p.id)
            .sort()
            .join(","),
        )
        .sort();
    expect(key([...points].reverse())).toEqual(key(points));
    expect(key(points).join(",").split(",").sort()).toEqual(points.map((p) => p.id).sort());
  });

  it("names the most common value, ties in sort order", () => {
    expect(mostCommon(["kunta_205", "kunta_290", "kunta_205"])).toBe("kunta_205");
    expect(mostCommon(["kunta_290", "kunta_205"])).toBe("kunta_205");
  });
});
