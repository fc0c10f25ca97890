import ExcelJS from "exceljs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createProject } from "../../app/projects/commands/project.server";
import { appUrl, expectNoAxeViolations, launchBrowser, newPage } from "../support/browser";
import { anAccount, anOrganization, unique, userWith } from "../support/fixtures";
import { signIn } from "../support/sign-in";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const kainuu = "maakunta_18";
const coordinator = userWith({ role: "coordinator", regionCode: kainuu });

async function aCard() {
  const partner = await anOrganization({ regionCodes: [kainuu] });
  const code = unique("S");
  const id = await createProject(coordinator, {
    code,
    name: { fi: unique("Kainuu-verkosto ") },
    summary: { fi: "Palvelumalli aikuisten ohjaukseen." },
    funder: "ESR",
    startsOn: "1.5.2009",
    endsOn: "31.10.2011",
    budget: "245 764",
    regionCodes: [kainuu],
    organizationIds: [partner.id],
    targetGroups: ["job_seekers"],
    indicators: { participants: { plannedTotal: "0", plannedWomen: "0", realisedTotal: "86", realisedWomen: "71" } },
    planActionIds: [],
  });
  return { id, code, partner };
}

describe("the public project register and card", { timeout: 240_000 }, () => {
  it("work without JavaScript, are cacheable and accessible, and export the register safely", async () => {
    const { id, code } = await aCard();
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    page.setDefaultTimeout(15_000);
    const response = await page.goto(appUrl(`/fi/projects?region=${kainuu}`));
    expect(response?.status()).toBe(200);
    expect(response?.headers()["cache-control"]).toMatch(/^public, max-age=0, s-maxage=\d+/);
    expect(await page.textContent("h1")).toBe("Kehittämishankkeet: Kainuu");
    await page.locator(`a[href="/fi/projects/${id}"]`).click();
    await page.waitForSelector(`text=${code}`);
    const html = await page.content();
    expect((html.match(/<script\b[^>]*>/g) ?? []).filter((tag) => !tag.includes("application/ld+json"))).toEqual([]);
    expect(await page.textContent("main")).toContain("86, joista naisia 71");
    expect(await page.textContent("main")).toContain("245\u00a0764\u00a0€");
    expect((await page.goto(appUrl("/fi/projects?region=nowhere")))?.status()).toBe(400);
    await context.close();
    for (const path of [`/fi/projects?region=${kainuu}`, `/fi/projects/${id}`, `/sv/projects/${id}`]) {
      const visit = await newPage(browser);
      await visit.page.goto(appUrl(path));
      await expectNoAxeViolations(visit.page);
      await visit.context.close();
    }
    const csv = await fetch(appUrl(`/fi/projects.csv?region=${kainuu}`));
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(await csv.text()).toContain(code);
    const xlsx = await fetch(appUrl(`/fi/projects.xlsx?region=${kainuu}`));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    expect(workbook.worksheets[0].getColumn(1).values).toContain(code);
  });
});

describe("the project cards' work pages", { timeout: 240_000 }, () => {
  it("let a partner's contact person create and edit a card, refuse bad input with 400 and a stale form with 409", async () => {
    const { partner } = await aCard();
    const account = await anAccount({ role: "contact_person", organizationId: partner.id });
    const { context, page } = await newPage(browser);
    page.setDefaultTimeout(20_000);
    await signIn(page, account, "/fi/work/projects");
    await expectNoAxeViolations(page);
    const code = unique("S");
    await page.fill("#f-code", code);
    await page.fill("#f-name-fi", "Uusi hanke");
    await page.fill("#f-funder", "ESR");
    await page.fill("#f-startsOn", "1.1.2027");
    await page.fill("#f-endsOn", "31.12.2028");
    await page.fill("#f-budget", "1 234,50 €");
    await page.check(`#f-regionCodes--${kainuu}`);
    await page.check(`#f-organizationIds--${partner.id}`);
    await page.fill("#f-indicators-participants-realisedTotal", "10");
    await page.fill("#f-indicators-participants-realisedWomen", "11");
    await page.getByRole("button", { name: "Lisää hankekortti" }).click();
    await page.waitForSelector(".error-summary");
    expect(await page.textContent(".error-summary")).toContain("Naisia ei voi olla enemmän kuin kaikkiaan.");
    await expectNoAxeViolations(page);
    await page.fill("#f-indicators-participants-realisedWomen", "7");
    await page.getByRole("button", { name: "Lisää hankekortti" }).click();
    await page.waitForSelector("text=Hankekortin tiedot");
    await expectNoAxeViolations(page);
    expect(await page.inputValue("#f-budget")).toBe("1234,50");
    // Two tabs: the second save from a stale form is refused.
    const stale = await context.newPage();
    await stale.goto(page.url());
    await page.fill("#f-funder", "ESR+");
    await page.getByRole("button", { name: "Tallenna" }).click();
    await page.waitForSelector("text=Tallennettu");
    await stale.fill("#f-funder", "Toinen");
    const [answer] = await Promise.all([
      stale.waitForResponse((r) => r.request().method() === "POST"),
      stale.getByRole("button", { name: "Tallenna" }).click(),
    ]);
    expect(answer.status()).toBe(409);
    await context.close();
  });
});
