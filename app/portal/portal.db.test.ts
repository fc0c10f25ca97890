import { describe, expect, it } from "vitest";
import { aService, aServicePoint, anOffering, anOrganization, unique } from "../../tests/support/fixtures";
import { guideSearches } from "./filters";
import { loadPathPage } from "./path-page.server";
import { portalResults } from "./queries.server";

// Enontekiö and Utsjoki: small municipalities that other tests leave alone, so a path's top results
// there are this file's own entries.
const enontekio = "kunta_047";
const utsjoki = "kunta_890";

const pathPage = async (slug: string, query = "", lang = "fi") => {
  const request = new Request(`http://elo.test/${lang}/paths/${slug}${query}`);
  const result = await loadPathPage(request, { lang, slug }, { russian: false });
  if ("init" in result) throw new Error(`path page answered ${result.init?.status}`);
  return result;
};

describe("a life-situation path page", () => {
  it("shows services of its target groups in the chosen municipality and language, not others", async () => {
    const marker = unique("path");
    const org = await anOrganization({ regionCodes: ["maakunta_19"] });
    const point = await aServicePoint(org.id, { postalCode: "99400" }); // Enontekiö
    const forImmigrants = await aService(org.id, {
      name: { fi: `Aaa maahanmuuttajien ohjaus ${marker}` },
      targetGroups: ["immigrants"],
      languages: ["fi", "ru"],
      channels: [{ channel: "in_person", servicePointId: point, hours: {} }],
      servicePointIds: [point],
    });
    const otherGroup = await aService(org.id, {
      name: { fi: `Aaa yrittäjien neuvonta ${marker}` },
      targetGroups: ["entrepreneurs"],
      languages: ["ru"],
      areaMunicipalities: [enontekio],
    });
    const otherPlace = await aService(org.id, {
      name: { fi: `Aaa maahanmuuttajien ohjaus Utsjoella ${marker}` },
      targetGroups: ["immigrants"],
      languages: ["ru"],
      areaMunicipalities: [utsjoki],
    });
    const otherLanguage = await aService(org.id, {
      name: { fi: `Aaa suomenkielinen ohjaus ${marker}` },
      targetGroups: ["immigrants"],
      languages: ["fi"],
      areaMunicipalities: [enontekio],
    });

    const page = await pathPage("immigrants", `?municipality=${enontekio}&language=ru`);
    const ids = page.results.services.map((s) => s.id);
    expect(ids).toContain(forImmigrants);
    expect(ids).not.toContain(otherGroup);
    expect(ids).not.toContain(otherPlace);
    expect(ids).not.toContain(otherLanguage);
    expect(page.results.services.every((s) => s.municipalityCodes.includes(enontekio) && s.languages.includes("ru"))).toBe(true);

    // Without the language, the Finnish-speaking service of the same group and place is there too.
    const anyLanguage = await pathPage("immigrants", `?municipality=${enontekio}`);
    expect(anyLanguage.results.services.map((s) => s.id)).toEqual(expect.arrayContaining([forImmigrants, otherLanguage]));
    expect(anyLanguage.results.services.map((s) => s.id)).not.toContain(otherGroup);

    // The companies path shows the entrepreneurs' service and not the immigrants'.
    const companies = await pathPage("companies", `?municipality=${enontekio}`);
    expect(companies.results.services.map((s) => s.id)).toContain(otherGroup);
    expect(companies.results.services.map((s) => s.id)).not.toContain(forImmigrants);
  });

  it("shows education offerings for its groups in the chosen municipality and teaching language", async () => {
    const marker = unique("edu");
    const org = await anOrganization({ regionCodes: ["maakunta_19"] });
    const integration = await anOffering(org.id, {
      name: { fi: `Aaa kotoutumiskoulutus ${marker}` },
      educationType: "integration_training",
      targetGroups: ["immigrants"],
      teachingLanguages: ["fi", "ru"],
      municipalityCode: enontekio,
    });
    const forCareerChangers = await anOffering(org.id, {
      name: { fi: `Aaa alanvaihtajan koulutus ${marker}` },
      targetGroups: ["career_changers"],
      teachingLanguages: ["ru"],
      municipalityCode: enontekio,
    });
    const elsewhere = await anOffering(org.id, {
      name: { fi: `Aaa kotoutumiskoulutus Utsjoella ${marker}` },
      targetGroups: ["immigrants"],
      teachingLanguages: ["ru"],
      municipalityCode: utsjoki,
    });

    const page = await pathPage("immigrants", `?municipality=${enontekio}&language=ru`);
    const ids = page.results.offerings.map((o) => o.id);
    expect(ids).toContain(integration);
    expect(ids).not.toContain(forCareerChangers);
    expect(ids).not.toContain(elsewhere);
    expect(page.results.municipalityNames[enontekio]).toBe("Enontekiö");
    expect(page.searches.offerings).toMatchObject({ targetGroups: ["immigrants"], municipalities: [enontekio], languages: ["ru"] });

    const careerChange = await pathPage("career-change", `?municipality=${enontekio}`);
    expect(careerChange.results.offerings.map((o) => o.id)).toContain(forCareerChangers);
    expect(careerChange.results.offerings.map((o) => o.id)).not.toContain(integration);
  });

  it("answers an unknown municipality with 400 and a translated message, and an unknown path with 404", async () => {
    const request = new Request("http://elo.test/en/paths/immigrants?municipality=kunta_999");
    const result = await loadPathPage(request, { lang: "en", slug: "immigrants" }, { russian: false });
    expect("init" in result && result.init?.status).toBe(400);
    expect("data" in result && result.data.error).toBe("The choice “municipality” is not valid. Check your choices and try again.");

    const unknown = loadPathPage(new Request("http://elo.test/fi/paths/astronauts"), { lang: "fi", slug: "astronauts" }, { russian: false });
    await expect(unknown).rejects.toMatchObject({ init: { status: 404 } });
    // Only the immigrant path has a Russian version.
    const russian = loadPathPage(new Request("http://elo.test/fi/paths/companies/ru"), { lang: "fi", slug: "companies" }, { russian: true });
    await expect(russian).rejects.toMatchObject({ init: { status: 404 } });
  });
});

describe("the guided search's results", () => {
  it("narrow services by the chosen ways of being served and the goal's topics", async () => {
    const marker = unique("guide");
    const org = await anOrganization({ regionCodes: ["maakunta_19"] });
    const byChat = await aService(org.id, {
      name: { fi: `Aaa chat-ohjaus ${marker}` },
      targetGroups: ["career_changers"],
      topics: ["career_planning"],
      areaMunicipalities: [utsjoki],
      channels: [{ channel: "chat", contact: "https://chat.example.fi", hours: {} }],
    });
    const byPhone = await aService(org.id, {
      name: { fi: `Aaa puhelinohjaus ${marker}` },
      targetGroups: ["career_changers"],
      topics: ["career_planning"],
      areaMunicipalities: [utsjoki],
    });
    const otherTopic = await aService(org.id, {
      name: { fi: `Aaa rahoitusneuvonta ${marker}` },
      targetGroups: ["career_changers"],
      topics: ["financing_studies"],
      areaMunicipalities: [utsjoki],
      channels: [{ channel: "chat", contact: "https://chat.example.fi", hours: {} }],
    });
    const searches = guideSearches({ situation: "career-change", goal: "change_career", municipality: utsjoki, language: null, channels: ["chat"] });
    const results = await portalResults(searches, "fi");
    const ids = results.services.map((s) => s.id);
    expect(ids).toContain(byChat);
    expect(ids).not.toContain(byPhone);
    expect(ids).not.toContain(otherTopic);
  });
});
