import { describe, expect, it } from "vitest";
import { mapSearchParams, parseMapSearch } from "../network-map/search-params";
import { offeringSearchParams, parseOfferingSearch } from "../offerings/search-params";
import { guideParams, guideSearches, hasAnswers, parseGuideAnswers, parsePathFilters, pathSearches } from "./filters";

const known = (code: string) => ["kunta_205", "kunta_698"].includes(code);
const params = (query: string) => new URLSearchParams(query);

describe("path page choices", () => {
  it("read a municipality and a language, each optional", () => {
    expect(parsePathFilters(params("municipality=kunta_205&language=ru"), known)).toEqual({ ok: true, value: { municipality: "kunta_205", language: "ru" } });
    expect(parsePathFilters(params("municipality=&language="), known)).toEqual({ ok: true, value: { municipality: null, language: null } });
  });

  it("refuse an unknown municipality, a malformed one, an unknown language and repeated values", () => {
    expect(parsePathFilters(params("municipality=kunta_999"), known)).toEqual({ ok: false, parameter: "municipality" });
    expect(parsePathFilters(params("municipality=Kajaani"), known)).toEqual({ ok: false, parameter: "municipality" });
    expect(parsePathFilters(params("language=xx"), known)).toEqual({ ok: false, parameter: "language" });
    expect(parsePathFilters(params("municipality=kunta_205&municipality=kunta_698"), known)).toEqual({ ok: false, parameter: "municipality" });
  });

  it("become searches for the path's target groups in that municipality and language", () => {
    const { services, offerings } = pathSearches("immigrants", { municipality: "kunta_205", language: "ru" });
    expect(services).toMatchObject({
      kinds: ["service"],
      targetGroups: ["immigrants"],
      municipalities: ["kunta_205"],
      languages: ["ru"],
      topics: [],
      channels: [],
    });
    expect(offerings).toMatchObject({ targetGroups: ["immigrants"], municipalities: ["kunta_205"], languages: ["ru"], fundingForms: [] });
  });
});

describe("guided search", () => {
  it("reads every answer, and an empty form as no answers", () => {
    const parsed = parseGuideAnswers(params("situation=career-change&goal=financing&municipality=kunta_698&language=fi&channel=phone&channel=chat"), known);
    expect(parsed).toEqual({
      ok: true,
      value: { situation: "career-change", goal: "financing", municipality: "kunta_698", language: "fi", channels: ["phone", "chat"] },
    });
    const empty = parseGuideAnswers(params("situation=&goal="), known);
    expect(empty.ok && hasAnswers(empty.value)).toBe(false);
  });

  it("names the bad answer: unknown path, goal or channel", () => {
    expect(parseGuideAnswers(params("situation=astronauts"), known)).toEqual({ ok: false, parameter: "situation" });
    expect(parseGuideAnswers(params("goal=get_rich"), known)).toEqual({ ok: false, parameter: "goal" });
    expect(parseGuideAnswers(params("channel=pigeon"), known)).toEqual({ ok: false, parameter: "channel" });
    expect(parseGuideAnswers(params("municipality=kunta_12"), known)).toEqual({ ok: false, parameter: "municipality" });
  });

  it("turns answers into the search parameters of the service and education searches", () => {
    const searches = guideSearches({ situation: "career-change", goal: "financing", municipality: "kunta_698", language: "fi", channels: ["phone", "chat"] });
    expect(mapSearchParams(searches.services).toString()).toBe(
      "municipality=kunta_698&group=career_changers&channel=phone&channel=chat&language=fi&topic=financing_studies&kind=service",
    );
    expect(offeringSearchParams(searches.offerings).toString()).toBe(
      "language=fi&municipality=kunta_698&funding=self_motivated_study&funding=labour_market_training&funding=apprenticeship&group=career_changers",
    );
    // The parameters are valid for the searches that will read them.
    expect(parseMapSearch(mapSearchParams(searches.services))).toEqual({ ok: true, search: searches.services });
    expect(parseOfferingSearch(offeringSearchParams(searches.offerings))).toEqual({ ok: true, search: searches.offerings });
  });

  it("uses the goal alone when the situation is left open", () => {
    const study = guideSearches({ situation: null, goal: "study_place", municipality: null, language: null, channels: [] });
    expect(study.services).toMatchObject({ targetGroups: [], topics: ["choosing_education", "applying_to_education"] });
    expect(study.offerings.targetGroups).toEqual([]);
    const business = guideSearches({ situation: null, goal: "business", municipality: null, language: null, channels: [] });
    expect(business.services.topics).toEqual(["entrepreneurship"]);
    expect(business.offerings.targetGroups).toEqual(["entrepreneurs", "employers"]);
    const guidance = guideSearches({ situation: null, goal: "guidance", municipality: null, language: null, channels: ["video"] });
    expect(guidance.services).toMatchObject({ topics: [], channels: ["video"], kinds: ["service"] });
  });

  it("gives back the answers as URL parameters for changing them", () => {
    const answers = { situation: "immigrants", goal: "guidance", municipality: "kunta_205", language: "ru", channels: ["in_person", "video"] } as const;
    const query = guideParams({ ...answers, channels: [...answers.channels] });
    expect(query.toString()).toBe("situation=immigrants&goal=guidance&municipality=kunta_205&language=ru&channel=in_person&channel=video");
    expect(parseGuideAnswers(query, known)).toEqual({ ok: true, value: { ...answers, channels: ["in_person", "video"] } });
  });
});
