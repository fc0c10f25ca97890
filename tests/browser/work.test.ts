import { eq, sql } from "drizzle-orm";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../app/kit/db/db.server";
import { organization, practitioner, service } from "../../app/network-map/schema.server";
import { loadOrganization } from "../../app/network-map/work/queries.server";
import { appUrl, expectNoAxeViolations, launchBrowser, newPage } from "../support/browser";
import { anAccount, anOrganization, aPractitioner, aService, aServicePoint, unique } from "../support/fixtures";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function signInAs(page: Page, account: { email: string; password: string }) {
  // Fail with the step that hangs rather than with the test's own timeout.
  page.setDefaultTimeout(10_000);
  await page.goto(appUrl("/fi/sign-in"));
  await page.fill("#sign-in-email", account.email);
  await page.fill("#sign-in-password", account.password);
  await page.click("button[type=submit]");
  await page.waitForURL(/\/fi\/work$/);
  await page.waitForSelector("h1:text-is('Työtila')");
}

/** Presses Tab until the element with the id has focus, as a keyboard user would. */
async function tabTo(page: Page, id: string) {
  for (let i = 0; i < 400; i++) {
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`#${id} cannot be reached with the Tab key`);
}

// Several pages with axe each; the shared CI machine is slow.
describe("workspace in the browser", { timeout: 120_000 }, () => {
  it("a contact person signs in and edits a service (JavaScript on), with no axe violations on the way", async () => {
    const org = await anOrganization();
    const pointId = await aServicePoint(org.id);
    const serviceId = await aService(org.id);
    await aPractitioner(org.id);
    const { context, page } = await newPage(browser);
    await signInAs(page, await anAccount({ role: "contact_person", organizationId: org.id }));
    await expectNoAxeViolations(page);
    expect(await page.textContent("main")).toContain(org.name);

    await page.getByRole("link", { name: `Muokkaa organisaatiota: ${org.name}` }).click();
    await page.waitForURL(new RegExp(`/fi/work/organizations/${org.id}$`));
    await expectNoAxeViolations(page);
    // The memberships are not theirs to change: they are shown disabled and kept on saving.
    expect(await page.isDisabled("#f-regionCodes--maakunta_19")).toBe(true);
    await page.fill("#f-phone", "016 123 456");
    await page.getByRole("button", { name: "Tallenna" }).click();
    await page.waitForURL(/notice=saved/);
    const [saved] = await db().select().from(organization).where(eq(organization.id, org.id));
    expect(saved.phone).toBe("016 123 456");
    expect((await loadOrganization(org.id))!.scope.regionCodes).toEqual(["maakunta_19"]);

    await page.goto(appUrl(`/fi/work/service-points/${pointId}`));
    await expectNoAxeViolations(page);

    await page.goto(appUrl(`/fi/work/services/${serviceId}`));
    await expectNoAxeViolations(page);
    const newName = unique("Uraohjaus ");
    await page.fill("#f-name-fi", newName);
    await page.check("#f-targetGroups--immigrants");
    await page.selectOption("#f-channels-1-channel", "chat");
    await page.fill("#f-channels-1-contact", "https://chat.example.fi");
    await page.getByRole("button", { name: "Tallenna" }).click();
    await page.waitForURL(/notice=saved/);
    expect(await page.textContent("[role=status]")).toBe("Muutokset tallennettu.");
    const [row] = await db().select().from(service).where(eq(service.id, serviceId));
    expect(row.name.fi).toBe(newName);
    expect(row.targetGroups).toContain("immigrants");

    // A refused save shows the errors, tied to their fields, and is still accessible.
    await page.fill("#f-email", "not an address");
    await page.getByRole("button", { name: "Tallenna" }).click();
    await page.waitForSelector("[role=alert]");
    expect(await page.getAttribute("#f-email", "aria-describedby")).toBe("f-email-error");
    expect(await page.evaluate(() => document.activeElement?.classList.contains("error-summary"))).toBe(true);
    expect(await page.textContent("#f-email-error")).toBe("Anna sähköpostiosoite muodossa nimi@esimerkki.fi.");
    await expectNoAxeViolations(page);
    await context.close();
  });

  it("a practitioner edits their own card with JavaScript disabled", async () => {
    const org = await anOrganization();
    const mine = await aPractitioner(org.id);
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    const account = await anAccount({ role: "practitioner", practitionerId: mine });
    await signInAs(page, account);
    await page.getByRole("link", { name: "Muokkaa omaa korttiani" }).click();
    await page.waitForURL(new RegExp(`/fi/work/practitioners/${mine}$`));
    expect(await page.locator("#f-isContactPerson").count()).toBe(0);
    await page.fill("#f-phone", "040 111 2222");
    await page.fill("#f-title-sv", "Studiehandledare");
    await page.selectOption("#f-visibility-phone", "network");
    await page.getByRole("button", { name: "Tallenna" }).click();
    await page.waitForURL(/notice=saved/);
    expect(await page.textContent("[role=status]")).toBe("Muutokset tallennettu.");
    const [row] = await db().select().from(practitioner).where(eq(practitioner.id, mine));
    expect(row.phone).toBe("040 111 2222");
    expect(row.title.sv).toBe("Studiehandledare");
    expect(row.visibility.phone).toBe("network");

    await page.getByRole("button", { name: "Tiedot ovat yhä oikein" }).click();
    await page.waitForURL(/notice=verified/);
    expect(await page.textContent("[role=status]")).toBe("Tiedot merkitty tarkistetuiksi.");
    await context.close();

    // axe runs its script in the page, so the card is checked once more with JavaScript on.
    const withScript = await newPage(browser);
    await signInAs(withScript.page, account);
    await withScript.page.goto(appUrl("/fi/work/my-card"));
    await withScript.page.waitForSelector("h1:text-matches('Oma korttini')");
    await expectNoAxeViolations(withScript.page);
    await withScript.context.close();
  });

  it("a coordinator's dashboard, new organisation form, stale list and delete confirmation pass axe", async () => {
    const org = await anOrganization({ regionCodes: ["maakunta_19"] });
    await db()
      .update(organization)
      .set({ lastVerifiedAt: sql`now() - interval '400 days'` })
      .where(eq(organization.id, org.id));
    const { context, page } = await newPage(browser);
    await signInAs(page, await anAccount({ role: "coordinator", regionCode: "maakunta_19" }));
    expect(await page.textContent("main")).toContain(org.name);
    await expectNoAxeViolations(page);
    await page.goto(appUrl("/fi/work/organizations/new?region=maakunta_19"));
    await expectNoAxeViolations(page);
    await page.goto(appUrl(`/fi/work/practitioners/new?organization=${org.id}`));
    await expectNoAxeViolations(page);
    await page.goto(appUrl("/fi/work/stale"));
    expect(await page.textContent("main")).toContain(org.name);
    await expectNoAxeViolations(page);
    await page.goto(appUrl(`/fi/work/delete/organization/${org.id}`));
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Kyllä, poista" }).click();
    await page.waitForURL(/\/fi\/work\?notice=deleted$/);
    expect(await db().select().from(organization).where(eq(organization.id, org.id))).toHaveLength(0);
    await context.close();
  });

  it("the service form can be filled and submitted with the keyboard only", async () => {
    const org = await anOrganization();
    const { context, page } = await newPage(browser);
    await signInAs(page, await anAccount({ role: "contact_person", organizationId: org.id }));
    await page.goto(appUrl(`/fi/work/services/new?organization=${org.id}`));
    const name = unique("Näppäimistöpalvelu ");
    await tabTo(page, "f-name-fi");
    await page.keyboard.type(name);
    await tabTo(page, "f-targetGroups--young_people");
    await page.keyboard.press("Space");
    await tabTo(page, "f-topics--career_planning");
    await page.keyboard.press("Space");
    await tabTo(page, "f-channels-0-channel");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await tabTo(page, "f-channels-0-contact");
    await page.keyboard.type("040 123 4567");
    for (let i = 0; i < 200 && (await page.evaluate(() => document.activeElement?.textContent)) !== "Tallenna"; i++) await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.waitForURL(/notice=created/);
    const [row] = await db()
      .select()
      .from(service)
      .where(sql`${service.name}->>'fi' = ${name}`);
    expect(row.targetGroups).toEqual(["young_people"]);
    expect(row.topics).toEqual(["career_planning"]);
    expect(row.languages).toEqual(["fi"]);
    await context.close();
  });
});
