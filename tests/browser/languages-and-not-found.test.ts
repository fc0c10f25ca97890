import { eq } from "drizzle-orm";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPage } from "../../app/content-pages/commands/create-page.server";
import { publishVersion } from "../../app/content-pages/commands/publish-version.server";
import { saveVersion } from "../../app/content-pages/commands/save-version.server";
import { immigrantGuidanceSlug } from "../../app/content-pages/public";
import { contentPage, contentVersion } from "../../app/content-pages/schema.server";
import { immigrantGuidanceTexts } from "../../app/demo/immigrant-guidance";
import { db } from "../../app/kit/db/db.server";
import { appUrl, expectNoAxeViolations, launchBrowser, newPage } from "../support/browser";
import { aContentPage, system } from "../support/fixtures";
import { get } from "../support/http";

const guidanceRu = `/en/pages/${immigrantGuidanceSlug}/ru`;

/** The immigrant guidance of the demo data, published in Finnish, English and Russian (once per database). */
async function publishedGuidance() {
  const [existing] = await db().select({ id: contentPage.id }).from(contentPage).where(eq(contentPage.slug, immigrantGuidanceSlug));
  if (existing) return;
  const { fi, en, ru } = immigrantGuidanceTexts;
  const id = await createPage(system, { slug: immigrantGuidanceSlug, section: "studying", position: 5, language: "fi", text: fi });
  const [finnish] = await db().select({ id: contentVersion.id }).from(contentVersion).where(eq(contentVersion.pageId, id));
  await publishVersion(system, id, "fi", finnish.id);
  for (const [language, text] of [["en", en!] as const, ["ru", ru!] as const]) {
    const saved = await saveVersion(system, id, language, text);
    await publishVersion(system, id, language, saved.id);
  }
}

const withLanguage = (header: string) => fetch(appUrl("/"), { headers: { "accept-language": header }, redirect: "manual" });

