import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aService, anOffering, anOrganization, unique } from "../support/fixtures";
import { appUrl, expectNoAxeViolations, launchBrowser } from "../support/browser";
import { madeUpTypo } from "../support/made-up-typo";

let browser: Browser;
let marker: string;
let orgId: string;

beforeAll(async () => {
  browser = await launchBrowser();
  marker = unique("sh");
  orgId = (await anOrganization({ regionCodes: ["maakunta_18"] })).id;
  await aService(orgId, { name: { fi: `Neuvontapiste ${marker}` }, areaMunicipalities: ["kunta_205"] });
  await aService(orgId, { name: { fi: `Puhelinneuvonta ${marker}` } });
});
afterAll(async () => {
  await browser?.close();
});

/** A phone-sized page, without JavaScript unless asked (decision 0189). */
async function phonePage(javaScriptEnabled = false): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 390, height: 844 } });
  return context.newPage();
}

/** Axe runs its checks as a script, so it reads the same server-rendered page in a context that allows one. */
async function expectAccessible(path: string, open = false) {
  const page = await phonePage(true);
  await page.goto(appUrl(path));
  if (open) await page.locator(".filters--disclosure > summary").click();
  await expectNoAxeViolations(page);
  await page.context().close();
}

const top = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!.y;

describe("search on a phone without JavaScript", () => {
  it("shows the results before the filters, which open from a disclosure that counts the chosen ones", async () => {
    const page = await phonePage();
    await page.goto(appUrl(`/fi/search?q=${marker}&channel=phone`));
    const summary = page.locator(".filters--disclosure > summary");
    expect(await summary.textContent()).toBe("Rajaa hakua (1 valittu)");
    expect(await top(page, ".result")).toBeLessThan(await top(page, ".filters--disclosure"));
    expect(await top(page, ".result")).toBeLessThan(844);
    await expectAccessible(`/fi/search?q=${marker}&channel=phone`);
    await expectAccessible(`/fi/search?q=${marker}&channel=phone`, true);

    expect(await page.locator("#facet-channel-phone").isVisible()).toBe(false);
    await summary.click();
    expect(await page.locator("#facet-channel-phone").isVisible()).toBe(true);
    await page.uncheck("#facet-channel-phone");
    await page.check("#facet-kind-service");
    await page.getByRole("button", { name: "Päivitä tulokset" }).click();
    await page.waitForURL(/kind=service/);
    expect(page.url()).not.toContain("channel=");
    expect(await page.locator("#search-results-heading").textContent()).toBe("2 tulosta");
    expect(await page.locator(".filters--disclosure > summary").textContent()).toBe("Rajaa hakua (1 valittu)");
    await page.context().close();
  });

  it("says where each service is, and shows a nationwide one in Helsinki too", async () => {
    const page = await phonePage();
    await page.goto(appUrl(`/fi/search?q=${marker}&municipality=kunta_091`));
    expect(await page.locator(".result h3").allTextContents()).toEqual([`Puhelinneuvonta ${marker}`]);
    expect(await page.locator(".result__where").textContent()).toContain("Valtakunnallinen / etäpalvelu");
    await page.goto(appUrl(`/fi/search?q=${marker}&kind=service`));
    const where = await page
      .locator(".result", { hasText: `Neuvontapiste ${marker}` })
      .locator(".result__where")
      .textContent();
    expect(where).toContain("Kajaani");
    await page.context().close();
  });

  it("corrects a swapped-letter typo, and offers ways on from an empty result with their counts", async () => {
    const { word: other, typo } = madeUpTypo();
    await aService(orgId, { name: { fi: `Neuvonta ${other}` } });
    const page = await phonePage();
    // A close typo still finds (trigram similarity) and is offered its correction.
    await page.goto(appUrl(`/fi/search?q=${encodeURIComponent(`neuovntapiste ${marker}`)}`));
    expect(await page.locator(".search-hint").textContent()).toBe(`Tarkoititko: neuvontapiste ${marker.toLowerCase()}`);
    expect(await page.locator(".result h3").allTextContents()).toContain(`Neuvontapiste ${marker}`);
    // A typo that finds nothing is searched as corrected, and the page says so.
    await page.goto(appUrl(`/fi/search?q=${encodeURIComponent(`neuvonta ${typo}`)}`));
    expect(await page.locator(".search-hint").textContent()).toContain(`Näytetään tulokset haulla ”neuvonta ${other}”`);
    expect(await page.locator(".result h3").allTextContents()).toEqual([`Neuvonta ${other}`]);

    await page.goto(appUrl(`/fi/search?q=${marker}&group=employers`));
    expect(await page.locator("#search-results-heading").textContent()).toBe("0 tulosta");
    const way = page.locator(".ways-on li", { hasText: "Poista rajaus: Kenelle" });
    expect(await way.textContent()).toContain("(2 tulosta)");
    await way.getByRole("link").click();
    await page.waitForURL((url) => !url.search.includes("group="));
    expect(await page.locator("#search-results-heading").textContent()).toBe("2 tulosta");
    await page.context().close();
    await expectAccessible(`/fi/search?q=${marker}&group=employers`);
  });

  it("puts education results first too, and leads every offering to its application and a contact", async () => {
    const withLink = await anOffering(orgId, { name: { fi: `Hitsauskoulutus ${marker}` }, applicationUrl: "https://opintopolku.fi/konfo/fi/toteutus/1.2.3" });
    const without = await anOffering(orgId, { name: { fi: `Kokkikoulutus ${marker}` }, fundingForms: ["adult_education_allowance", "apprenticeship"] });
    const page = await phonePage();
    await page.goto(appUrl(`/fi/education?q=${marker}`));
    expect(await top(page, ".results li")).toBeLessThan(await top(page, ".filters--disclosure"));
    // The adult education allowance ended in 2024: no longer a filter, still read on the offering.
    expect(await page.locator("#facet-funding-apprenticeship").count()).toBe(1);
    expect(await page.locator("#facet-funding-adult_education_allowance").count()).toBe(0);
    await expectAccessible(`/fi/education?q=${marker}`, true);
    await page.goto(appUrl(`/fi/education/${withLink}`));
    expect(await page.getByRole("link", { name: "Hae koulutukseen" }).getAttribute("href")).toBe("https://opintopolku.fi/konfo/fi/toteutus/1.2.3");
    expect(await page.getByRole("link", { name: /^Kysy koulutuksesta/ }).getAttribute("href")).toBe(`/fi/organisations/${orgId}`);
    await page.goto(appUrl(`/fi/education/${without}`));
    expect(await page.locator("main").textContent()).toContain("Aikuiskoulutustuki");
    expect(await page.getByRole("link", { name: "Etsi koulutus ja hae Opintopolussa" }).getAttribute("href")).toBe(
      `https://opintopolku.fi/konfo/fi/haku/${encodeURIComponent(`Kokkikoulutus ${marker}`)}`,
    );
    await page.context().close();
    await expectAccessible(`/fi/education/${withLink}`);
  });

  it("corrects the words on education search too (decision 0195)", async () => {
    const { word, typo } = madeUpTypo();
    await anOffering(orgId, { name: { fi: `Koulutus ${word}` } });
    const page = await phonePage();
    await page.goto(appUrl(`/fi/education?q=${typo}`));
    expect(await page.locator(".search-hint").textContent()).toContain(`Näytetään tulokset haulla ”${word}”`);
    expect(await page.locator(".results h3").allTextContents()).toEqual([`Koulutus ${word}`]);
    await page.context().close();
    await expectAccessible(`/fi/education?q=${typo}`);
  }, 120_000);

  it("takes a municipality named in the words as the place, says so, and links to the words as written (decision 0195)", async () => {
    const page = await phonePage();
    await page.goto(appUrl(`/fi/search?q=${encodeURIComponent(`${marker} kajaanissa`)}`));
    // Kajaani's service first, then the nationwide one (the Kainuu organisation's region does not make it Kajaani's).
    expect(await page.locator(".result h3").allTextContents()).toEqual([`Neuvontapiste ${marker}`, `Puhelinneuvonta ${marker}`]);
    const hint = page.locator(".search-hint", { hasText: "paikassa Kajaani" });
    expect(await hint.textContent()).toContain("Näytetään tulokset paikassa Kajaani");
    await expectAccessible(`/fi/search?q=${encodeURIComponent(`${marker} kajaanissa`)}`);
    await hint.getByRole("link", { name: `Hae sen sijaan sanoilla ”${marker} kajaanissa”` }).click();
    await page.waitForURL(/literal=1/);
    // As written, the words find the service whose place is Kajaani, and not the nationwide one.
    expect(await page.locator(".search-hint", { hasText: "paikassa" }).count()).toBe(0);
    expect(await page.locator(".result h3").allTextContents()).toEqual([`Neuvontapiste ${marker}`]);
    // Swedish: the Swedish name and the preposition before it.
    await page.goto(appUrl(`/sv/search?q=${encodeURIComponent(`${marker} i Kajana`)}`));
    expect(await page.locator(".search-hint", { hasText: "Kajana" }).textContent()).toContain("Resultaten visas för orten Kajana");
    expect(await page.locator(".result h3").first().textContent()).toContain(`Neuvontapiste ${marker}`);
    await page.context().close();
  }, 120_000);
});
