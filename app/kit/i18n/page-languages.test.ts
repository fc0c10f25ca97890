import { describe, expect, it } from "vitest";
import { isGuestLanguage, preferredPageLanguage, textDirection } from "./page-languages";

describe("content languages", () => {
  it("picks the language a browser prefers most, interface language or not", () => {
    expect(preferredPageLanguage("ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7")).toBe("ru");
    expect(preferredPageLanguage("en;q=0.8, ru;q=0.5")).toBe("en");
    expect(preferredPageLanguage("de-DE,de;q=0.9,ru;q=0.8,fi;q=0.7")).toBe("ru");
    expect(preferredPageLanguage("fi, ru")).toBe("fi");
    expect(preferredPageLanguage("de, ru;q=0")).toBeNull();
    expect(preferredPageLanguage(null)).toBeNull();
  });

  it("marks Arabic right to left and knows which languages the interface is not in", () => {
    expect(textDirection("ar")).toBe("rtl");
    expect(textDirection("ru")).toBe("ltr");
    expect(isGuestLanguage("ru")).toBe(true);
    expect(isGuestLanguage("so")).toBe(true);
    expect(isGuestLanguage("sv")).toBe(false);
  });
});
