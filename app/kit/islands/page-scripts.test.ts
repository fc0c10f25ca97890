import { describe, expect, it } from "vitest";
import { hydrates, islandsOf } from "./page-scripts";

describe("page scripts", () => {
  it("hydrate only when a matched route asks for it", () => {
    expect(hydrates([undefined, {}, { islands: ["near-me"] }])).toBe(false);
    expect(hydrates([{ hydrate: false }])).toBe(false);
    expect(hydrates([undefined, { hydrate: true }, {}])).toBe(true);
    expect(hydrates([])).toBe(false);
  });

  it("list each named island once, ignoring handles that are not objects", () => {
    expect(islandsOf([null, "x", { islands: ["near-me"] }, { islands: ["map", "near-me"] }])).toEqual(["near-me", "map"]);
    expect(islandsOf([{ hydrate: true }])).toEqual([]);
  });
});
