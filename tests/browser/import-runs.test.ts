import { eq } from "drizzle-orm";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../app/kit/db/db.server";
import { importSpec } from "../../app/network-map/exchange/import.server";
import { inRequestRows, runImport } from "../../app/network-map/exchange/runs.server";
import { service } from "../../app/network-map/schema.server";
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

const rows = inRequestRows + 50;

/** A services file just over the in-request limit, so it is imported by a job. */
const servicesFile = (organizationId: string) =>
  [
    "organization;name_fi;topics;languages;area_municipalities",
    ...Array.from({ length: rows }, (_, i) => `${organizationId};Palvelu ${i + 1};career_planning;fi;kunta_698`),
  ].join("\n");

async function upload(page: Page, content: string) {
  await page.check("input[name=kind][value=services]");
  await page.setInputFiles("#import-file", { name: "palvelut.csv", mimeType: "text/csv", buffer: Buffer.from(content) });
  const [response] = await Promise.all([page.waitForNavigation(), page.getByRole("button", { name: "Tuo tiedosto" }).click()]);
  return response!;
}

const runIdOf = (page: Page) => /\/fi\/work\/import\/([0-9a-f-]{36})$/.exec(new URL(page.url()).pathname)?.[1];
const refreshes = async (page: Page) => (await page.$('meta[http-equiv="refresh"]')) !== null;
const servicesOf = (organizationId: string) => db().select().from(service).where(eq(service.organizationId, organizationId));

describe("a large import runs as a job, without JavaScript", () => {
  it("redirects to the run's page, which shows the progress and refreshes itself, then the report", { timeout: 120_000 }, async () => {
    const org = await anOrganization();
    const account = await anAccount({ role: "contact_person", organizationId: org.id });
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await signIn(page, account, "/fi/work/import");
    const response = await upload(page, servicesFile(org.id));
    expect(response.status()).toBe(200);
    const runId = runIdOf(page);
    expect(runId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(await page.textContent("h1")).toBe("Tiedoston tuonti");
    // The test server runs no job runner: the run waits in the queue.
    expect(await page.getByRole("status").textContent()).toBe(`Tuonti odottaa vuoroaan.0 / ${rows} riviä käsitelty`);
    expect(await refreshes(page)).toBe(true);
    expect(await servicesOf(org.id)).toHaveLength(0);

    // Another user (here the organisation's other contact person) does not see it.
    const other = await newPage(browser, { javaScriptEnabled: false });
    await signIn(other.page, await anAccount({ role: "contact_person", organizationId: org.id }), "/fi/work");
    expect((await other.page.goto(appUrl(`/fi/work/import/${runId}`)))!.status()).toBe(404);
    await other.context.close();

    // A runner takes the job.
    await runImport(runId!, (caller, kind) => importSpec(caller, kind as "services"));
    await page.reload();
    expect(await page.getByRole("status").textContent()).toBe(
      `Tuonti onnistui: lisätty ${new Intl.NumberFormat("fi-FI").format(rows)}, päivitetty 0, ennallaan 0.`,
    );
    expect(await refreshes(page)).toBe(false);
    expect(await servicesOf(org.id)).toHaveLength(rows);
    await context.close();
  });

  it("cancels a run with the page's button, and has no axe violations (axe itself needs JavaScript)", { timeout: 120_000 }, async () => {
    const org = await anOrganization();
    const account = await anAccount({ role: "contact_person", organizationId: org.id });
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await signIn(page, account, "/fi/work/import");
    await upload(page, servicesFile(org.id));
    const runPath = new URL(page.url()).pathname;

    // Its self-refresh can be turned off (WCAG 2.2.1); without it the page stays put for axe. The
    // refreshing page differs by the refresh itself (which axe's meta-refresh rule reports whatever
    // the page offers) and the link that turns it off.
    const withScripts = await newPage(browser);
    await signIn(withScripts.page, account, `${runPath}?refresh=off`);
    expect(await refreshes(withScripts.page)).toBe(false);
    expect(await withScripts.page.getByRole("link", { name: "Päivitä sivu automaattisesti" }).getAttribute("href")).toBe(runPath);
    await expectNoAxeViolations(withScripts.page);
    expect(await page.getByRole("link", { name: "Lopeta sivun automaattinen päivitys" }).getAttribute("href")).toBe(`${runPath}?refresh=off`);

    const [cancelled] = await Promise.all([page.waitForNavigation(), page.getByRole("button", { name: "Peru tuonti" }).click()]);
    expect(cancelled!.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe(runPath);
    expect(await page.getByRole("status").textContent()).toBe("Tuonti peruttiin, eikä mitään tallennettu.");
    expect(await refreshes(page)).toBe(false);
    await withScripts.page.goto(appUrl(runPath));
    await expectNoAxeViolations(withScripts.page);
    expect(await servicesOf(org.id)).toHaveLength(0);
    await withScripts.context.close();
    await context.close();
  });
});
