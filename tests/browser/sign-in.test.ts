import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anAccount } from "../support/fixtures";
import { appUrl, expectNoAxeViolations, launchBrowser, newPage } from "../support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("signing in", () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`signs in and out ${javaScriptEnabled ? "with" : "without"} JavaScript`, async () => {
      const account = await anAccount({ role: "coordinator", regionCode: "maakunta_18" });
      const { context, page } = await newPage(browser, { javaScriptEnabled });
      const errors: string[] = [];
      page.on("console", (message) => {
        // Failed requests (the 401 of the wrong password) are expected; rendering errors are not.
        if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) errors.push(message.text());
      });
      await page.goto(appUrl("/fi/sign-in?next=/fi/search"));
      // axe runs scripts in the page, which a page without JavaScript does not allow.
      if (javaScriptEnabled) await expectNoAxeViolations(page);
      await page.fill("#sign-in-email", account.email);
      await page.fill("#sign-in-password", "wrong password");
      await page.click("#sign-in-submit");
      await expect.poll(() => page.locator("[role=alert]").textContent()).toBe("Sähköposti tai salasana on väärin.");
      await page.fill("#sign-in-password", account.password);
      await page.click("#sign-in-submit");
      await page.waitForURL(/\/fi\/search$/);
      await expect.poll(() => page.locator("button.link-button").textContent()).toContain("Kirjaudu ulos");
      await page.click("button.link-button");
      await expect.poll(() => page.getByRole("link", { name: "Kirjaudu" }).count()).toBe(1);
      // Hydration must not complain: the server and the browser render the same page.
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it("answers a wrong password with 401 and an empty form with 400", async () => {
    const account = await anAccount({ role: "practitioner" });
    const wrong = await fetch(appUrl("/fi/sign-in"), { method: "POST", body: new URLSearchParams({ email: account.email, password: "nope" }) });
    expect(wrong.status).toBe(401);
    const empty = await fetch(appUrl("/fi/sign-in"), { method: "POST", body: new URLSearchParams({}) });
    expect(empty.status).toBe(400);
  });
});
