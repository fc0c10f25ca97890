import { describe, expect, it } from "vitest";
import { optionalCount, optionalEuroCents, parseFinnishNumber } from "./number-fields";

describe("numbers typed the Finnish way", () => {
  it("read spaces and dots as thousands and a comma as the decimal mark", () => {
    expect(parseFinnishNumber("1 234,50 €")).toBe(1234.5);
    expect(parseFinnishNumber("245\u00a0764")).toBe(245764);
    expect(parseFinnishNumber("1.234,50")).toBe(1234.5);
    expect(parseFinnishNumber("1.234.567")).toBe(1234567);
    expect(parseFinnishNumber("1234.5")).toBe(1234.5);
    expect(parseFinnishNumber("293 318 euroa")).toBe(293318);
  });

  it("refuse what is not a number", () => {
    for (const text of ["", "abc", "1,2,3", "12 €€", "=1+1", "1e5"]) expect(parseFinnishNumber(text), text).toBeNull();
  });

  it("keep euros as cents and counts as whole numbers", () => {
    expect(optionalEuroCents().parse("1 234,56 €")).toBe(123456);
    expect(optionalEuroCents().parse("")).toBeUndefined();
    expect(optionalEuroCents().safeParse("-5").success).toBe(false);
    expect(optionalCount().parse("86")).toBe(86);
    expect(optionalCount().safeParse("8,5").success).toBe(false);
  });
});
