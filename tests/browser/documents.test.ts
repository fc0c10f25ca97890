import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishAgreement } from "../../app/governance/commands/agreement.server";
import { createGroup } from "../../app/governance/commands/group.server";
import { addMember } from "../../app/governance/commands/membership.server";
import { appUrl, expectNoAxeViolations, launchBrowser, newPage } from "../support/browser";
import { anAccount, anOrganization, aPractitioner, system, unique } from "../support/fixtures";
import { signIn } from "../support/sign-in";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("documents and notifications in the browser", { timeout: 180_000 }, () => {
  it("a member uploads without JavaScript; the chair sees the notification, reads it and downloads; no axe violations", async () => {
    const org = await anOrganization();
    const chairCard = await aPractitioner(org.id);
    const memberCard = await aPractitioner(org.id);
    const groupId = await createGroup(system, { regionCode: "maakunta_19", type: "coordination", name: { fi: unique("Koordinaatioryhmä ") }, description: {} });
    await addMember(system, groupId, { organizationId: org.id, practitionerId: chairCard, position: "chair", startsOn: "2020-01-01" });
    await addMember(system, groupId, { organizationId: org.id, practitionerId: memberCard, position: "member", startsOn: "2020-01-01" });
    const member = await anAccount({ role: "practitioner", practitionerId: memberCard });
    const chair = await anAccount({ role: "practitioner", practitionerId: chairCard });
    const title = unique("Toimintasuunnitelma ");

    // The plain form, as a browser without JavaScript sends it (axe needs JavaScript, so it checks below).
    const noScript = await newPage(browser, { javaScriptEnabled: false });
    noScript.page.setDefaultTimeout(15_000);
    await signIn(noScript.page, member, `/fi/work/groups/${groupId}/documents`);
    await noScript.page.getByRole("button", { name: "Lisää asiakirja" }).click();
    await noScript.page.waitForSelector(".error-summary");
    await noScript.page.getByLabel("Otsikko").fill(title);
    await noScript.page
      .getByLabel("Tiedosto")
      .setInputFiles({ name: "Työsuunnitelma.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\nsuunnitelma\n") });
    await Promise.all([
      noScript.page.waitForURL(/\/fi\/work\/documents\/[0-9a-f-]{36}\?notice=uploaded$/),
      noScript.page.getByRole("button", { name: "Lisää asiakirja" }).click(),
    ]);
    expect(await noScript.page.getByRole("heading", { level: 1 }).textContent()).toBe(title);
    const documentUrl = noScript.page.url();
    await noScript.context.close();

    const asMember = await newPage(browser);
    asMember.page.setDefaultTimeout(15_000);
    await signIn(asMember.page, member, `/fi/work/groups/${groupId}/documents`);
    await expectNoAxeViolations(asMember.page);
    await asMember.page.getByRole("button", { name: "Lisää asiakirja" }).click();
    await asMember.page.waitForSelector(".error-summary");
    await expectNoAxeViolations(asMember.page);
    await asMember.page.goto(documentUrl);
    await expectNoAxeViolations(asMember.page);
    await asMember.context.close();

    const { context, page } = await newPage(browser);
    page.setDefaultTimeout(15_000);
    await signIn(page, chair, "/fi/work/notifications");
    await expect(page.getByRole("link", { name: "Ilmoitukset, 1 lukematon" }).count()).resolves.toBe(1);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: /^Merkitse luetuksi: / }).click();
    await page.waitForSelector("text=Merkitty luetuksi.");
    await expect(page.getByRole("link", { name: "Ilmoitukset", exact: true }).count()).resolves.toBe(1);
    await page.getByRole("link", { name: new RegExp(title) }).click();
    await page.waitForURL(/\/fi\/work\/documents\//);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /^Lataa Työsuunnitelma\.pdf/ }).click()]);
    expect(download.suggestedFilename()).toBe("Työsuunnitelma.pdf");
    // The chair may delete; the page offers it and the group page answers afterwards.
    await page.getByRole("button", { name: `Poista asiakirja ${title}` }).click();
    await page.waitForURL(/\/documents\?notice=deleted$/);
    await expectNoAxeViolations(page);
    await page.goto(appUrl("/sv/work/notifications"));
    await expectNoAxeViolations(page);
    await context.close();
  });

  it("the agreement text written in Markdown reaches the contact person as HTML without scripts", async () => {
    const region = "maakunta_07";
    const org = await anOrganization({ regionCodes: [region] });
    const contact = await anAccount({ role: "contact_person", organizationId: org.id });
    await publishAgreement(
      { ...system, grants: system.grants },
      { regionCode: region, body: { fi: "## Roolit\n\n- **Yhteistyöryhmä** linjaa\n- Alueryhmät toimivat\n\n<script>alert(1)</script>" } },
    );
    const { context, page } = await newPage(browser);
    await signIn(page, contact, "/fi/work/agreement");
    expect(await page.locator(".agreement-text strong").first().textContent()).toBe("Yhteistyöryhmä");
    expect(await page.locator(".agreement-text li").count()).toBe(2);
    expect(await page.locator(".agreement-text script").count()).toBe(0);
    await expectNoAxeViolations(page);
    await context.close();
  });
});
