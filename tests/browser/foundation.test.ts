import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appUrl, expectNoAxeViolations, launchBrowser, newPage } from "../support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("languages and layout", () => {
  it("sends / to the visitor's language", async () => {
    const response = await fetch(appUrl("/"), { redirect: "manual", headers: { "accept-language": "sv-FI,sv;q=0.9" } });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/sv");
  });

  it("answers an unknown language with 404", async () => {
    const response = await fetch(appUrl("/de"));
    expect(response.status).toBe(404);
  });

  it("renders the front page in each language with hreflang links and no axe violations", async () => {
    const { context, page } = await newPage(browser);
    for (const [lang, heading] of [
      ["fi", "Löydä ohjausta koulutukseen ja uraan"],
      ["sv", "Hitta vägledning för utbildning och karriär"],
      ["en", "Find guidance for education and careers"],
    ]) {
      await page.goto(appUrl(`/${lang}`));
      expect(await page.getAttribute("html", "lang")).toBe(lang);
      expect(await page.textContent("h1")).toBe(heading);
      const alternates = await page.$$eval("link[rel=alternate]", (links) => links.map((l) => l.getAttribute("hreflang")));
      expect(alternates).toEqual(["fi", "sv", "en"]);
      await expectNoAxeViolations(page);
    }
    await context.close();
  });

  it("keeps the page when the language is changed from the menu", async () => {
    const { context, page } = await newPage(browser);
    await page.goto(appUrl("/fi/sign-in"));
    await page.getByRole("link", { name: "Svenska" }).click();
    await page.waitForURL(/\/sv\/sign-in$/);
    expect(await page.textContent("h1")).toBe("Logga in");
    await context.close();
  });
});
