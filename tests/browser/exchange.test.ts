import { eq } from "drizzle-orm";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../app/kit/db/db.server";
import { service } from "../../app/network-map/schema.server";
import { importLimits } from "../../app/network-map/public";
import { signIn } from "../support/sign-in";
import { get, signIn as httpSignIn } from "../support/http";
import { appUrl, expectNoAxeViolations, launchBrowser, newPage } from "../support/browser";
import { anAccount, anOrganization, aService } from "../support/fixtures";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function upload(page: Page, kind: string, name: string, content: string | Buffer) {
  await page.check(`input[name=kind][value=${kind}]`);
  await page.setInputFiles("#import-file", { name, mimeType: "text/csv", buffer: Buffer.from(content) });
  const [response] = await Promise.all([page.waitForNavigation(), page.getByRole("button", { name: "Tuo tiedosto" }).click()]);
  return response!;
}

const badServices = (organizationId: string) =>
  [
    "organization;name_fi;topics;languages;area_municipalities",
    `${organizationId};Hyvä palvelu;career_planning;fi;kunta_698`,
    `${organizationId};Huono palvelu;career_planning;fi;kunta_999`,
  ].join("\n");

const reportCells = (page: Page) => page.$$eval("table.data tbody tr", (rows) => rows.map((r) => [...r.querySelectorAll("td")].map((td) => td.textContent)));

const servicesOf = (organizationId: string) => db().select().from(service).where(eq(service.organizationId, organizationId));

