import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aService, aServicePoint, anOrganization, unique } from "../support/fixtures";
import { appUrl, expectNoAxeViolations, launchBrowser, newPage } from "../support/browser";

let browser: Browser;
let marker: string;
const pointIds: string[] = [];

// Seven points in Suomussalmi: five about 550 m apart on a line north, and two more in the
// northernmost one's building.
beforeAll(async () => {
  browser = await launchBrowser();
  marker = unique("kartta");
  const org = await anOrganization({ regionCodes: ["maakunta_18"], name: { fi: `Suomussalmen karttaopisto ${marker}` } });
  const spots = [64.88, 64.885, 64.89, 64.895, 64.9, 64.9, 64.9];
  for (const [i, latitude] of spots.entries())
    pointIds.push(await aServicePoint(org.id, { name: { fi: `Karttapiste ${i} ${marker}` }, postalCode: "89600", latitude, longitude: 28.9 }));
  await aService(org.id, { name: { fi: `Karttaohjaus ${marker}` }, servicePointIds: pointIds });
});
afterAll(async () => {
  await browser?.close();
});

describe("the public map without JavaScript", () => {
  it("draws a region's municipalities with clusters that zoom in by keyboard, and lists the same points", async () => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(appUrl("/fi/map?region=maakunta_18"));
    expect(await page.locator("svg.map-svg path.map-area").count()).toBeGreaterThanOrEqual(8); // Kainuu's 8 municipalities
    expect(await page.locator('svg a[aria-label="Suomussalmi"]').count()).toBe(1);
    expect(await page.locator("svg text.map-label").allTextContents()).toEqual(expect.arrayContaining(["Kajaani", "Suomussalmi", "Kuhmo"]));
    const cluster = page.locator('svg a.map-cluster[aria-label="Suomussalmi: 7 palvelupistettä"]');
    expect(await cluster.count()).toBe(1);
    expect(await cluster.locator("text").textContent()).toBe("7");
    for (const id of pointIds) expect(await page.locator(`#point-${id}`).count()).toBe(1);

    // Tab to the cluster: it is reachable by keyboard, and its focus shows.
    let reached = false;
    for (let i = 0; i < 150 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(() => document.activeElement?.getAttribute("aria-label") === "Suomussalmi: 7 palvelupistettä");
    }
    expect(reached).toBe(true);
    expect(await cluster.locator("circle").evaluate((c) => getComputedStyle(c).strokeWidth)).toBe("4px");
    await Promise.all([page.waitForURL(/bbox=/), page.keyboard.press("Enter")]);

    // Closer, the five spots come apart: four single points open their pages, the shared building
    // opens its municipality's part of the list.
    const singles = page.locator('svg a.map-cluster[aria-label="Suomussalmi: 1 palvelupiste"]');
    expect(await singles.count()).toBe(4);
    const building = page.locator('svg a.map-cluster[aria-label="Suomussalmi: 3 palvelupistettä"]');
    expect(await building.getAttribute("href")).toBe("#list-kunta_777");
    expect(await page.locator("#list-kunta_777").textContent()).toBe("Suomussalmi");
    expect(await page.locator('.map-up a[href="/fi/map?region=maakunta_18"]').textContent()).toBe("Kainuu");
    const zoomed = page.url();
    await Promise.all([page.waitForURL(/\/fi\/service-points\//), singles.first().click()]);
    expect(pointIds.some((id) => page.url().includes(id))).toBe(true);
    await context.close();

    // axe runs its checks as scripts, so it looks at the same pages with JavaScript on.
    const withScripts = await newPage(browser);
    for (const url of [appUrl("/fi/map"), appUrl("/fi/map?region=maakunta_18"), zoomed]) {
      await withScripts.page.goto(url);
      await expectNoAxeViolations(withScripts.page);
    }
    await withScripts.context.close();
  }, 120_000);

  it("draws the whole country by region, and a municipality with its neighbours", async () => {
    const country = await (await fetch(appUrl("/fi/map"))).text();
    expect(country.match(/class="map-area-link"/g)).toHaveLength(19);
    expect(country).toContain('aria-label="Kainuu"');
    const municipality = await fetch(appUrl("/sv/map?municipality=kunta_777"));
    expect(municipality.status).toBe(200);
    const html = await municipality.text();
    expect(html).toContain("map-area map-area--focus");
    expect(html).toContain('aria-label="Hyrynsalmi"'); // a neighbour, as a link to its own view
    expect(html).toContain("Gränser: © Lantmäteriverket, CC BY 4.0");
    for (const bad of ["municipality=kunta_999", "bbox=1,2,3,4", "bbox=28,64,27,65"]) expect((await fetch(appUrl(`/fi/map?${bad}`))).status, bad).toBe(400);
  });

  it("searches near a postcode with distances, and explains an unknown postcode", async () => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(appUrl(`/fi/search?q=${marker}&kind=service`));
    // The postcode is among the filters, in their disclosure where the screen is narrow.
    if (!(await page.locator("#search-near").isVisible())) await page.locator("details.filters > summary").click();
    await page.fill("#search-near", "89600");
    await page.selectOption("#search-sort", "distance");
    await Promise.all([page.waitForURL(/near=89600/), page.click('.filters button[type="submit"]')]);
    expect(await page.locator(".result").count()).toBe(1);
    expect(await page.locator(".result .result__distance").textContent()).toMatch(/^\d+(,\d)? km$/);
    const nearUrl = page.url();
    await context.close();
    const withScripts = await newPage(browser);
    await withScripts.page.goto(nearUrl);
    await expectNoAxeViolations(withScripts.page);
    await withScripts.context.close();

    const unknown = await fetch(appUrl(`/en/search?q=${marker}&near=00000`));
    expect(unknown.status).toBe(200);
    expect(await unknown.text()).toContain("Postcode 00000 was not found.");
    expect((await fetch(appUrl(`/fi/search?q=${marker}&near=89600&radius=3`))).status).toBe(400);
  }, 60_000);
});
