import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appUrl, expectNoAxeViolations, launchBrowser } from "../support/browser";
import { anOffering, anOrganization, aService, unique } from "../support/fixtures";
import { publicExamples } from "../support/public-examples";
import { publicPageRoutes } from "../support/public-routes";

/**
 * Every public page type in a browser with JavaScript turned off (decision 0187): it shows its
 * content, its forms work with their submit buttons, and axe finds no WCAG 2.1 AA violation. On a
 * phone the header is one compact row whose menus work by keyboard.
 *
 * axe itself is a script: in a page with JavaScript off it never answers. It reads the same pages in
 * a browser with JavaScript on, where they run no script of their own (the public-pages-no-script
 * test), so it sees what a browser without JavaScript gets; the search page shows its island's button too.
 */
let browser: Browser;
let examples: Record<string, string>;
beforeAll(async () => {
  browser = await launchBrowser();
  examples = await publicExamples();
});
afterAll(async () => {
  await browser?.close();
});

async function withoutJavaScript(run: (page: Page) => Promise<void>, viewport = { width: 1280, height: 800 }, javaScriptEnabled = false) {
  const context = await browser.newContext({ javaScriptEnabled, viewport });
  // A missing element fails with its selector rather than with the test's timeout.
  context.setDefaultTimeout(15_000);
  try {
    await run(await context.newPage());
  } finally {
    await context.close();
  }
}

const notFound = ["*", "invitations/:token", "reset-password/:token"];

describe("public pages without JavaScript", { timeout: 300_000 }, () => {
  it("show their content with no axe violations, each page type", async () => {
    const paths = publicPageRoutes().map(({ pattern }) => {
      const rest = /[:*]/.test(pattern) ? examples[pattern] : pattern;
      expect(typeof rest, `an example address for "${pattern}"`).toBe("string");
      return { pattern, path: `/fi${rest ? `/${rest}` : ""}` };
    });
    await withoutJavaScript(async (page) => {
      for (const { pattern, path } of paths) {
        const response = await page.goto(appUrl(path));
        if (!notFound.includes(pattern)) expect(response!.status(), path).toBe(200);
        expect((await page.locator("main h1").first().textContent())?.trim(), path).toBeTruthy();
      }
    });
    await withoutJavaScript(
      async (page) => {
        for (const { path } of paths) {
          await page.goto(appUrl(path));
          await expectNoAxeViolations(page);
        }
      },
      undefined,
      true,
    );
  });

  it("search the network map and education offerings with the submit buttons", async () => {
    const marker = unique("nojs").toLowerCase();
    const org = await anOrganization({ regionCodes: ["maakunta_19"] });
    await aService(org.id, { name: { fi: `Uraohjaus ${marker}` } });
    await anOffering(org.id, { name: { fi: `Kokin koulutus ${marker}` } });
    await withoutJavaScript(async (page) => {
      await page.goto(appUrl("/fi/search"));
      // The near-me button is an island's: without JavaScript it is not there to press.
      expect(await page.getByRole("button", { name: "Käytä sijaintiani" }).count()).toBe(0);
      await page.fill("#search-q", marker);
      await Promise.all([page.waitForURL(/\/fi\/search\?q=/), page.locator("form[role=search] button[type=submit]").first().click()]);
      expect(await page.locator(".result h3").allTextContents()).toContain(`Uraohjaus ${marker}`);

      await page.goto(appUrl("/fi/education"));
      await page.fill("#education-q", marker);
      await Promise.all([page.waitForURL(/\/fi\/education\?q=/), page.locator("#education-search button[type=submit]").first().click()]);
      expect(await page.locator(".result h3").allTextContents()).toEqual([`Kokin koulutus ${marker}`]);
      // The comparison is a cookie set by a plain form.
      await Promise.all([page.waitForURL(/\/fi\/education\?q=/), page.getByRole("button", { name: `Lisää vertailuun: Kokin koulutus ${marker}` }).click()]);
      await page.goto(appUrl("/fi/education/compare"));
      expect(await page.locator("main").textContent()).toContain(`Kokin koulutus ${marker}`);
    });
  });

  it("answer the guide's questions, send feedback and switch the language with links", async () => {
    await withoutJavaScript(async (page) => {
      await page.goto(appUrl("/en/guide"));
      await page.check("#guide-situation-companies");
      await Promise.all([page.waitForURL(/\/en\/guide\/results\?/), page.getByRole("button", { name: "Show results" }).click()]);
      expect(page.url()).toContain("situation=companies");

      await page.goto(appUrl("/fi/feedback"));
      await page.fill("textarea[name=message]", "Sivu toimii ilman JavaScriptiä.");
      await Promise.all([page.waitForLoadState("load"), page.getByRole("button", { name: "Lähetä palaute" }).click()]);
      expect(await page.locator("main").textContent()).toContain("Kiitos! Palautteesi on vastaanotettu.");

      await page.goto(appUrl("/fi/paths"));
      await Promise.all([page.waitForURL(appUrl("/sv/paths")), page.getByRole("link", { name: "Svenska (SV)" }).click()]);
      expect(await page.locator("html").getAttribute("lang")).toBe("sv");
    });
  });
});

