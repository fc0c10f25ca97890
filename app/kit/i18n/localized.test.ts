import { describe, expect, it } from "vitest";
import { inEachLanguage, localize } from "./localized";

describe("a value in each language", () => {
  it("is written once per content language and read in the reader's", () => {
    const value = inEachLanguage((lang) => `${lang}!`);
    expect(value).toEqual({ fi: "fi!", sv: "sv!", en: "en!" });
    expect(localize(value, "sv").text).toBe("sv!");
  });
});
