import { describe, expect, it } from "vitest";
import { createAnalyser, searchTerms, typoCorrections } from "./analyser";
import { finnishAnalyser, finnishTransducer } from "./finnish.server";

describe("the Finnish analyser", () => {
  const analyser = finnishAnalyser();

  it("gives the base forms of issue 10's words, and the parts of compounds", () => {
    expect(analyser.analyse("ohjauksessa").baseForms).toEqual(["ohjaus"]);
    expect(analyser.analyse("Ohjaukseen").baseForms).toEqual(["ohjaus"]);
    expect(analyser.analyse("työttömille").baseForms).toEqual(["työtön"]);
    expect(analyser.analyse("ammatinvaihtajille")).toEqual({ baseForms: ["ammatinvaihtaja"], parts: ["ammatti", "vaihtaja"] });
    expect(analyser.analyse("aikuiskoulutukseen")).toEqual({ baseForms: ["aikuiskoulutus"], parts: ["aikuinen", "koulutus"] });
    expect(analyser.analyse("Helsingissä").baseForms).toEqual(["helsinki"]);
    expect(analyser.analyse("xqzv").baseForms).toEqual([]);
  });

  it("indexes a word by its base forms, its parts and the shorter compounds inside it", () => {
    expect(searchTerms(analyser, "aikuiskoulutustuesta")).toEqual(["aikuinen", "aikuiskoulutus", "aikuiskoulutustuki", "koulutus", "koulutustuki", "tuki"]);
    expect(searchTerms(analyser, "työllisyyspalvelut")).toEqual(["palvelu", "työllisyys", "työllisyyspalvelu"]);
  });

  it("reads hyphenated words Voikko knows whole, and others piece by piece", () => {
    expect(searchTerms(analyser, "it-alalle")).toEqual(["ala", "it", "it-ala"]);
    expect(searchTerms(analyser, "TE-toimistoon")).toEqual(["te", "te-toimisto", "toimisto"]);
    expect(searchTerms(analyser, "xqzv-wwq")).toEqual([]);
  });

  it("corrects unknown words with two letters swapped or one letter too many", () => {
    expect(typoCorrections(analyser, "neuovnta")).toEqual(["neuvonta"]);
    expect(typoCorrections(analyser, "opintottuki")).toEqual(["opintotuki"]);
    expect(typoCorrections(analyser, "neuvonta")).toEqual([]); // a known word needs no correction
  });

  it("keeps at most the given number of words in its cache, the least recently used going first", () => {
    let walks = 0;
    const transducer = finnishTransducer();
    const counting = createAnalyser({ outputs: (word, limit) => (walks++, transducer.outputs(word, limit)) }, 2);
    counting.analyse("talo");
    counting.analyse("auto");
    counting.analyse("talo"); // cached; now the most recent
    counting.analyse("kala"); // evicts "auto"
    expect(walks).toBe(3);
    counting.analyse("talo");
    expect(walks).toBe(3);
    counting.analyse("auto");
    expect(walks).toBe(4);
  });
});
