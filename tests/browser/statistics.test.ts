import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerSatisfaction, inviteToRate } from "../../app/feedback/commands/satisfaction.server";
import { db } from "../../app/kit/db/db.server";
import { expectNoAxeViolations, launchBrowser, newPage } from "../support/browser";
import { aService, anAccount, anOrganization, unique } from "../support/fixtures";
import { get, signIn as signInHttp } from "../support/http";
import { signIn } from "../support/sign-in";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const thisMonth = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Helsinki", year: "numeric", month: "2-digit" }).format(new Date());

describe("the service statistics", { timeout: 180_000 }, () => {
  it("shows a coordinator their region's figures as a chart and a table, and exports them safely", async () => {
    const name = `=${unique("HYPERLINK ")}`;
    const organization = await anOrganization({ regionCodes: ["maakunta_18"], name: { fi: name } });
    const serviceId = await aService(organization.id, { name: { fi: "Uraohjaus puhelimessa" } });
    for (const score of ["5", "3"]) {
      const path = await inviteToRate(db(), { kind: "booking", organizationId: organization.id, serviceId, channel: "phone", language: "fi" });
      await answerSatisfaction(path.split("/").pop()!, { score });
    }
    const coordinator = await anAccount({ role: "coordinator", regionCode: "maakunta_18" });
    const { context, page } = await newPage(browser);
    await signIn(page, coordinator, "/fi/work/statistics");
    expect(await page.locator("svg.bar-chart title").textContent()).toBe("Ajanvaraukset kuukausittain");
    expect(await page.locator("svg.bar-chart rect.bar-chart__bar").count()).toBe(12);
    await expectNoAxeViolations(page);

    await page.selectOption("#filter-organization", organization.id);
    await page.selectOption("#filter-group", "service");
    await page.selectOption("#filter-chart", "satisfactionAnswers");
    await Promise.all([page.waitForURL(/groupBy=service/), page.click("main button[type=submit]")]);
    const row = page.locator("table.data tbody tr", { hasText: "Uraohjaus puhelimessa" });
    const headers = await page.locator("table.data thead th").allTextContents();
    const cells = await row.locator("td").allTextContents();
    expect(cells[headers.indexOf("Tyytyväisyysvastaukset") - 1]).toBe("2");
    expect(cells[headers.indexOf("Tyytyväisyys keskimäärin (1–5)") - 1]).toBe("4");
    expect(await page.locator("svg.bar-chart title").textContent()).toBe("Tyytyväisyysvastaukset kuukausittain");
    await expectNoAxeViolations(page);
    await context.close();

    const cookie = await signInHttp(coordinator);
    const csv = await get(`/fi/work/statistics/export.csv?organization=${organization.id}&groupBy=organization&to=${thisMonth()}`, cookie);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("cache-control")).toBe("private, no-store");
    const text = await csv.text();
    expect(text).toContain(`'${name};`);
    expect(text.split("\n")[0]).toContain("Organisaatio;Ajanvaraukset;");
    const xlsx = await get(`/fi/work/statistics/export.xlsx?organization=${organization.id}`, cookie);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get("content-type")).toContain("spreadsheetml");
    expect((await xlsx.arrayBuffer()).byteLength).toBeGreaterThan(1000);
  });

  it("refuses what a user may not see and answers bad filters with 400", async () => {
    const lapland = await anOrganization({ regionCodes: ["maakunta_19"] });
    const own = await anOrganization({ regionCodes: ["maakunta_18"] });
    const contact = await signInHttp(await anAccount({ role: "contact_person", organizationId: own.id }));
    expect((await get("/fi/work/statistics", contact)).status).toBe(200);
    expect((await get(`/fi/work/statistics?organization=${lapland.id}`, contact)).status).toBe(403);
    expect((await get(`/fi/work/statistics/export.csv?organization=${lapland.id}`, contact)).status).toBe(403);
    const bad = await get("/fi/work/statistics?from=13/2026", contact);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("Anna kuukausi muodossa 3/2026.");
    expect((await get("/fi/work/statistics?groupBy=weekday", contact)).status).toBe(400);
    expect((await get("/fi/work/statistics/export.pdf", contact)).status).toBe(404);
    const practitioner = await signInHttp(await anAccount({ role: "practitioner", practitionerId: null }));
    expect((await get("/fi/work/statistics", practitioner)).status).toBe(403);
  });
});
