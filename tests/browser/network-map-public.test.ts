import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aPractitioner, aService, aServicePoint, anOrganization, unique } from "../support/fixtures";
import { appUrl, expectNoAxeViolations, launchBrowser, newPage } from "../support/browser";

let browser: Browser;
let org: { id: string; name: string };
let marker: string;
let serviceId: string;
let pointId: string;
let practitionerId: string;

beforeAll(async () => {
  browser = await launchBrowser();
  marker = unique("m");
  org = await anOrganization({ regionCodes: ["maakunta_18"], name: { fi: `Kainuun testiopisto ${marker}`, sv: `Kajanalands testinstitut ${marker}` } });
  pointId = await aServicePoint(org.id, { postalCode: "87100", latitude: 64.22, longitude: 27.73 });
  serviceId = await aService(org.id, {
    name: { fi: `Aikuiskoulutusneuvonta ${marker}`, sv: `Vuxenutbildningsrådgivning ${marker}`, en: `Adult education advice ${marker}` },
    description: { fi: "Neuvontaa aikuiskoulutuksesta." },
    targetGroups: ["career_changers", "immigrants"],
    languages: ["fi", "ru"],
    channels: [
      { channel: "in_person", servicePointId: pointId, hours: {} },
      { channel: "phone", contact: "+358 40 000 0000", hours: { fi: "ma–pe 9–15" } },
    ],
    servicePointIds: [pointId],
  });
  practitionerId = await aPractitioner(org.id, {
    givenName: "Helka",
    familyName: `Testaaja${marker}`,
    phone: "+358 40 111 2222",
    email: `helka.${marker}@example.fi`,
    visibility: { phone: "network", email: "public" },
    serviceIds: [serviceId],
    servicePointIds: [pointId],
  });
});
afterAll(async () => {
  await browser?.close();
});

describe("public network map pages", () => {
  it("finds no one by a title they share with the network only, in any language, on the page or through the API", async () => {
    const words = { fi: unique("Piilonimike"), sv: unique("Doldtitel"), en: unique("Hiddentitle") };
    const familyName = unique("Piilotettu");
    await aPractitioner(org.id, { familyName, title: words, visibility: { title: "network" } });
    for (const lang of ["fi", "sv", "en"] as const)
      for (const word of Object.values(words)) {
        const page = await fetch(appUrl(`/${lang}/search?q=${word}`));
        expect(page.status).toBe(200);
        expect(await page.text()).not.toContain(familyName);
        for (const list of ["services", "organizations", "service_at_locations"]) {
          const api = (await (await fetch(appUrl(`/api/hsds/${list}?search=${word}`))).json()) as { total_items: number };
          expect(api.total_items, `${list} ${word}`).toBe(0);
        }
      }
  });

  it("searches and reads results without JavaScript", async () => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(appUrl("/fi/search"));
    await page.fill("#search-q", `aikuiskoulutukseen ${marker}`);
    await page.click("button[type=submit] >> nth=0");
    await page.waitForURL(/q=aikuiskoulutukseen/);
    const results = page.locator(".result h3 a");
    await expect.poll(() => results.allTextContents()).toContain(`Aikuiskoulutusneuvonta ${marker}`);
    // Narrow by a channel with a checkbox and the submit button, in the filters' disclosure.
    await page.locator(".filters--disclosure > summary").click();
    await page.check("#facet-channel-phone");
    await page.check("#facet-kind-service");
    await page.getByRole("button", { name: "Päivitä tulokset" }).click();
    await page.waitForURL(/channel=phone/);
    expect(await page.locator("#search-results-heading").textContent()).toBe("1 tulos");
    await page.getByRole("link", { name: `Aikuiskoulutusneuvonta ${marker}` }).click();
    await page.waitForURL(new RegExp(`/fi/services/${serviceId}$`));
    expect(await page.textContent("h1")).toBe(`Aikuiskoulutusneuvonta ${marker}`);
    await context.close();
  });

  // Eleven pages through axe: more than the default 30 s on a busy 2-core machine.
  it("has no axe violations on any public page type", { timeout: 120_000 }, async () => {
    const { context, page } = await newPage(browser);
    for (const path of [
      "/fi",
      `/fi/search?q=${marker}`,
      `/sv/search?q=${marker}&channel=phone`,
      `/fi/organisations/${org.id}`,
      `/fi/services/${serviceId}`,
      `/en/services/${serviceId}`,
      `/fi/service-points/${pointId}`,
      `/fi/practitioners/${practitionerId}`,
      "/fi/map?region=maakunta_18",
      "/fi/coverage?region=maakunta_18",
      "/fi/sign-in",
    ]) {
      const response = await page.goto(appUrl(path));
      expect(response?.status(), path).toBe(200);
      await expectNoAxeViolations(page);
    }
    await context.close();
  });

  it("shows the Finnish text, marked, when a translation is missing", async () => {
    const { context, page } = await newPage(browser);
    await page.goto(appUrl(`/en/organisations/${org.id}`));
    const heading = page.locator("h1");
    expect(await heading.locator("[lang=fi]").textContent()).toBe(`Kainuun testiopisto ${marker}`);
    expect(await heading.textContent()).toContain("(in Finnish)");
    await context.close();
  });

  it("hides network-only fields from the public, in the page and the vCard", async () => {
    const html = await (await fetch(appUrl(`/fi/practitioners/${practitionerId}`))).text();
    expect(html).toContain(`helka.${marker}@example.fi`);
    expect(html).not.toContain("111 2222");
    const card = await fetch(appUrl(`/fi/practitioners/${practitionerId}/vcard`));
    expect(card.headers.get("content-type")).toContain("text/vcard");
    const text = await card.text();
    expect(text).toContain(`FN:Helka Testaaja${marker}`);
    expect(text).toContain(`EMAIL;TYPE=work:helka.${marker}@example.fi`);
    expect(text).not.toContain("TEL");
  });

  it("draws the service points on an SVG map with the same points as a list", async () => {
    const html = await (await fetch(appUrl("/fi/map?region=maakunta_18"))).text();
    expect(html).toContain("<svg");
    expect(html).toContain(`id="point-${pointId}"`);
    expect(html).toMatch(/<circle /);
  });

  it("offers the coverage matrix as CSV", async () => {
    const response = await fetch(appUrl("/fi/coverage.csv?region=maakunta_18"));
    expect(response.headers.get("content-type")).toContain("text/csv");
    const csv = await response.text();
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toContain("Kunta;Kohderyhmät: Työnhakijat");
    expect(lines).toHaveLength(9); // header + the 8 municipalities of Kainuu
    expect(lines.some((l) => l.startsWith("Kajaani;"))).toBe(true);
  });

  it("answers bad input with 4xx and a message, never 500", async () => {
    const bad = await fetch(appUrl("/fi/search?channel=telepathy"));
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("Hakuehto ”channel” ei kelpaa.");
    expect((await fetch(appUrl(`/fi/search?q=${"x".repeat(300)}`))).status).toBe(400);
    expect((await fetch(appUrl("/fi/search?page=abc"))).status).toBe(400);
    expect((await fetch(appUrl("/fi/services/not-a-uuid"))).status).toBe(404);
    expect((await fetch(appUrl("/fi/organisations/00000000-0000-4000-8000-000000000000"))).status).toBe(404);
    expect((await fetch(appUrl("/fi/coverage?region=maakunta_99"))).status).toBe(400);
    expect((await fetch(appUrl("/fi/map?region=x"))).status).toBe(400);
  });
});
