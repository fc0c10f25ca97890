import { eq } from "drizzle-orm";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inviteToRate } from "../../app/feedback/commands/satisfaction.server";
import { satisfactionAnswer } from "../../app/feedback/schema.server";
import { db } from "../../app/kit/db/db.server";
import { appUrl, expectNoAxeViolations, launchBrowser, newPage } from "../support/browser";
import { aService, anAccount, anOrganization } from "../support/fixtures";
import { get } from "../support/http";
import { signIn } from "../support/sign-in";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("the satisfaction question, without JavaScript", { timeout: 120_000 }, () => {
  it("is answered by keyboard once, keeps no cache, and then says it is closed", async () => {
    const organization = await anOrganization();
    const serviceId = await aService(organization.id, { name: { fi: "Urasuunnittelu" } });
    const path = await inviteToRate(db(), { kind: "booking", organizationId: organization.id, serviceId, channel: "phone", language: "fi" });

    const first = await get(path);
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toBe("private, no-store");
    expect(await first.text()).toContain('<meta name="robots" content="noindex"/>');

    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(appUrl(path));
    expect(await page.locator("main .lead").textContent()).toContain("Urasuunnittelu");
    // Sending without a score: the browser's own check is bypassed, the server answers in Finnish.
    await page.evaluate(() => document.querySelector("#satisfaction-form")?.setAttribute("novalidate", ""));
    await page.focus("#f-comment");
    await page.keyboard.type("Sain hyviä vinkkejä.");
    const [refused] = await Promise.all([page.waitForNavigation(), page.keyboard.press("Tab").then(() => page.keyboard.press("Enter"))]);
    expect(refused!.status()).toBe(400);
    expect(await page.locator(".error-summary").textContent()).toContain("Valitse arvio yhdestä viiteen.");
    expect(await page.inputValue("#f-comment")).toBe("Sain hyviä vinkkejä.");

    await page.focus("input[name=score][value='5']");
    await page.keyboard.press("Space");
    const [answered] = await Promise.all([page.waitForNavigation(), page.click("button[type=submit]")]);
    expect(answered!.status()).toBe(200);
    expect(await page.locator("[role=status]").textContent()).toBe("Kiitos vastauksestasi! Käytämme sitä palvelun kehittämiseen.");
    expect(await db().select().from(satisfactionAnswer).where(eq(satisfactionAnswer.organizationId, organization.id))).toEqual([
      expect.objectContaining({ score: 5, comment: "Sain hyviä vinkkejä.", serviceId, channel: "phone" }),
    ]);

    // axe needs JavaScript: the same page (it ships none) in a browser that runs axe's script.
    const checked = await newPage(browser);
    const fresh = await inviteToRate(db(), { kind: "referral", organizationId: organization.id, language: "sv" });
    await checked.page.goto(appUrl(fresh));
    await expectNoAxeViolations(checked.page);
    await checked.page.evaluate(() => document.querySelector("#satisfaction-form")?.setAttribute("novalidate", ""));
    await Promise.all([checked.page.waitForNavigation(), checked.page.click("button[type=submit]")]);
    expect(await checked.page.locator(".error-summary").textContent()).toContain("Välj ett betyg från ett till fem.");
    await expectNoAxeViolations(checked.page);
    await checked.context.close();

    const again = await get(path);
    expect(again.status).toBe(410);
    expect(await again.text()).toContain("Tähän kysymykseen on jo vastattu");
    await context.close();
  });

  it("shows the results to the organisation's contact person and refuses a practitioner", async () => {
    const organization = await anOrganization();
    const serviceId = await aService(organization.id, { name: { fi: "Opintojen rahoitus" } });
    for (const score of ["4", "2"]) {
      const path = await inviteToRate(db(), { kind: "contact_request", organizationId: organization.id, serviceId, language: "fi" });
      const { answerSatisfaction } = await import("../../app/feedback/commands/satisfaction.server");
      await answerSatisfaction(path.split("/").pop()!, { score, comment: score === "2" ? "Vastaus tuli myöhään." : "" });
    }
    const contact = await anAccount({ role: "contact_person", organizationId: organization.id });
    const { context, page } = await newPage(browser);
    await signIn(page, contact, "/fi/work/satisfaction");
    const row = page.locator("table.data tbody tr", { hasText: "Opintojen rahoitus" });
    expect(await row.locator("td").allTextContents()).toEqual(["2", "3", "0", "1", "0", "1", "0"]);
    expect(await page.locator("main blockquote").allTextContents()).toEqual(["Vastaus tuli myöhään."]);
    await expectNoAxeViolations(page);
    const badMonth = await page.goto(appUrl("/fi/work/satisfaction?from=13/2026"));
    expect(badMonth!.status()).toBe(400);
    expect(await page.textContent("body")).toContain("Anna kuukausi muodossa 3/2026.");
    await context.close();

    const practitioner = await anAccount({ role: "practitioner", practitionerId: null });
    const other = await newPage(browser, { javaScriptEnabled: false });
    await signIn(other.page, practitioner, "/fi/work");
    const refused = await other.page.goto(appUrl("/fi/work/satisfaction"));
    expect(refused!.status()).toBe(403);
    await other.context.close();
  });
});
