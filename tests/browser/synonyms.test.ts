import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anAccount, anOrganization, unique } from "../support/fixtures";
import { appUrl, expectNoAxeViolations, launchBrowser, newPage } from "../support/browser";
import { signIn } from "../support/sign-in";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("the synonym list in the workspace (decision 0189)", () => {
  it("lets an admin add a group, with the seeded ones listed, and refuses a contact person", async () => {
    const admin = await anAccount({ role: "admin" });
    // Workspace pages keep their JavaScript (and axe runs as a script).
    const { context, page } = await newPage(browser);
    await signIn(page, admin, "/fi/work/synonyms");
    expect(await page.locator("textarea").allTextContents()).toContainEqual(expect.stringContaining("työkkäri"));
    await expectNoAxeViolations(page);
    const word = unique("arki").toLowerCase();
    await page.fill("#f-words >> nth=0", `${word}\nOhjaus-Palvelu`);
    await page.getByRole("button", { name: "Lisää ryhmä" }).click();
    await page.waitForURL(/notice=created/);
    expect(await page.getByRole("status").textContent()).toBeTruthy();
    expect(await page.locator("textarea").allTextContents()).toContain(`${word}\nohjaus palvelu`);
    // One word is not a group: refused with a message, nothing written.
    await page.fill("#f-words >> nth=0", "yksin");
    await page.getByRole("button", { name: "Lisää ryhmä" }).click();
    await expect.poll(() => page.locator(".error-summary").textContent()).toContain("vähintään kaksi sanaa");
    await context.close();

    const org = await anOrganization();
    const contact = await anAccount({ role: "contact_person", organizationId: org.id });
    const other = await newPage(browser, { javaScriptEnabled: false });
    await signIn(other.page, contact, "/fi/work");
    const response = await other.page.goto(appUrl("/fi/work/synonyms"));
    expect(response?.status()).toBe(403);
    await other.context.close();
  });
});
