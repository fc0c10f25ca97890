import { describe, expect, it } from "vitest";
import * as codeLists from "../network-map/code-lists";
import { durationUnits } from "../offerings/code-lists";
import { allMessageKeys, hasMessage, translator } from "../kit/i18n/catalogue";
import { compileMessage, type CompiledMessage } from "../kit/i18n/message-format";
import { messagesOf } from "./messages";
import { languages } from "../kit/i18n/languages";

/** The names of a compiled message's arguments, also those inside plural and select branches. */
function argumentsOf(message: CompiledMessage, names = new Set<string>()): Set<string> {
  if (typeof message === "string") return names;
  for (const element of message) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-comparison -- 0 is the parser's TYPE.literal
    if ("value" in element && element.type !== 0) names.add(element.value);
    if ("options" in element) for (const option of Object.values(element.options)) argumentsOf(option.value, names);
  }
  return names;
}

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
      for (const [prefix, codes] of lists) for (const code of codes) expect(hasMessage(lang, `${prefix}.${code}`), `${lang} ${prefix}.${code}`).toBe(true);
  });

  it("fills in values", () => {
    expect(translator("en")("search.results", { count: 3 })).toBe("3 results");
    expect(translator("fi")("validation.tooLong", { max: 200 })).toContain("200");
  });

  it("are valid ICU MessageFormat, every message in every language", () => {
    const errors: string[] = [];
    for (const lang of languages)
      for (const [key, text] of Object.entries(messagesOf(lang))) {
        try {
          compileMessage(text, lang);
        } catch (error) {
          errors.push(`${lang} ${key}: ${(error as Error).message}`);
        }
      }
    expect(errors).toEqual([]);
  });

  it("read as written where they have no arguments: ICU's quoting (apostrophes) changes no text", () => {
    for (const lang of languages)
      for (const [key, text] of Object.entries(messagesOf(lang))) {
        const compiled = compileMessage(text, lang);
        if (typeof compiled === "string") expect(compiled, `${lang} ${key}`).toBe(text);
      }
  });

  it("take the same arguments in every language", () => {
    const finnish = messagesOf("fi");
    for (const lang of languages)
      for (const [key, text] of Object.entries(messagesOf(lang)))
        expect([...argumentsOf(compileMessage(text, lang))].sort(), `${lang} ${key}`).toEqual([...argumentsOf(compileMessage(finnish[key], "fi"))].sort());
  });

  it("count with the language's plural forms", () => {
    const results = (lang: (typeof languages)[number]) => [0, 1, 2].map((count) => translator(lang)("search.results", { count }));
    expect(results("fi")).toEqual(["0 tulosta", "1 tulos", "2 tulosta"]);
    expect(results("sv")).toEqual(["0 resultat", "1 resultat", "2 resultat"]);
    expect(results("en")).toEqual(["0 results", "1 result", "2 results"]);
    expect(translator("fi")("offerings.results", { count: 1 })).toBe("1 koulutus");
    expect(translator("en")("meetings.missingMinutesIntro", { count: 1 })).toBe("Minutes are missing for 1 meeting held:");
    expect(translator("sv")("work.staleCount", { count: 1 })).toBe("1 okontrollerad uppgift");
    expect(translator("en")("search.resultsOver", { count: 1000 })).toBe("More than 1\u00a0000 results");
  });

  it("name every duration unit in the duration's select, in every language", () => {
    for (const lang of languages)
      for (const unit of durationUnits) {
        const one = translator(lang)("offering.durationAmount", { unit, n: 1 });
        // The select's "other" branch is the bare number: each unit must have a branch of its own.
        expect(one, `${lang} ${unit}`).not.toBe("1");
        expect(one, `${lang} ${unit}`).toMatch(/^1 \S/);
      }
    expect(translator("fi")("offering.durationAmount", { unit: "years", n: 3 })).toBe("3 vuotta");
    expect(translator("en")("offering.durationAmount", { unit: "credits", n: 1 })).toBe("1 credit");
  });

  it("has one language's messages per chunk, each complete", () => {
    for (const lang of ["fi", "sv", "en"] as const) expect(Object.keys(messagesOf(lang)).sort()).toEqual(allMessageKeys(lang).sort());
    expect(messagesOf("sv")["error.badRequest"]).toBe("Begäran var felaktig.");
  });
});
