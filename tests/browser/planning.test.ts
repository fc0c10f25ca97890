import { eq } from "drizzle-orm";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../app/kit/db/db.server";
import { openRound, saveAnswer } from "../../app/planning/commands/assessment.server";
import { addCommunicationItem } from "../../app/planning/commands/communication.server";
import { addAction, addGoal, savePlan } from "../../app/planning/commands/plan.server";
import { assessmentAnswer, communicationItem } from "../../app/planning/schema.server";
import { appUrl, expectNoAxeViolations, launchBrowser, newPage } from "../support/browser";
import { anAccount, anOrganization, system, unique, userWith } from "../support/fixtures";
import { signIn } from "../support/sign-in";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// Each planning test file takes its years from a range of its own (2030–49, 2050–69, 2070–99), as they
// share one database and a region's plan and round are one per year.
let nextYear = 2050 + Math.floor(Math.random() * 14);

async function aPlan() {
  const region = "maakunta_19";
  const year = nextYear++;
  const owner = await anOrganization();
  const planId = await savePlan(system, { regionCode: region, year, summary: "Painopisteenä monikanavaiset palvelut." });
  const goalId = await addGoal(system, planId, { title: unique("Saavutettavat palvelut "), strategicGoals: ["availability"], themes: ["multichannel"] });
  const actionTitle = unique("Chat-päivystys ");
  await addAction(system, goalId, {
    title: actionTitle,
    ownerOrganizationIds: [owner.id],
    deadline: "2026-12-31",
    indicator: "Keskusteluja 200",
    status: "in_progress",
    percent: "30",
  });
  return { region, year, owner, goalId, actionTitle, base: `/fi/work/planning/${region}/${year}` };
}

