import { eq } from "drizzle-orm";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../app/kit/db/db.server";
import { offering } from "../../app/offerings/schema.server";
import { appUrl, expectNoAxeViolations, launchBrowser, newPage } from "../support/browser";
import { anAccount, anOffering, anOrganization, unique } from "../support/fixtures";
import { get, postForm, signIn as signInHttp } from "../support/http";
import { signIn } from "../support/sign-in";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const offeringsOf = (organizationId: string) => db().select().from(offering).where(eq(offering.organizationId, organizationId));

describe("offerings in the workspace", { timeout: 120_000 }, () => {
  it("a contact person adds an offering without JavaScript, sees the errors first, then edits and deletes it", async () => {
    const org = await anOrganization({ regionCodes: ["maakunta_18"] });
    const account = await anAccount({ role: "contact_person", organizationId: org.id });
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await signIn(page, account, "/fi/work/offerings");
    await Promise.all([page.waitForNavigation(), page.click(`a[href="/fi/work/offerings/new?organization=${org.id}"]`)]);

    const name = unique("Metsäkoneenkuljettajan koulutus ");
    await page.fill("#f-name-fi", name);
    await page.selectOption("#f-municipalityCode", "kunta_205");
    await page.fill("#f-startDate", "2026-09-01");
    await page.fill("#f-applicationStart", "2026-06-01");
    await page.fill("#f-applicationEnd", "2026-05-01");
    const [refused] = await Promise.all([page.waitForNavigation(), page.click("button:has-text('Tallenna')")]);
    expect(refused!.status()).toBe(400);
    expect(await page.getByRole("alert").textContent()).toContain("Haun päättymispäivä ei voi olla ennen alkamispäivää.");
    expect(await offeringsOf(org.id)).toHaveLength(0);

    await page.fill("#f-applicationEnd", "2026-06-30");
    await page.fill("#f-price", "150");
    await Promise.all([page.waitForNavigation(), page.click("button:has-text('Tallenna')")]);
    expect(await page.getByRole("status").textContent()).toBe("Tieto lisätty.");
    const [created] = await offeringsOf(org.id);
    expect(created).toMatchObject({ municipalityCode: "kunta_205", applicationEnd: "2026-06-30", price: 150 });

    await page.fill("#f-name-fi", `${name} uusi`);
    await Promise.all([page.waitForNavigation(), page.click("button:has-text('Tallenna')")]);
    expect((await offeringsOf(org.id))[0].name.fi).toBe(`${name} uusi`);

    await Promise.all([page.waitForNavigation(), page.click("button:has-text('Poista koulutus')")]);
    expect(page.url()).toContain("/fi/work/offerings?notice=deleted");
    expect(await offeringsOf(org.id)).toHaveLength(0);
    await context.close();
  });

  it("the list and the form have no axe violations (JavaScript on)", async () => {
    const org = await anOrganization({ regionCodes: ["maakunta_18"] });
    const id = await anOffering(org.id);
    const account = await anAccount({ role: "contact_person", organizationId: org.id });
    const { context, page } = await newPage(browser);
    await signIn(page, account, "/fi/work/offerings");
    await expectNoAxeViolations(page);
    await page.goto(appUrl(`/fi/work/offerings/${id}`));
    await page.fill("#f-startDate", "31.9.2026");
    await page.click("button:has-text('Tallenna')");
    await page.waitForSelector(".error-summary");
    await expectNoAxeViolations(page);
    await context.close();
  });

  it("refuses another organisation's contact person with 403 and writes nothing", async () => {
    const org = await anOrganization();
    const other = await anOrganization();
    const id = await anOffering(org.id);
    const cookie = await signInHttp(await anAccount({ role: "contact_person", organizationId: other.id }));
    expect((await get(`/fi/work/offerings/${id}`, cookie)).status).toBe(403);
    expect((await postForm(`/fi/work/offerings/${id}`, [["intent", "delete"]], cookie)).status).toBe(403);
    expect(await offeringsOf(org.id)).toHaveLength(1);
  });
});
