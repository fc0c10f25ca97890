import { describe, expect, it } from "vitest";
import { neutralizeCell, neutralizeValue, restoreCell } from "./formula-cells";

describe("formula cells", () => {
  it("puts a quote before text a spreadsheet would run as a formula", () => {
    for (const text of ['=HYPERLINK("http://x")', "+A1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "=", "-"]) expect(neutralizeCell(text)).toBe(`'${text}`);
  });

  it("leaves other text and plain numbers as they are", () => {
    for (const text of ["", "Ohjaamo", "a=b", " =1", "-5", "-1,5", "+3.25", "12", "'quoted", "x@y.fi"]) expect(neutralizeCell(text)).toBe(text);
  });

  it("quotes text that already starts with a quote before such a character, so the way back is exact", () => {
    expect(neutralizeCell("'=1")).toBe("''=1");
    expect(neutralizeCell("''-x")).toBe("'''-x");
  });

  it("restores exactly what it neutralised", () => {
    const texts = ["=1+1", "+358 40 123", "-x", "@a", "\tb", "\rc", "'=1", "''@", "'plain", "'", "-5", "Äänekoski", "'-5"];
    for (const text of texts) expect(restoreCell(neutralizeCell(text))).toBe(text);
  });

  it("removes only the quote the export adds", () => {
    expect(restoreCell("'=1")).toBe("=1");
    expect(restoreCell("'plain")).toBe("'plain");
    expect(restoreCell("'-5")).toBe("'-5");
  });

  it("neutralises only text values", () => {
    expect(neutralizeValue(-5)).toBe(-5);
    expect(neutralizeValue("=1")).toBe("'=1");
  });
});