describe("import page without JavaScript", () => {
  it("shows the row-by-row report of a bad file without JavaScript and imports nothing", async () => {
    const org = await anOrganization();
    const account = await anAccount({ role: "contact_person", organizationId: org.id });
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await signIn(page, account, "/fi/work/import");
    expect(await page.textContent("h1")).toBe("Tuo tietoja CSV-tiedostosta");

    const response = await upload(page, "services", "palvelut.csv", badServices(org.id));
    expect(response.status()).toBe(400);
    expect(await page.getByRole("alert").textContent()).toContain("mitään ei tuotu");
    expect(await reportCells(page)).toEqual([["3", "area_municipalities", "Tuntematon arvo: kunta_999."]]);
    expect(await servicesOf(org.id)).toHaveLength(0);
    // The chosen kind is kept for the corrected upload.
    expect(await page.isChecked("input[name=kind][value=services]")).toBe(true);

    const fixed = await upload(page, "services", "palvelut.csv", badServices(org.id).replace("kunta_999", "kunta_851"));
    expect(fixed.status()).toBe(200);
    expect(await page.getByRole("status").textContent()).toBe("Tuonti onnistui: lisätty 2, päivitetty 0, ennallaan 0.");
    expect(await servicesOf(org.id)).toHaveLength(2);
    await context.close();
  });

  it("has no axe violations on the form and on the report (axe itself needs JavaScript)", async () => {
    const org = await anOrganization();
    const account = await anAccount({ role: "contact_person", organizationId: org.id });
    const { context, page } = await newPage(browser);
    await signIn(page, account, "/fi/work/import");
    await expectNoAxeViolations(page);
    await page.check("input[name=kind][value=services]");
    await page.setInputFiles("#import-file", { name: "palvelut.csv", mimeType: "text/csv", buffer: Buffer.from(badServices(org.id)) });
    await page.getByRole("button", { name: "Tuo tiedosto" }).click();
    await page.waitForSelector("table.data");
    expect(await reportCells(page)).toEqual([["3", "area_municipalities", "Tuntematon arvo: kunta_999."]]);
    await expectNoAxeViolations(page);
    expect(await servicesOf(org.id)).toHaveLength(0);
    await context.close();
  });

  // Sending 21 MB through the browser takes a while on a shared machine.
  it("refuses a file over the size limit (20 MB) with 413 and a message", { timeout: 120_000 }, async () => {
    const org = await anOrganization();
    const account = await anAccount({ role: "contact_person", organizationId: org.id });
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    page.setDefaultTimeout(110_000);
    await signIn(page, account, "/fi/work/import");
    const response = await upload(page, "services", "iso.csv", Buffer.alloc(importLimits.maxBytes + 1024 * 1024, "a"));
    expect(response.status()).toBe(413);
    expect(await page.getByRole("alert").textContent()).toContain("Tiedosto on liian suuri");
    await context.close();
  });

  it("sends visitors who are not signed in to the sign-in page", async () => {
    const response = await fetch(appUrl("/fi/work/import"), { redirect: "manual" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/fi/sign-in?next=%2Ffi%2Fwork%2Fimport");
  });
});

describe("templates and export downloads", () => {
  it("offers a CSV template per kind with the header row and an example row for the user's own organisation", async () => {
    const org = await anOrganization({ businessId: "2345678-0", name: { fi: "Oma opisto" } });
    const cookie = await httpSignIn(await anAccount({ role: "contact_person", organizationId: org.id }));
    expect((await fetch(appUrl("/fi/work/import/templates/practitioners.csv"), { redirect: "manual" })).status).toBe(303);
    const response = await get("/fi/work/import/templates/practitioners.csv", cookie);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toContain("attachment");
    const lines = (await response.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines).toHaveLength(2);
    expect(lines[0].split(";").slice(0, 5)).toEqual(["id", "external_id", "organization", "given_name", "family_name"]);
    expect(lines[1].split(";")[2]).toBe("2345678-0");
    const organizations = await (await get("/fi/work/import/templates/organizations.csv", cookie)).text();
    expect(organizations).toContain(";Oma opisto;");
    expect(organizations).not.toContain("0245437-2");
    expect((await get("/fi/work/import/templates/people.csv", cookie)).status).toBe(404);
  });

  it("exports a region's public data to anyone as CSV and XLSX, and asks for a region otherwise", async () => {
    const org = await anOrganization({ regionCodes: ["maakunta_18"] });
    await aService(org.id, { name: { fi: "Kainuun neuvonta" } });
    const csv = await fetch(appUrl("/fi/work/export/services.csv?region=maakunta_18"));
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toMatch(/^attachment; filename="elo-services-maakunta_18-\d{4}-\d\d-\d\d\.csv"$/);
    expect(await csv.text()).toContain(`;${org.id};Kainuun neuvonta;`);
    const xlsx = await fetch(appUrl("/sv/work/export/organizations.xlsx?region=maakunta_18"));
    expect(xlsx.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(
      Buffer.from(await xlsx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");
    const noRegion = await fetch(appUrl("/fi/work/export/services.csv"));
    expect(noRegion.status).toBe(400);
    expect(await noRegion.text()).toBe("Valitse maakunta, jonka tiedot haluat viedä.");
    expect((await fetch(appUrl("/fi/work/export/services.csv?region=maakunta_77"))).status).toBe(400);
    expect((await fetch(appUrl("/fi/work/export/services.pdf"))).status).toBe(404);
  });

  it("writes a hostile name in the public region CSV as text, not as a formula", async () => {
    const org = await anOrganization({ regionCodes: ["maakunta_18"], name: { fi: '=HYPERLINK("https://evil.example";"Avaa")' } });
    await aService(org.id, { name: { fi: "@SUM(1+1)*cmd|' /C calc'!A0" } });
    const services = await (await fetch(appUrl("/fi/work/export/services.csv?region=maakunta_18"))).text();
    expect(services).toContain(`;${org.id};'@SUM(1+1)*cmd|' /C calc'!A0;`);
    const organizations = await (await fetch(appUrl("/fi/work/export/organizations.csv?region=maakunta_18"))).text();
    expect(organizations).toContain(`;"'=HYPERLINK(""https://evil.example"";""Avaa"")";`);
  });

  it("shows the export page to a signed-in coordinator without axe violations", async () => {
    const account = await anAccount({ role: "coordinator", regionCode: "maakunta_19" });
    const { context, page } = await newPage(browser);
    await signIn(page, account, "/fi/work/export");
    expect(await page.textContent("h1")).toBe("Vie tietoja");
    expect(await page.getAttribute("a[href='/fi/work/export/services.xlsx']", "href")).toBe("/fi/work/export/services.xlsx");
    await page.selectOption("#export-region", "maakunta_18");
    await Promise.all([page.waitForURL(/region=maakunta_18/), page.click("button[type=submit].button--secondary")]);
    await page.waitForSelector("a[href$='services.csv?region=maakunta_18']");
    expect(await page.getAttribute("a[href$='services.csv?region=maakunta_18']", "href")).toBe("/fi/work/export/services.csv?region=maakunta_18");
    await expectNoAxeViolations(page);
    await context.close();
  });
});
