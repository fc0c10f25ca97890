import { describe, expect, it } from "vitest";
import { findPlaceInQuery } from "./place-in-query";

const municipalities = [
  { code: "kunta_205", regionCode: "maakunta_18", nameFi: "Kajaani", nameSv: "Kajana" },
  { code: "kunta_905", regionCode: "maakunta_15", nameFi: "Vaasa", nameSv: "Vasa" },
  { code: "kunta_202", regionCode: "maakunta_02", nameFi: "Kaarina", nameSv: "S:t Karins" },
  { code: "kunta_508", regionCode: "maakunta_06", nameFi: "Mänttä-Vilppula", nameSv: "Mänttä-Vilppula" },
];
// Stands in for Voikko's analysis.
const bases: Record<string, string[]> = { kajaanissa: ["kajaani"], vaasassa: ["vaasa"], ohjausta: ["ohjaus"], "mänttä-vilppulassa": ["mänttä-vilppula"] };
const find = (q: string) => findPlaceInQuery(q, municipalities, (word) => bases[word] ?? []);

describe("a municipality named in the query words", () => {
  it("is found in an inflected form and left out of the words", () => {
    expect(find("ohjaus kajaanissa")).toMatchObject({ municipality: { code: "kunta_205" }, words: "ohjaus", placeWords: "kajaanissa" });
    expect(find("Ohjausta Vaasassa aikuisille")).toMatchObject({ municipality: { code: "kunta_905" }, words: "Ohjausta aikuisille" });
    expect(find("mänttä-vilppulassa")).toMatchObject({ municipality: { code: "kunta_508" }, words: "" });
  });

  it("is found by its Swedish name, with the preposition before it left out too", () => {
    expect(find("studiehandledning i Vasa")).toMatchObject({ municipality: { code: "kunta_905" }, words: "studiehandledning", placeWords: "Vasa" });
    expect(find("guidance in Kajana")).toMatchObject({ municipality: { code: "kunta_205" }, words: "guidance" });
    expect(find("vägledning i S:t Karins")).toMatchObject({ municipality: { code: "kunta_202" }, words: "vägledning", placeWords: "S:t Karins" });
  });

  it("is nothing when no word names a municipality, and a lone preposition stays", () => {
    expect(find("ohjausta aikuisille")).toBeNull();
    expect(find("i")).toBeNull();
    expect(find("")).toBeNull();
  });
});
