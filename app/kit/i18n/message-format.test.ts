import { describe, expect, it } from "vitest";
import { compileMessage, compileMessages, formatterCache, messageFormatter } from "./message-format";
import type { Language } from "./languages";

const format = (text: string, lang: Language, values?: Record<string, string | number>) =>
  messageFormatter("some.key", compileMessage(text, lang), lang)(values);

describe("ICU messages", () => {
  it("fill in simple arguments as before", () => {
    expect(format("Hei {name}, {count} uutta", "fi", { name: "Aino", count: 3 })).toBe("Hei Aino, 3 uutta");
  });

  it("pick the plural form of the language for 0, 1 and 2", () => {
    const results = {
      fi: "{count, plural, one {# tulos} other {# tulosta}}",
      sv: "{count, plural, one {# resultat} other {# resultat}}",
      en: "{count, plural, one {# result} other {# results}}",
    };
    expect([0, 1, 2].map((count) => format(results.fi, "fi", { count }))).toEqual(["0 tulosta", "1 tulos", "2 tulosta"]);
    expect([0, 1, 2].map((count) => format(results.sv, "sv", { count }))).toEqual(["0 resultat", "1 resultat", "2 resultat"]);
    expect([0, 1, 2].map((count) => format(results.en, "en", { count }))).toEqual(["0 results", "1 result", "2 results"]);
    expect(format("{n, plural, =0 {ei yhtään} one {yksi} other {#}}", "fi", { n: 0 })).toBe("ei yhtään");
  });

  it("write the count of a plural in the language's number format", () => {
    expect(format("{count, plural, one {# result} other {# results}}", "en", { count: 12345 })).toBe("12\u00a0345 results");
    expect(format("{count, plural, one {# tulos} other {# tulosta}}", "fi", { count: 12345 })).toBe("12\u00a0345 tulosta");
  });

  it("select text by a code", () => {
    const text = "{kind, select, csv {CSV-tiedosto} other {tiedosto}}";
    expect(format(text, "fi", { kind: "csv" })).toBe("CSV-tiedosto");
    expect(format(text, "fi", { kind: "xlsx" })).toBe("tiedosto");
  });

  it("keep apostrophes, hashes and angle brackets of plain text as they are", () => {
    for (const text of ["Didn't find your answer?", "The organisation's services", "Markdown: ## heading", "a < b"]) expect(format(text, "en")).toBe(text);
    expect(compileMessage("The group's page", "en")).toBe("The group's page");
  });

  it("compile a message without arguments to its text, and one with arguments to its parsed form", () => {
    expect(compileMessages({ a: "Teksti", b: "{n} kpl" }, "fi")).toEqual({ a: "Teksti", b: expect.any(Array) });
  });

  it("throw on a syntax error", () => {
    expect(() => compileMessage("{count, plural, one {# tulos}", "fi")).toThrow();
    expect(() => compileMessage("{count, plural, one {# tulos} two {# kaksi}}", "fi")).toThrow();
  });

  it("show the key rather than fail when a value is missing", () => {
    expect(format("Hei {name}", "fi")).toBe("some.key");
  });

  it("compile each message once per cache", () => {
    let compiled = 0;
    const formatterOf = formatterCache((key) => {
      compiled++;
      return key === "known" ? compileMessage("{n} kpl", "fi") : undefined;
    }, "fi");
    expect(formatterOf("known")?.({ n: 2 })).toBe("2 kpl");
    expect(formatterOf("known")?.({ n: 3 })).toBe("3 kpl");
    expect(formatterOf("unknown")).toBeUndefined();
    expect(compiled).toBe(2);
  });
});
