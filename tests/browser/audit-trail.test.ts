import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteService } from "../../app/network-map/commands/service.server";
import { importCsv } from "../../app/network-map/exchange/import.server";
import { signIn } from "../support/sign-in";
import { get, signIn as httpSignIn } from "../support/http";
import { appUrl, expectNoAxeViolations, launchBrowser, newPage } from "../support/browser";
import { anAccount, anAccountUser, anOrganization, aService, unique } from "../support/fixtures";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A service renamed by a contact person, and another deleted: events a coordinator of Lapland reads. */
async function history() {
  const org = await anOrganization({ regionCodes: ["maakunta_19"] });
  const editor = await anAccountUser({ role: "contact_person", organizationId: org.id });
  const name = unique("Opintoneuvonta ");
  const serviceId = await aService(org.id, { name: { fi: "Vanha nimi" } });
  await importCsv(editor, "services", new TextEncoder().encode(`id;name_fi\n${serviceId};${name}`));
  const gone = unique("Poistettu palvelu ");
  await deleteService(editor, await aService(org.id, { name: { fi: gone } }));
  return { org, editor, serviceId, name, gone };
}

describe("the audit trail for people (issue 13)", () => {
  it("shows field labels, entity names and Finnish time, filtered by person, type and period", { timeout: 90_000 }, async () => {
    const { editor, serviceId, name, gone } = await history();
    const coordinator = await anAccount({ role: "coordinator", regionCode: "maakunta_19" });
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await signIn(page, coordinator, "/fi/work/audit");
    const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Helsinki" }).format(new Date());
    await page.fill("#audit-actor", editor.email);
    await page.selectOption("#audit-entity-type", "service");
    await page.fill("#audit-from", today);
    await page.fill("#audit-to", today);
    await Promise.all([page.waitForURL(/actor=/), page.getByRole("button", { name: "Rajaa" }).click()]);
    await page.getByText(`palvelu: ${name}`).waitFor();
    const table = (await page.textContent("table.data"))!;
    expect(table).toContain(`Nimi: Vanha nimi → ${name}`);
    expect(table).toContain(`palvelu: ${gone}`);
    expect(table).not.toContain(serviceId);
    expect(table).not.toMatch(/\bname\b/);
    // Finnish local time as Intl writes it: "8.12.2026 klo 3.05" rather than an ISO instant.
    expect(table).toMatch(/\d{1,2}\.\d{1,2}\.\d{4}/);
    expect(table).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    await context.close();
  });

  it("has no axe violations", { timeout: 90_000 }, async () => {
    await history();
    const coordinator = await anAccount({ role: "coordinator", regionCode: "maakunta_19" });
    const { context, page } = await newPage(browser);
    await signIn(page, coordinator, "/fi/work/audit?entityType=service");
    await page.getByRole("heading", { name: "Muutoshistoria" }).waitFor();
    await expectNoAxeViolations(page);
    await context.close();
  });

  it("exports the filtered events as spreadsheet-safe CSV to coordinators and admins only", { timeout: 90_000 }, async () => {
    const { editor, name } = await history();
    const coordinator = await httpSignIn(await anAccount({ role: "coordinator", regionCode: "maakunta_19" }));
    const response = await get(`/fi/work/audit.csv?entityType=service&actor=${encodeURIComponent(editor.email)}`, coordinator);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const text = await response.text();
    // fetch drops the byte order mark when it decodes the text.
    expect(text.startsWith("Aika;Tekijä;Toimenpide;Kohde;Nimi;Tunniste;")).toBe(true);
    expect(text).toContain(name);
    const contactPerson = await httpSignIn(await anAccount({ role: "contact_person", organizationId: (await anOrganization()).id }));
    expect((await get("/fi/work/audit.csv", contactPerson)).status).toBe(403);
    expect((await fetch(appUrl("/fi/work/audit.csv"), { redirect: "manual" })).status).toBe(303);
  });
});