let browser: Browser;
beforeAll(async () => {
  await publishedGuidance();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("the immigrant guidance in Russian and other languages", { timeout: 120_000 }, () => {
  it("/ru and a browser that prefers Russian lead to it; other addresses under /ru are 404", async () => {
    for (const path of ["/ru", "/ru/"]) {
      const response = await get(path);
      expect(response.status, path).toBe(302);
      expect(response.headers.get("location"), path).toBe(guidanceRu);
    }
    expect((await get("/ru/search")).status).toBe(404);
    expect((await get("/xx")).status).toBe(404);
    expect((await get("/ar")).status).toBe(404); // Not written in Arabic yet.
    expect((await withLanguage("ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7")).headers.get("location")).toBe(guidanceRu);
    expect((await withLanguage("de-DE,ru;q=0.8")).headers.get("location")).toBe(guidanceRu);
    expect((await withLanguage("en-US,en;q=0.9,ru;q=0.8")).headers.get("location")).toBe("/en");
    expect((await withLanguage("sv-FI")).headers.get("location")).toBe("/sv");
    expect((await withLanguage("ar")).headers.get("location")).toBe("/fi");
  });

  it("shows the Russian text marked with its language, and a service search preset to Russian", async () => {
    const response = await get(guidanceRu);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<article class="content-page" lang="ru" dir="ltr">');
    expect(html).toContain(immigrantGuidanceTexts.ru!.title);
    expect(html).toContain('<input type="hidden" name="language" value="ru"/>');
    expect(html).toMatch(new RegExp(`<link rel="canonical" href="[^"]*${guidanceRu}"`));
    expect(html).not.toMatch(/<script(?! type="application\/ld\+json")/);
    // An interface language has its own address; an unknown language or a missing version is 404.
    const english = await get(`/fi/pages/${immigrantGuidanceSlug}/en`);
    expect(english.status).toBe(301);
    expect(english.headers.get("location")).toBe(`/en/pages/${immigrantGuidanceSlug}`);
    expect((await get(`/fi/pages/${immigrantGuidanceSlug}/xx`)).status).toBe(404);
    expect((await get(`/fi/pages/${immigrantGuidanceSlug}/uk`)).status).toBe(404);
  });

  it("marks a page in Arabic right to left", async () => {
    const page = await aContentPage();
    const arabic = await saveVersion(system, page.id, "ar", { title: "الإرشاد", summary: "", body: "نص." });
    await publishVersion(system, page.id, "ar", arabic.id);
    const html = await (await get(`/fi/pages/${page.slug}/ar`)).text();
    expect(html).toContain('lang="ar" dir="rtl"');
  });

  it("is linked from the front page in each language, each link written in its own language, and leads to a search in Russian", async () => {
    const { context, page } = await newPage(browser);
    for (const lang of ["sv", "en"]) {
      await page.goto(appUrl(`/${lang}`));
      expect(await page.getAttribute('main a[lang="ru"]', "href"), lang).toBe(`/${lang}/pages/${immigrantGuidanceSlug}/ru`);
    }
    expect(await page.textContent('main a[lang="fi"]')).toBe("Tietoa suomeksi");
    await page.goto(appUrl("/fi"));
    expect(await page.textContent('main a[lang="en"]')).toBe("Information in English");
    const russian = page.locator('main a[lang="ru"]');
    expect(await russian.textContent()).toBe("Информация на русском языке");
    await russian.click();
    await page.waitForSelector(`h1:has-text("${immigrantGuidanceTexts.ru!.title}")`);
    await expectNoAxeViolations(page);
    await Promise.all([page.waitForURL(/language=ru/), page.click("text=Искать")]);
    await page.waitForSelector('input[name="language"][value="ru"]', { state: "attached" });
    expect(await page.isChecked('input[name="language"][value="ru"]')).toBe(true);
    await context.close();
  });
});

describe("the 404 page", { timeout: 120_000 }, () => {
  const cases = [
    { lang: "fi", title: "Sivua ei löytynyt", search: "Hae ohjausta, palveluja tai koulutusta", ways: ["Etusivulle", "Elämäntilanteet", "Koulutukset"] },
    {
      lang: "sv",
      title: "Sidan hittades inte",
      search: "Sök vägledning, tjänster eller utbildning",
      ways: ["Till startsidan", "Livssituationer", "Utbildningar"],
    },
    { lang: "en", title: "Page not found", search: "Search for guidance, services or education", ways: ["To the front page", "Life situations", "Education"] },
  ];

  it.each(cases)("answers 404 in $lang with a search and the main ways on, and no script", async ({ lang, title, search, ways }) => {
    for (const path of [`/${lang}/no-such-page`, `/${lang}/pages/no-such-page`]) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      const html = await response.text();
      expect(html, path).toContain(`<html lang="${lang}"`);
      expect(html, path).toContain(`<h1>${title}</h1>`);
      expect(html, path).toContain(`<title>${title} – Elo</title>`);
      expect(html, path).toContain(search);
      expect(html, path).toContain(`action="/${lang}/search"`);
      for (const way of ways) expect(html, path).toContain(`>${way}</a>`);
      for (const href of [`/${lang}`, `/${lang}/search`, `/${lang}/paths`, `/${lang}/education`]) expect(html, path).toContain(`href="${href}"`);
      expect(html, path).not.toContain("<script");
    }
  });

  it("has no axe violations and its search works", async () => {
    const { context, page } = await newPage(browser);
    const response = await page.goto(appUrl("/fi/no-such-page"));
    expect(response?.status()).toBe(404);
    await expectNoAxeViolations(page);
    await page.fill("#not-found-q", "ohjaus");
    await Promise.all([page.waitForURL(/\/fi\/search\?q=ohjaus/), page.click("main button[type=submit]")]);
    await page.waitForSelector("h1");
    await context.close();
  });
});

describe("the print stylesheet of public pages", { timeout: 120_000 }, () => {
  it("prints no navigation or feedback question, and shows where links lead", async () => {
    const { context, page } = await newPage(browser);
    await page.goto(appUrl("/fi/paths"));
    expect(await page.isVisible(".page-feedback")).toBe(true);
    await page.emulateMedia({ media: "print" });
    for (const selector of [".site-header nav", ".main-menu", ".language-menu", ".page-feedback", ".site-footer nav", ".skip-link"])
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    const link = page.locator("main a[href^='/fi/paths/']").first();
    const href = await link.getAttribute("href");
    expect(await link.evaluate((a) => getComputedStyle(a, "::after").content)).toBe(`" (${href})"`);
    await context.close();
  });
});