describe("the header on a phone (390 × 844)", { timeout: 120_000 }, () => {
  const phone = { width: 390, height: 844 };

  it("is at most 100 px tall, and its menu and language menu work by keyboard", async () => {
    await withoutJavaScript(async (page) => {
      await page.goto(appUrl("/fi/search"));
      const height = async () => (await page.locator("header.site-header").boundingBox())!.height;
      expect(await height()).toBeLessThanOrEqual(100);
      const nav = page.getByRole("navigation", { name: "Päävalikko" });
      expect(await nav.isVisible()).toBe(false);

      // Skip link, the site's name, the language menu, the menu.
      await page.keyboard.press("Tab");
      expect(await page.locator(":focus").getAttribute("class")).toBe("skip-link");
      await page.keyboard.press("Tab");
      await page.keyboard.press("Tab");
      expect(await page.locator(":focus").textContent()).toBe("Kieli: Suomi (FI)");
      await page.keyboard.press("Tab");
      expect(await page.locator(":focus").textContent()).toBe("Valikko");
      await page.keyboard.press("Enter");
      expect(await nav.isVisible()).toBe(true);
      expect(await page.locator("details.main-menu").getAttribute("open")).toBe("");
      // The menu opens over the page: the header keeps its height.
      expect(await height()).toBeLessThanOrEqual(100);
      await page.keyboard.press("Tab");
      expect(await page.locator(":focus").textContent()).toBe("Elämäntilanteet");
      await Promise.all([page.waitForURL(appUrl("/fi/paths")), page.keyboard.press("Enter")]);

      await page.keyboard.press("Tab");
      await page.keyboard.press("Tab");
      await page.keyboard.press("Tab");
      await page.keyboard.press("Space");
      const languages = page.getByRole("navigation", { name: "Kieli" });
      expect(await languages.isVisible()).toBe(true);
      await page.keyboard.press("Tab");
      await page.keyboard.press("Tab");
      expect(await page.locator(":focus").textContent()).toBe("Svenska (SV)");
      await Promise.all([page.waitForURL(appUrl("/sv/paths")), page.keyboard.press("Enter")]);
    }, phone);
  });

  it("has no axe violations with either menu open", async () => {
    await withoutJavaScript(
      async (page) => {
        await page.goto(appUrl("/fi/paths"));
        await expectNoAxeViolations(page);
        await page.locator("details.main-menu > summary").click();
        await expectNoAxeViolations(page);
        await page.locator("details.language-menu > summary").click();
        await expectNoAxeViolations(page);
      },
      phone,
      true,
    );
  });

  it("shows the whole navigation in place on a wide screen", async () => {
    await withoutJavaScript(async (page) => {
      await page.goto(appUrl("/fi"));
      expect(await page.getByRole("navigation", { name: "Päävalikko" }).getByRole("link", { name: "Elämäntilanteet" }).isVisible()).toBe(true);
      expect(await page.getByRole("link", { name: "Svenska (SV)" }).isVisible()).toBe(true);
      expect(await page.locator("details.main-menu > summary").isVisible()).toBe(false);
    });
  });
});

describe("the near-me island on the search page", { timeout: 60_000 }, () => {
  it("shows its button with JavaScript, submits the search with the position, and says when there is none", async () => {
    const allowed = await browser.newContext({ geolocation: { latitude: 64.22731, longitude: 27.72851 }, permissions: ["geolocation"] });
    allowed.setDefaultTimeout(15_000);
    const page = await allowed.newPage();
    await page.goto(appUrl("/fi/search?q=ohjaus"));
    const button = page.getByRole("button", { name: "Käytä sijaintiani" });
    await Promise.all([page.waitForURL(/lat=/), button.click()]);
    const params = new URL(page.url()).searchParams;
    // Rounded to about 100 m, with the words of the search kept.
    expect([params.get("lat"), params.get("lon"), params.get("q")]).toEqual(["64.227", "27.729", "ohjaus"]);
    await allowed.close();

    const refused = await browser.newContext({ permissions: [] });
    refused.setDefaultTimeout(15_000);
    const tab = await refused.newPage();
    await tab.goto(appUrl("/fi/search"));
    await tab.getByRole("button", { name: "Käytä sijaintiani" }).click();
    await expect.poll(() => tab.locator(".near-me [role=status]").textContent()).toContain("selain ei antanut lupaa");
    expect(tab.url()).not.toContain("lat=");
    await refused.close();
  });
});
