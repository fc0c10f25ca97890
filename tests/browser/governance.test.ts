import { eq } from "drizzle-orm";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../app/kit/db/db.server";
import { createGroup } from "../../app/governance/commands/group.server";
import { addMember } from "../../app/governance/commands/membership.server";
import { publishAgreement } from "../../app/governance/commands/agreement.server";
import { agreementAcceptance } from "../../app/governance/schema.server";
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

async function aGroupTree() {
  const org = await anOrganization();
  const card = await aPractitioner(org.id);
  const top = await createGroup(system, {
    regionCode: "maakunta_19",
    type: "cooperation",
    name: { fi: unique("Yhteistyöryhmä ") },
    description: { fi: "Alueen ELO-ryhmä." },
  });
  const area = await createGroup(system, {
    regionCode: "maakunta_19",
    type: "area",
    name: { fi: unique("Alueryhmä ") },
    description: {},
    parentId: top,
    municipalityCodes: ["kunta_698", "kunta_320"],
  });
  await addMember(system, top, { organizationId: org.id, practitionerId: card, position: "chair", startsOn: "2020-01-01" });
  await addMember(system, area, { organizationId: org.id, position: "member", startsOn: "2020-01-01" });
  return { org, card, top, area };
}

describe("governance pages in the browser", { timeout: 120_000 }, () => {
  it("public group page and group list have no axe violations", async () => {
    const g = await aGroupTree();
    const { context, page } = await newPage(browser);
    await page.goto(appUrl(`/fi/groups/${g.top}`));
    expect(await page.getByRole("row").count()).toBe(2);
    await expectNoAxeViolations(page);
    await page.goto(appUrl("/fi/groups?region=maakunta_19"));
    await page.waitForSelector(".group-tree");
    await expectNoAxeViolations(page);
    await page.goto(appUrl("/sv/groups"));
    await expectNoAxeViolations(page);
    await context.close();
  });

  it("the group edit form has no axe violations, also with errors shown", async () => {
    const g = await aGroupTree();
    const account = await anAccount({ role: "coordinator", regionCode: "maakunta_19" });
    const { context, page } = await newPage(browser);
    await signIn(page, account, `/fi/work/groups/${g.area}`);
    await expectNoAxeViolations(page);
    await page.fill("#f-name-fi", "");
    await page.getByRole("button", { name: "Tallenna" }).first().click();
    await page.waitForSelector(".error-summary");
    await expectNoAxeViolations(page);
    await context.close();
  });

  it("the agreement overview has no axe violations", async () => {
    const region = "maakunta_15";
    await anOrganization({ regionCodes: [region] });
    await publishAgreement(system, { regionCode: region, body: { fi: "Sopimuksen teksti.\n\nRyhmien roolit." }, expiresOn: "2000-01-01" });
    const account = await anAccount({ role: "coordinator", regionCode: region });
    const { context, page } = await newPage(browser);
    await signIn(page, account, "/fi/work/agreement");
    await page.waitForSelector("table.data");
    await expectNoAxeViolations(page);
    await context.close();
  });
});

describe("accepting the agreement without JavaScript", { timeout: 120_000 }, () => {
  it("a contact person reads the current version and accepts it for their organisation", async () => {
    const region = "maakunta_14";
    const org = await anOrganization({ regionCodes: [region] });
    const text = unique("Kumppanuussopimuksen teksti ");
    const { id: versionId } = await publishAgreement(system, { regionCode: region, body: { fi: text } });
    const account = await anAccount({ role: "contact_person", organizationId: org.id });
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await signIn(page, account, "/fi/work/agreement");
    expect(await page.textContent("body")).toContain(text);
    const [response] = await Promise.all([
      page.waitForNavigation(),
      page.getByRole("button", { name: `Hyväksy sopimus organisaation ${org.name} puolesta` }).click(),
    ]);
    expect(response!.status()).toBe(200);
    expect(page.url()).toContain("notice=accepted");
    expect(await page.getByRole("status").textContent()).toBe("Hyväksyntä tallennettu.");
    expect(await page.textContent("body")).toContain("Hyväksytty");
    const rows = await db().select().from(agreementAcceptance).where(eq(agreementAcceptance.versionId, versionId));
    expect(rows.map((r) => r.organizationId)).toEqual([org.id]);
    await context.close();
  });
});
