import { describe, expect, it } from "vitest";
import { resultsFilters, satisfactionAnswerInput } from "./satisfaction-inputs";

describe("satisfaction inputs", () => {
  it("refuses a period that ends before it starts", () => {
    expect(resultsFilters.safeParse({ from: "5/2026", to: "3/2026" }).success).toBe(false);
    expect(resultsFilters.parse({ from: "3/2026", to: "5/2026" })).toEqual({ from: "2026-03", to: "2026-05" });
    expect(resultsFilters.parse({ from: "", to: undefined })).toEqual({ from: undefined, to: undefined });
  });

  it("takes a score of 1–5 and a short comment", () => {
    expect(satisfactionAnswerInput.parse({ score: "4", comment: "  Hyvä  " })).toEqual({ score: 4, comment: "Hyvä" });
    expect(satisfactionAnswerInput.parse({ score: "1", comment: "" })).toEqual({ score: 1, comment: undefined });
    for (const score of ["0", "6", "3.5", "", "viisi"]) expect(satisfactionAnswerInput.safeParse({ score }).success, score).toBe(false);
    expect(satisfactionAnswerInput.safeParse({ score: "5", comment: "x".repeat(501) }).success).toBe(false);
  });
});
