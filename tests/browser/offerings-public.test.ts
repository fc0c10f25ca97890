import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appUrl, expectNoAxeViolations, launchBrowser, newPage } from "../support/browser";
import { anOffering, anOrganization, unique } from "../support/fixtures";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function twoOfferings() {
  const marker = unique("edu");
  const org = await anOrganization({ regionCodes: ["maakunta_18"] });
  const welding = await anOffering(org.id, {
    name: { fi: `Hitsaajan aikuiskoulutus ${marker}`, en: `Welding for adults ${marker}` },
    description: { fi: "Hitsausta lähiopetuksena Kajaanissa." },
    price: 120,
    durationValue: 6,
    durationUnit: "months",
    applicationStart: "2026-01-01",
    applicationEnd: "2099-12-31",
  });
  const nursing = await anOffering(org.id, {
    name: { fi: `Lähihoitajan koulutus ${marker}` },
    teachingMethod: "distance",
    educationType: "further_vocational_qualification",
    fieldCode: "kansallinenkoulutusluokitus2016koulutusalataso1_09",
  });
  return { marker, org, welding, nursing };
}

describe("education search without JavaScript", () => {
  it("finds an offering by an inflected word, narrows by a facet and opens its page", async () => {
    const { marker, welding, nursing } = await twoOfferings();
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(appUrl("/fi/education"));
    await page.fill("#education-q", `aikuiskoulutukseen ${marker}`);
    await Promise.all([page.waitForNavigation(), page.click("button:has-text('Hae')")]);
    expect(await page.textContent("#education-results-heading")).toBe("1 koulutus");
    expect(await page.locator(".result h3").allTextContents()).toEqual([`Hitsaajan aikuiskoulutus ${marker}`]);

    await page.goto(appUrl(`/fi/education?q=${marker}`));
    expect(await page.locator(".result h3").count()).toBe(2);
    // The filters are in a disclosure after the results, tied to the search form by its id.
    await page.locator(".filters--disclosure > summary").click();
    await page.check("#facet-method-distance");
    await Promise.all([page.waitForNavigation(), page.click(".filters--disclosure >> text=Päivitä tulokset")]);
    expect(page.url()).toContain("method=distance");
    expect(await page.locator(".result h3").allTextContents()).toEqual([`Lähihoitajan koulutus ${marker}`]);

    // The order is chosen beside the results (outside the search form, tied to it by its form attribute).
    await page.locator(".filters--disclosure > summary").click();
    await page.uncheck("#facet-method-distance");
    await page.selectOption("#education-sort", "name");
    await Promise.all([page.waitForNavigation(), page.click(".sort-field button")]);
    expect(page.url()).toContain("sort=name");
    expect(await page.locator(".result h3").allTextContents()).toEqual([`Hitsaajan aikuiskoulutus ${marker}`, `Lähihoitajan koulutus ${marker}`]);

    await Promise.all([page.waitForNavigation(), page.click(`a[href="/fi/education/${nursing}"]`)]);
    expect(await page.textContent("h1")).toBe(`Lähihoitajan koulutus ${marker}`);
    expect(welding).toBeTruthy();
    await context.close();
  });

  it("answers a bad parameter with 400 and a message", async () => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    const response = await page.goto(appUrl("/fi/education?type=doctorate"));
    expect(response!.status()).toBe(400);
    expect(await page.getByRole("alert").textContent()).toContain("Hakuehto ”koulutustyyppi” ei kelpaa.");
    await context.close();
  });

  it("adds two favourites and compares them side by side, then removes one", async () => {
    const { marker, welding, nursing } = await twoOfferings();
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(appUrl(`/fi/education?q=${marker}&sort=name`));
    await Promise.all([page.waitForNavigation(), page.click(`button[aria-label="Lisää vertailuun: Hitsaajan aikuiskoulutus ${marker}"]`)]);
    expect(page.url()).toBe(appUrl(`/fi/education?q=${marker}&sort=name`));
    await Promise.all([page.waitForNavigation(), page.click(`button[aria-label="Lisää vertailuun: Lähihoitajan koulutus ${marker}"]`)]);
    await Promise.all([page.waitForNavigation(), page.click("text=Vertaile valittuja (2)")]);

    expect(await page.locator("table.compare thead th").allTextContents()).toEqual([`Hitsaajan aikuiskoulutus ${marker}`, `Lähihoitajan koulutus ${marker}`]);
    const row = async (header: string) =>
      page
        .locator("table.compare tbody tr", { has: page.locator(`th[scope=row]:text-is("${header}")`) })
        .locator("td")
        .allTextContents();
    expect(await row("Opetustapa")).toEqual(["Lähiopetus", "Etäopetus"]);
    expect(await row("Hinta")).toEqual(["120 €", "Maksuton"]);
    expect(await row("Kesto")).toEqual(["6 kuukautta", ""]);

    await Promise.all([page.waitForNavigation(), page.click(`button[aria-label="Poista vertailusta: Hitsaajan aikuiskoulutus ${marker}"]`)]);
    expect(await page.locator("table.compare thead th").allTextContents()).toEqual([`Lähihoitajan koulutus ${marker}`]);
    expect(welding && nursing).toBeTruthy();
    await context.close();
  });
});

