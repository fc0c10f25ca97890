import { and, eq } from "drizzle-orm";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishVersion } from "../../app/content-pages/commands/publish-version.server";
import { contentPage, contentVersion } from "../../app/content-pages/schema.server";
import { db } from "../../app/kit/db/db.server";
import { appUrl, expectNoAxeViolations, launchBrowser, newPage } from "../support/browser";
import { aContentPage, aService, aServicePoint, anOffering, anOrganization, system, unique } from "../support/fixtures";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// Savukoski: a small municipality that no other test uses (the database tests use Enontekiö and Utsjoki).
const savukoski = "kunta_742";

/** A service for immigrants and a company service in Savukoski, and an integration course there. */
async function savukoskiEntries() {
  const marker = unique("p");
  const org = await anOrganization({ regionCodes: ["maakunta_19"] });
  const point = await aServicePoint(org.id, { postalCode: "98800" });
  const immigrants = `Aaa maahanmuuttajaneuvonta ${marker}`;
  const companies = `Aaa yritysneuvonta ${marker}`;
  const course = `Aaa kotoutumiskoulutus ${marker}`;
  await aService(org.id, {
    name: { fi: immigrants },
    targetGroups: ["immigrants"],
    languages: ["fi", "ru"],
    channels: [{ channel: "in_person", servicePointId: point, hours: {} }],
    servicePointIds: [point],
  });
  await aService(org.id, {
    name: { fi: companies },
    targetGroups: ["entrepreneurs"],
    topics: ["entrepreneurship"],
    languages: ["fi", "ru"],
    channels: [{ channel: "in_person", servicePointId: point, hours: {} }],
    servicePointIds: [point],
  });
  await anOffering(org.id, { name: { fi: course }, targetGroups: ["immigrants"], teachingLanguages: ["ru"], municipalityCode: savukoski });
  return { immigrants, companies, course };
}

const headings = (page: Page, selector: string) => page.locator(selector).allTextContents();

describe("life-situation paths without JavaScript", () => {
  it("lead from the front page to a path, where the visitor's municipality and language narrow the services", async () => {
    const { immigrants, companies, course } = await savukoskiEntries();
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(appUrl("/fi"));
    expect(await page.locator("nav.main-nav a[href='/fi/paths']").textContent()).toBe("Elämäntilanteet");
    expect(await page.locator("nav.main-nav a[href='/fi/guide']").textContent()).toBe("Ohjattu haku");
    await Promise.all([page.waitForNavigation(), page.click("main a[href='/fi/paths/immigrants']")]);
    expect(await page.textContent("h1")).toBe("Olen muuttanut Suomeen");
    expect(await page.getAttribute("meta[name=description]", "content")).toContain("Suomeen muuttaneille");

    await page.selectOption("#path-municipality", savukoski);
    await page.selectOption("#path-language", "ru");
    await Promise.all([page.waitForNavigation(), page.click("button:has-text('Näytä palvelut')")]);
    expect(page.url()).toBe(appUrl(`/fi/paths/immigrants?municipality=${savukoski}&language=ru`));
    const services = await headings(page, "#portal-services-heading + ul .result h3");
    expect(services).toContain(immigrants);
    expect(services).not.toContain(companies);
    expect(await headings(page, "#portal-offerings-heading + ul .result h3")).toContain(course);
    // The choices are remembered in the form and carried to the full search.
    expect(await page.inputValue("#path-municipality")).toBe(savukoski);
    const all = await page.getAttribute("a:has-text('Kaikki ohjauspalvelut haussa')", "href");
    expect(all).toContain(`municipality=${savukoski}`);
    expect(all).toContain("group=immigrants");
    expect(await page.getAttribute("a[href='/fi/financing']", "href")).toBe("/fi/financing");
    expect(await page.getAttribute("a[href='/fi/studying']", "href")).toBe("/fi/studying");

    // The Russian version keeps the choices and marks its content as Russian.
    await Promise.all([page.waitForNavigation(), page.click("a:has-text('На русском')")]);
    expect(page.url()).toBe(appUrl(`/fi/paths/immigrants/ru?municipality=${savukoski}&language=ru`));
    expect(await page.textContent("[lang=ru] h1")).toBe("Я переехал(а) в Финляндию");
    expect(await page.getAttribute("html", "lang")).toBe("fi");
    const alternates = await page.$$eval("link[rel=alternate]", (links) => links.map((l) => `${l.getAttribute("hreflang")} ${l.getAttribute("href")}`));
    expect(alternates.map((a) => a.replace(/ https?:\/\/[^/]+/, " "))).toEqual([
      "fi /fi/paths/immigrants",
      "sv /sv/paths/immigrants",
      "en /en/paths/immigrants",
      "ru /en/paths/immigrants/ru",
    ]);
    expect(await headings(page, "#portal-services-heading + ul .result h3")).toContain(immigrants);
    await context.close();
  });

  it("show the Russian link in every UI language, and answer bad choices with 400 and unknown paths with 404", async () => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    for (const lang of ["fi", "sv", "en"]) {
      await page.goto(appUrl(`/${lang}/paths/immigrants`));
      expect(await page.getAttribute("a[lang=ru]", "href")).toBe(`/${lang}/paths/immigrants/ru`);
      const ru = await page.$$eval("link[rel=alternate][hreflang=ru]", (links) => links.map((l) => l.getAttribute("href")));
      expect(ru).toHaveLength(1);
      expect(ru[0]).toMatch(/^https?:\/\/.+\/en\/paths\/immigrants\/ru$/);
    }
    const bad = await page.goto(appUrl("/sv/paths/career-change?municipality=kunta_999"));
    expect(bad!.status()).toBe(400);
    expect(await page.getByRole("alert").textContent()).toBe("Valet ”kommun” är ogiltigt. Kontrollera valen och försök igen.");
    expect((await page.goto(appUrl("/fi/paths/astronauts")))!.status()).toBe(404);
    expect((await page.goto(appUrl("/fi/paths/companies/ru")))!.status()).toBe(404);
    await context.close();
  });
});