describe("planning pages in the browser", { timeout: 180_000 }, () => {
  it("the index and the action plan have no axe violations, also with a form's errors shown", async () => {
    const p = await aPlan();
    const account = await anAccount({ role: "coordinator", regionCode: p.region });
    const { context, page } = await newPage(browser);
    await signIn(page, account, "/fi/work");
    await page.getByRole("link", { name: "Suunnittelu ja arviointi" }).click();
    await page.waitForURL(appUrl("/fi/work/planning"));
    await expectNoAxeViolations(page);
    await page.goto(appUrl(`${p.base}/action-plan`));
    expect(await page.textContent("body")).toContain(p.actionTitle);
    expect(await page.textContent("body")).toContain("Edistyminen: 30 %");
    await expectNoAxeViolations(page);
    // Open every editor, so that axe checks the forms as well.
    for (const summary of await page.locator("main details > summary").all()) await summary.click();
    await expectNoAxeViolations(page);
    await page.fill("#f-newGoal-title", "Tavoite ilman strategista tavoitetta");
    await page.getByRole("button", { name: "Lisää tavoite" }).click();
    await page.waitForSelector(".error-summary");
    expect(await page.textContent(".error-summary")).toContain("Valitse vähintään yksi strateginen tavoite.");
    await expectNoAxeViolations(page);
    await context.close();
  });

  it("a contact person of the owner updates an action's status with the keyboard", async () => {
    const p = await aPlan();
    const account = await anAccount({ role: "contact_person", organizationId: p.owner.id });
    const { context, page } = await newPage(browser);
    await signIn(page, account, `${p.base}/action-plan`);
    // Let the page hydrate first, so that it does not redraw the form while the keys are typed.
    await page.waitForLoadState("networkidle");
    await page.getByText(`Päivitä tila: ${p.actionTitle}`).click();
    await page.getByLabel("Tila", { exact: true }).selectOption("done");
    await page.getByLabel("Tila", { exact: true }).focus();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Valmistui syyskuussa.");
    await page.getByRole("button", { name: "Päivitä tila" }).press("Enter");
    await page.waitForURL(/notice=saved/);
    await page.waitForSelector("[role=status]");
    expect(await page.textContent("table.data")).toContain("Valmistui syyskuussa.");
    expect(await page.textContent("body")).toContain("Edistyminen: 100 %");
    await expectNoAxeViolations(page);
    await context.close();
  });

  it("the communication plan works without JavaScript: a row is added and shows in the list and the calendar", async () => {
    const p = await aPlan();
    await addCommunicationItem(
      system,
      { regionCode: p.region, year: p.year },
      { targetGroup: "Ohjaustoimijat", months: [1], channel: "email", responsible: "Aino Esimerkki", content: unique("Uutiskirje ") },
    );
    const account = await anAccount({ role: "coordinator", regionCode: p.region });
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    page.setDefaultTimeout(20_000);
    await signIn(page, account, `${p.base}/communication`);
    const content = unique("Toimialapäivien tiedote ");
    await page.fill("#f-new-content", content);
    await page.fill("#f-new-targetGroup", "Aikuiset työnhakijat");
    await page.check("#f-new-months--3");
    await page.check("#f-new-months--4");
    await page.selectOption("#f-new-channel", "media");
    await page.fill("#f-new-responsible", "Ville Viestijä");
    await Promise.all([page.waitForURL(/notice=created/), page.getByRole("button", { name: "Lisää viestintäsuunnitelman rivi" }).click()]);
    const calendar = page.locator("table.calendar");
    expect(await calendar.locator("tr", { hasText: "maaliskuu" }).textContent()).toContain(content);
    expect(await calendar.locator("tr", { hasText: "huhtikuu" }).textContent()).toContain(content);
    expect(await calendar.locator("tr", { hasText: "toukokuu" }).textContent()).not.toContain(content);
    const [row] = await db().select().from(communicationItem).where(eq(communicationItem.content, content));
    expect(row.months).toEqual([3, 4]);
    // Mark it reviewed at a meeting, still without JavaScript.
    const editor = page.locator("details", { hasText: content });
    await editor.locator("summary").click();
    await editor.getByLabel("Kokouksen päivä").fill("2026-03-12");
    await editor.getByLabel("Kokous (vapaa teksti, valinnainen)").fill("Ohjausryhmä 1/2026");
    await Promise.all([page.waitForURL(/notice=reviewed/), editor.getByRole("button", { name: "Merkitse käsitellyksi kokouksessa" }).click()]);
    expect(await page.textContent("body")).toContain("Ohjausryhmä 1/2026");
    await context.close();
    // axe runs in the page, so it checks the same page in a browser with JavaScript.
    const js = await newPage(browser);
    await signIn(js.page, account, `${p.base}/communication`);
    await expectNoAxeViolations(js.page);
    for (const summary of await js.page.locator("main details > summary").all()) await summary.click();
    await expectNoAxeViolations(js.page);
    await js.context.close();
  });

  it("the self-assessment: a member answers, and the results show as charts with tables, year over year", async () => {
    const p = await aPlan();
    const member = await anOrganization();
    const earlier = await openRound(system, { regionCode: p.region, year: p.year - 1 });
    const stages = (n: number) => ({ general_situation: n, guidance_concept: n, operating_models: n, forums: n, effectiveness: n });
    await saveAnswer(userWith({ role: "coordinator", regionCode: p.region }), earlier, { stages: stages(1), comments: {} });
    await openRound(system, { regionCode: p.region, year: p.year });
    const account = await anAccount({ role: "contact_person", organizationId: member.id });
    const { context, page } = await newPage(browser);
    await signIn(page, account, `${p.base}/assessment`);
    await expectNoAxeViolations(page);
    for (const dimension of ["general_situation", "guidance_concept", "operating_models", "forums", "effectiveness"])
      await page.check(`#f-stages-${dimension}--2`);
    await page.fill("#f-comments-forums", "Työryhmät kokoontuvat säännöllisesti.");
    await Promise.all([page.waitForURL(/notice=answered/), page.getByRole("button", { name: "Tallenna vastaus" }).click()]);
    await page.waitForSelector("[role=status]");
    await expect.poll(() => page.locator("svg[role=img]").count()).toBe(10);
    expect(await page.textContent("body")).toContain("Työryhmät kokoontuvat säännöllisesti.");
    expect(await page.locator("table.data").last().textContent()).toContain(String(p.year - 1));
    expect(await page.isChecked("#f-stages-forums--2")).toBe(true);
    await expectNoAxeViolations(page);
    const rows = await db().select().from(assessmentAnswer).where(eq(assessmentAnswer.userId, account.id));
    expect(rows).toHaveLength(1);
    await context.close();
  });
});
