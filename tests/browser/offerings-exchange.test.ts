import { eq } from "drizzle-orm";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../app/kit/db/db.server";
import { offering } from "../../app/offerings/schema.server";
import { appUrl, expectNoAxeViolations, launchBrowser, newPage } from "../support/browser";
import { anAccount, anOffering, anOrganization } from "../support/fixtures";
import { get, signIn as signInHttp } from "../support/http";
import { signIn } from "../support/sign-in";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const offeringsOf = (organizationId: string) => db().select().from(offering).where(eq(offering.organizationId, organizationId));

const header = "organization;name_fi;education_type;field_code;teaching_languages;teaching_method;municipality_code;start_date";
const file = (org: string, municipality: string) =>
  [header, `${org};Kokin tutkinto;vocational_qualification;kansallinenkoulutusluokitus2016koulutusalataso1_10;fi;contact;${municipality};2026-08-15`].join(
    "\n",
  );

async function upload(page: Page, content: string) {
  await page.setInputFiles("#import-file", { name: "koulutukset.csv", mimeType: "text/csv", buffer: Buffer.from(content) });
  const [response] = await Promise.all([page.waitForNavigation(), page.getByRole("button", { name: "Tuo tiedosto" }).click()]);
  return response!;
}

describe("offerings import page", { timeout: 120_000 }, () => {
  it("reports a bad file row by row without JavaScript, imports nothing, then imports the corrected file", async () => {
    const org = await anOrganization();
    const account = await anAccount({ role: "contact_person", organizationId: org.id });
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await signIn(page, account, "/fi/work/offerings/import");
    expect(await page.textContent("h1")).toBe("Tuo koulutuksia CSV-tiedostosta");
    const refused = await upload(page, file(org.id, "kunta_999"));
    expect(refused.status()).toBe(400);
    expect(await page.$$eval("table.data tbody tr", (rows) => rows.map((r) => [...r.querySelectorAll("td")].map((td) => td.textContent)))).toEqual([
      ["2", "municipality_code", "Tuntematon arvo: kunta_999."],
    ]);
    expect(await offeringsOf(org.id)).toHaveLength(0);
    const accepted = await upload(page, file(org.id, "kunta_205"));
    expect(accepted.status()).toBe(200);
    expect(await page.getByRole("status").textContent()).toBe("Tuonti onnistui: lisätty 1, päivitetty 0, ennallaan 0.");
    expect(await offeringsOf(org.id)).toHaveLength(1);
    await context.close();
  });

  it("has no axe violations on the import page, the report and the export page", async () => {
    const org = await anOrganization();
    await anOffering(org.id);
    const account = await anAccount({ role: "contact_person", organizationId: org.id });
    const { context, page } = await newPage(browser);
    await signIn(page, account, "/fi/work/offerings/import");
    await expectNoAxeViolations(page);
    await page.setInputFiles("#import-file", { name: "k.csv", mimeType: "text/csv", buffer: Buffer.from(file(org.id, "kunta_999")) });
    await page.getByRole("button", { name: "Tuo tiedosto" }).click();
    await page.waitForSelector("table.data");
    await expectNoAxeViolations(page);
    await page.goto(appUrl("/fi/work/offerings/export"));
    expect(await page.textContent("h1")).toBe("Vie koulutukset");
    expect(await page.getAttribute("a[href$='offerings.csv']", "href")).toBe("/fi/work/offerings/export/offerings.csv");
    await expectNoAxeViolations(page);
    await context.close();
  });

  it("downloads the template and the user's offerings as CSV and XLSX, and refuses other files", async () => {
    const org = await anOrganization();
    await anOffering(org.id, { name: { fi: "Vientikoulutus" } });
    const cookie = await signInHttp(await anAccount({ role: "contact_person", organizationId: org.id }));
    const template = await get("/sv/work/offerings/import/template.csv", cookie);
    expect(template.status).toBe(200);
    expect(
      (await template.text())
        .replace(/^\uFEFF/, "")
        .split("\r\n")[0]
        .split(";")
        .slice(0, 3),
    ).toEqual(["id", "organization", "name_fi"]);
    const csv = await get("/fi/work/offerings/export/offerings.csv", cookie);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(await csv.text()).toContain(`;${org.id};Vientikoulutus;`);
    const xlsx = await get("/en/work/offerings/export/offerings.xlsx", cookie);
    expect(
      Buffer.from(await xlsx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");
    const unknown = await get("/en/work/offerings/export/people.csv", cookie);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain("Unknown file.");
    expect((await get("/fi/work/offerings/export/offerings.csv")).status).toBe(303);
  });
});
