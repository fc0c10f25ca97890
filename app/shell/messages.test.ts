import { describe, expect, it } from "vitest";
import * as codeLists from "../network-map/code-lists";
import { allMessageKeys, hasMessage, translator } from "../kit/i18n/catalogue";
import { messagesOf } from "./messages";
import { languages } from "../kit/i18n/languages";

describe("message catalogues", () => {
  it("have the same keys and no empty text in every language", () => {
    const finnish = allMessageKeys("fi").sort();
    for (const lang of languages) {
      expect(allMessageKeys(lang).sort()).toEqual(finnish);
      const t = translator(lang);
      for (const key of finnish) expect(t(key as never).trim(), `${lang} ${key}`).not.toBe("");
    }
  });

  it("label every code of every code list in every language", () => {
    const lists: [string, readonly string[]][] = [
      ["organizationType", codeLists.organizationTypes],
      ["targetGroup", codeLists.targetGroups],
      ["channel", codeLists.channels],
      ["language", codeLists.serviceLanguages],
      ["topic", codeLists.topics],
      ["competence", codeLists.competenceAreas],
      ["status", codeLists.serviceStatuses],
      ["cost", codeLists.costTypes],
    ];
    for (const lang of languages)
      for (const [prefix, codes] of lists)
        for (const code of codes) expect(hasMessage(lang, `${prefix}.${code}`), `${lang} ${prefix}.${code}`).toBe(true);
  });

  it("fills in values", () => {
    expect(translator("en")("search.results", { count: 3 })).toBe("3 results");
    expect(translator("fi")("validation.tooLong", { max: 200 })).toContain("200");
  });

  it("has one language's messages per chunk, each complete", () => {
    for (const lang of ["fi", "sv", "en"] as const) expect(Object.keys(messagesOf(lang)).sort()).toEqual(allMessageKeys(lang).sort());
    expect(messagesOf("sv")["error.badRequest"]).toBe("Begäran var felaktig.");
  });
});