describe("guided search without JavaScript", () => {
  it("turns the answers into results with a summary, links to the full searches, and a way back to change them", async () => {
    const { companies, immigrants } = await savukoskiEntries();
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(appUrl("/en/guide"));
    expect(await page.locator("fieldset legend").allTextContents()).toEqual([
      "What describes your situation best?",
      "What do you want to achieve?",
      "Where and in which language?",
      "How do you want to be served?",
    ]);
    await page.check("#guide-situation-companies");
    await page.check("#guide-goal-business");
    await page.selectOption("#guide-municipality", savukoski);
    await page.selectOption("#guide-language", "ru");
    await page.check("#guide-channel-in_person");
    await Promise.all([page.waitForNavigation(), page.click("button:has-text('Show results')")]);
    expect(page.url()).toBe(appUrl(`/en/guide/results?situation=companies&goal=business&municipality=${savukoski}&language=ru&channel=in_person`));
    expect(await page.locator(".facts dd").allTextContents()).toEqual([
      "I am starting or developing a business",
      "Start or develop a business",
      "Savukoski",
      "Russian",
      "In person",
    ]);
    // English pages show the Finnish-only names with a note of their language.
    const services = await headings(page, "#portal-services-heading + ul .result h3");
    expect(services.some((s) => s.startsWith(companies))).toBe(true);
    expect(services.some((s) => s.startsWith(immigrants))).toBe(false);
    const full = await page.getAttribute("a:has-text('guidance services in the search')", "href");
    expect(full).toBe(
      `/en/search?municipality=${savukoski}&group=entrepreneurs&group=employers&channel=in_person&language=ru&topic=entrepreneurship&kind=service`,
    );

    await Promise.all([page.waitForNavigation(), page.click("a:has-text('Change your answers')")]);
    expect(await page.isChecked("#guide-situation-companies")).toBe(true);
    expect(await page.isChecked("#guide-goal-business")).toBe(true);
    expect(await page.inputValue("#guide-municipality")).toBe(savukoski);
    expect(await page.inputValue("#guide-language")).toBe("ru");
    expect(await page.isChecked("#guide-channel-in_person")).toBe(true);
    expect(await page.isChecked("#guide-channel-phone")).toBe(false);
    await context.close();
  });

  it("answers a bad answer with 400 and a translated message", async () => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    for (const [query, message] of [
      ["situation=astronauts", "Valinta ”tilanne” ei kelpaa."],
      ["municipality=kunta_999", "Valinta ”kunta” ei kelpaa."],
      ["channel=pigeon", "Valinta ”asiointitapa” ei kelpaa."],
      ["goal=a&goal=b", "Valinta ”tavoite” ei kelpaa."],
    ]) {
      for (const path of ["/fi/guide/results", "/fi/guide"]) {
        const response = await page.goto(appUrl(`${path}?${query}`));
        expect(response!.status(), `${path}?${query}`).toBe(400);
        expect(await page.getByRole("alert").textContent()).toContain(message);
      }
    }
    // Wanting to finance studies brings the path's financing text and links.
    await page.goto(appUrl("/en/guide/results?situation=career-change&goal=financing"));
    expect(await page.textContent("#guide-financing-heading")).toBe("Financing your studies");
    expect(await page.getAttribute("a:has-text('Financing options')", "href")).toBe("/en/financing");
    expect(await page.getAttribute("a:has-text('Labour market training')", "href")).toBe("/en/education?funding=labour_market_training");

    // No answers at all: everything, and a word that answering helps.
    await page.goto(appUrl("/en/guide/results?situation=&goal="));
    expect(await page.textContent("#guide-answers-heading + p")).toContain("You answered no questions");
    await context.close();
  });
});