describe("education search with the keyboard", () => {
  it("reaches an offering's favourite button with Tab and adds it with Enter (JavaScript on)", async () => {
    const { marker, welding } = await twoOfferings();
    const { context, page } = await newPage(browser);
    await page.goto(appUrl(`/fi/education?q=${marker}&sort=name`));
    const label = `Lisää vertailuun: Hitsaajan aikuiskoulutus ${marker}`;
    let reached = false;
    for (let i = 0; i < 120 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = (await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))) === label;
    }
    expect(reached, "the favourite button is reachable with Tab").toBe(true);
    await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
    expect(await page.locator(`button[aria-label="Poista vertailusta: Hitsaajan aikuiskoulutus ${marker}"]`).count()).toBe(1);
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === "elo_compare")?.value).toBe(welding);
    await context.close();
  });
});

describe("offering page", () => {
  it("describes the offering as a schema.org Course", async () => {
    const { welding, org } = await twoOfferings();
    const html = await (await fetch(appUrl(`/en/education/${welding}`))).text();
    const script = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html);
    expect(script).not.toBeNull();
    const course = JSON.parse(script![1]);
    expect(course["@type"]).toBe("Course");
    expect(course.name).toMatch(/^Welding for adults /);
    expect(course.description).toBe("Hitsausta lähiopetuksena Kajaanissa.");
    expect(course.provider).toMatchObject({ "@type": "Organization", name: `${org.name} en` });
    expect(course.hasCourseInstance).toMatchObject({
      "@type": "CourseInstance",
      courseMode: "onsite",
      startDate: "2026-08-15",
      location: { "@type": "Place", name: "Kajaani" },
    });
    expect(course.offers).toMatchObject({ "@type": "Offer", price: 120, priceCurrency: "EUR" });
  });

  it("answers 404 for an unknown or malformed id", async () => {
    expect((await fetch(appUrl("/fi/education/00000000-0000-4000-8000-000000000000"))).status).toBe(404);
    expect((await fetch(appUrl("/fi/education/not-an-id"))).status).toBe(404);
  });
});

describe("education pages with axe", () => {
  it("have no WCAG 2.1 AA violations: search, offering and compare", async () => {
    const { marker, welding, nursing } = await twoOfferings();
    const { context, page } = await newPage(browser);
    await page.goto(appUrl(`/fi/education?q=${marker}`));
    await expectNoAxeViolations(page);
    await page.goto(appUrl(`/fi/education/${welding}`));
    await expectNoAxeViolations(page);
    await context.addCookies([{ name: "elo_compare", value: `${welding}.${nursing}`, url: appUrl() }]);
    await page.goto(appUrl("/fi/education/compare"));
    expect(await page.locator("table.compare thead th").count()).toBe(2);
    await expectNoAxeViolations(page);
    await context.close();
  });
});
