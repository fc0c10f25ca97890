import { describe, expect, it } from "vitest";
import { favouritesCookie, maxFavourites, readFavourites, safeReturnPath, toggleFavourite } from "./favourites";

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

describe("favourites cookie", () => {
  it("reads back what it writes, dropping anything that is not an id", () => {
    const header = favouritesCookie([id(1), id(2)], false).split(";")[0];
    expect(readFavourites(`other=1; ${header}`)).toEqual([id(1), id(2)]);
    expect(readFavourites(`elo_compare=${id(1)}.<script>.${id(1)}.x`)).toEqual([id(1)]);
    expect(readFavourites(null)).toEqual([]);
  });

  it("caps the list", () => {
    const many = Array.from({ length: maxFavourites }, (_, i) => id(i));
    expect(toggleFavourite(many, id(99), "add")).toEqual({ ok: false, reason: "full" });
    expect(readFavourites(`elo_compare=${[...many, id(99)].join(".")}`)).toHaveLength(maxFavourites);
  });

  it("adds once and removes", () => {
    const added = toggleFavourite([id(1)], id(2), "add");
    expect(added).toEqual({ ok: true, ids: [id(1), id(2)] });
    expect(toggleFavourite([id(1), id(2)], id(2), "add")).toEqual({ ok: true, ids: [id(1), id(2)] });
    expect(toggleFavourite([id(1), id(2)], id(1), "remove")).toEqual({ ok: true, ids: [id(2)] });
    expect(favouritesCookie([], true)).toContain("Max-Age=0");
  });

  it("returns only to the education pages of the same site", () => {
    expect(safeReturnPath("/fi/education?q=hitsaus", "fi")).toBe("/fi/education?q=hitsaus");
    expect(safeReturnPath("https://evil.example/", "fi")).toBe("/fi/education/compare");
    expect(safeReturnPath("/fi/education//evil.example", "fi")).toBe("/fi/education/compare");
    expect(safeReturnPath("/sv/education", "fi")).toBe("/fi/education/compare");
  });
});