describe("guided search with the keyboard", () => {
  it("is reached with Tab, answered with arrow keys and typing, and sent with Enter", async () => {
    const { context, page } = await newPage(browser);
    await page.goto(appUrl("/fi/guide"));
    const focused = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.id ?? "");
    let steps = 0;
    while ((await focused()) !== "guide-situation-" + "none" && steps++ < 60) await page.keyboard.press("Tab");
    expect(await focused()).toBe("guide-situation-none");
    await page.keyboard.press("ArrowUp"); // the last path: companies
    expect(await page.isChecked("#guide-situation-companies")).toBe(true);
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("guide-goal-none");
    await page.keyboard.press("ArrowUp"); // the last goal: business
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("guide-municipality");
    await page.keyboard.type("Savukoski");
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("guide-language");
    await page.keyboard.type("venäjä");
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("guide-channel-in_person");
    await page.keyboard.press("Space");
    while ((await page.evaluate(() => document.activeElement?.tagName)) !== "BUTTON" && steps++ < 120) await page.keyboard.press("Tab");
    await Promise.all([page.waitForURL(/\/fi\/guide\/results/), page.keyboard.press("Enter")]);
    expect(page.url()).toBe(appUrl(`/fi/guide/results?situation=companies&goal=business&municipality=${savukoski}&language=ru&channel=in_person`));
    await page.waitForSelector("h1:has-text('Sinulle sopivat palvelut ja koulutukset')");
    await context.close();
  });
});

describe("a path page with the keyboard and without JavaScript", () => {
  it("is narrowed to a municipality and a language with Tab, typing and Enter", async () => {
    const { immigrants } = await savukoskiEntries();
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(appUrl("/fi/paths/immigrants"));
    const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.id ?? "");
    for (let i = 0; i < 80 && (await focused()) !== "path-municipality"; i++) await page.keyboard.press("Tab");
    expect(await focused()).toBe("path-municipality");
    await page.keyboard.type("Savukoski");
    await page.keyboard.press("Tab");
    await page.keyboard.type("venäjä");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Näytä palvelut");
    await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
    expect(page.url()).toBe(appUrl(`/fi/paths/immigrants?municipality=${savukoski}&language=ru`));
    expect(await headings(page, "#portal-services-heading + ul .result h3")).toContain(immigrants);
    await context.close();
  });
});

describe("portal pages with axe", () => {
  it("have no WCAG 2.1 AA violations: path index, path page, Russian path, guide form and results", async () => {
    await savukoskiEntries();
    const { context, page } = await newPage(browser);
    for (const path of [
      "/fi/paths",
      `/fi/paths/immigrants?municipality=${savukoski}&language=ru`,
      `/en/paths/immigrants/ru?municipality=${savukoski}`,
      "/sv/paths/career-change",
      "/fi/guide",
      `/fi/guide/results?situation=immigrants&goal=guidance&municipality=${savukoski}&channel=in_person`,
      "/en/guide/results",
      "/sv/guide/results?situation=career-change&goal=financing",
    ]) {
      const response = await page.goto(appUrl(path));
      expect(response!.status(), path).toBe(200);
      await expectNoAxeViolations(page);
    }
    await context.close();
  });
});

/** A published Finnish content page of the slug, created unless the database has it already. */
async function publishedContentPage(slug: string, section: "studying" | "financing", title: string) {
  const [existing] = await db().select({ id: contentPage.id }).from(contentPage).where(eq(contentPage.slug, slug));
  if (existing) return;
  const { id } = await aContentPage({ slug, section, text: { title, summary: `${title}: lyhyesti.`, body: "Teksti." } });
  const [version] = await db()
    .select({ id: contentVersion.id })
    .from(contentVersion)
    .where(and(eq(contentVersion.pageId, id), eq(contentVersion.language, "fi")));
  await publishVersion(system, id, "fi", version.id);
}

describe("a path page's content pages", () => {
  it("link the published studying and financing pages of the path, without JavaScript and with no axe violations", async () => {
    await publishedContentPage("studying-on-unemployment-benefit", "financing", "Opiskelu työttömyysetuudella");
    await publishedContentPage("applying-to-education", "studying", "Koulutukseen hakeminen");
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(appUrl("/fi/paths/job-seekers"));
    const links = await page.locator("main .path-pages a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(links).toContain("/fi/pages/studying-on-unemployment-benefit");
    expect(links).toContain("/fi/pages/applying-to-education");
    await Promise.all([page.waitForNavigation(), page.click("main a[href='/fi/pages/studying-on-unemployment-benefit']")]);
    expect(page.url()).toBe(appUrl("/fi/pages/studying-on-unemployment-benefit"));
    await context.close();

    const withScripts = await newPage(browser);
    // Swedish readers get the Finnish pages, marked with their language.
    await withScripts.page.goto(appUrl("/sv/paths/job-seekers"));
    expect(await withScripts.page.locator("main .path-pages a[lang=fi]").count()).toBeGreaterThan(0);
    await expectNoAxeViolations(withScripts.page);
    await withScripts.context.close();
  });
});
