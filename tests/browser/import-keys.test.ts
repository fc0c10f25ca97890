import { and, eq, inArray } from "drizzle-orm";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../app/kit/db/db.server";
import { service } from "../../app/network-map/schema.server";
import { auditEvent } from "../../app/audit/schema.server";
import { signIn } from "../support/sign-in";
import { appUrl, expectNoAxeViolations, launchBrowser, newPage } from "../support/browser";
import { anAccount, anOrganization } from "../support/fixtures";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function upload(page: Page, content: string) {
  await page.check("input[name=kind][value=services]");
  await page.setInputFiles("#import-file", { name: "palvelut.csv", mimeType: "text/csv", buffer: Buffer.from(content) });
  const [response] = await Promise.all([page.waitForNavigation(), page.getByRole("button", { name: "Tuo tiedosto" }).click()]);
  return response!;
}

const servicesOf = (organizationId: string) => db().select().from(service).where(eq(service.organizationId, organizationId));

const file = (organizationId: string, secondName = "Uraohjaus") =>
  [
    "external_id;organization;name_fi;target_groups;languages",
    `S-1;${organizationId};Opintoneuvonta;unemployed;fi`,
    `S-2;${organizationId};${secondName};;fi`,
  ].join("\n");

describe("importing the same file again (issue 13)", () => {
  it("adds nothing the second time, updates a changed row, and says so", { timeout: 90_000 }, async () => {
    const org = await anOrganization();
    const account = await anAccount({ role: "contact_person", organizationId: org.id });
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await signIn(page, account, "/fi/work/import");
    await upload(page, file(org.id));
    expect(await page.getByRole("status").textContent()).toBe("Tuonti onnistui: lisätty 2, päivitetty 0, ennallaan 0.");
    await upload(page, file(org.id));
    expect(await page.getByRole("status").textContent()).toBe("Tuonti onnistui: lisätty 0, päivitetty 0, ennallaan 2.");
    await upload(page, file(org.id, "Uraohjaus aikuisille"));
    expect(await page.getByRole("status").textContent()).toBe("Tuonti onnistui: lisätty 0, päivitetty 1, ennallaan 1.");
    expect((await servicesOf(org.id)).map((s) => s.name.fi).sort()).toEqual(["Opintoneuvonta", "Uraohjaus aikuisille"]);
    await context.close();
  });

  it("lists the valid codes of an unknown one with their labels, and links to the code list", { timeout: 90_000 }, async () => {
    const org = await anOrganization();
    const account = await anAccount({ role: "contact_person", organizationId: org.id });
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await signIn(page, account, "/fi/work/import");
    const response = await upload(page, file(org.id).replace("unemployed", "työttömät"));
    expect(response.status()).toBe(400);
    const problem = await page.textContent("table.data tbody tr td:nth-child(3)");
    expect(problem).toContain("Tuntematon koodi: työttömät. Sallitut koodit:");
    expect(problem).toContain("unemployed (Työttömät / Arbetslösa / The unemployed)");
    await Promise.all([page.waitForURL(appUrl("/fi/code-lists/targetGroup")), page.getByRole("link", { name: "Koodiston kuvaus" }).click()]);
    await page.getByRole("heading", { name: "Kohderyhmät" }).waitFor();
    expect(await page.textContent("main")).toContain("unemployed");
    expect(await servicesOf(org.id)).toHaveLength(0);
    await context.close();
  });

  it("deletes imported entries in bulk after a confirmation, each with an audit event", { timeout: 90_000 }, async () => {
    const org = await anOrganization();
    const account = await anAccount({ role: "contact_person", organizationId: org.id });
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await signIn(page, account, "/fi/work/import");
    await upload(page, file(org.id));
    const imported = (await servicesOf(org.id)).map((s) => s.id);
    await page.goto(appUrl("/fi/work/import/entries"));
    await page.getByLabel("Valitse Opintoneuvonta").check();
    await page.getByLabel("Valitse Uraohjaus").check();
    await page.getByRole("button", { name: "Poista valitut…" }).click();
    await page.getByRole("heading", { name: "Poistetaanko 2 tietoa?" }).waitFor();
    expect(await servicesOf(org.id)).toHaveLength(2);
    await page.getByRole("button", { name: "Poista 2 tietoa pysyvästi" }).click();
    await page.getByText("Tuotuja tietoja ei ole.").waitFor();
    const deleted = (await db().select({ entityId: auditEvent.entityId }).from(auditEvent).where(inArray(auditEvent.entityId, imported)))
      .filter((e) => e.entityId)
      .map((e) => e.entityId);
    expect(await servicesOf(org.id)).toHaveLength(0);
    expect(new Set(deleted)).toEqual(new Set(imported));
    const deletions = await db()
      .select()
      .from(auditEvent)
      .where(and(inArray(auditEvent.entityId, imported), eq(auditEvent.action, "delete")));
    expect(deletions).toHaveLength(2);
    await context.close();
  });

  it("has no axe violations on the imported entries page and the code list", { timeout: 90_000 }, async () => {
    const org = await anOrganization();
    const account = await anAccount({ role: "contact_person", organizationId: org.id });
    const { context, page } = await newPage(browser);
    await signIn(page, account, "/fi/work/import");
    await upload(page, file(org.id));
    await page.goto(appUrl("/fi/work/import/entries"));
    await page.getByRole("heading", { name: "Tuodut tiedot" }).waitFor();
    await expectNoAxeViolations(page);
    await page.goto(appUrl("/sv/code-lists/channel"));
    await page.getByRole("heading", { name: "Kontaktkanaler" }).waitFor();
    await expectNoAxeViolations(page);
    await context.close();
  });
});
