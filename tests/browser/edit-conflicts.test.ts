import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCommunicationItem } from "../../app/planning/commands/communication.server";
import { addGoal, savePlan } from "../../app/planning/commands/plan.server";
import { planningPath } from "../../app/planning/paths";
import { expectNoAxeViolations, launchBrowser, newPage } from "../support/browser";
import { aContentPage, anAccount, anOffering, anOrganization, unique, userWith } from "../support/fixtures";
import { signIn } from "../support/sign-in";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface EditForm {
  account: { email: string; password: string };
  path: string;
  /** The text field both saves change. */
  field: string;
  button: string;
  /** Opens the form where it is folded away. */
  open?: (page: Page) => Promise<void>;
}

/**
 * Two tabs load the same form; the second tab saves first. The first tab's save is answered 409
 * (without JavaScript, the page's own status) with the stored and the user's versions side by side
 * and the user's text kept in the form; saving again then replaces the stored version.
 */
async function twoSaves(form: EditForm, javaScript: boolean) {
  const { context, page } = await newPage(browser, { javaScriptEnabled: javaScript });
  page.setDefaultTimeout(20_000);
  await signIn(page, form.account, form.path);
  const other = await context.newPage();
  await other.goto(new URL(form.path, page.url()).toString());
  const theirs = unique("Toisen teksti ");
  const mine = unique("Oma teksti ");
  await form.open?.(other);
  await other.fill(form.field, theirs);
  await Promise.all([other.waitForURL(/notice=/), other.getByRole("button", { name: form.button, exact: true }).click()]);

  await form.open?.(page);
  await page.fill(form.field, mine);
  const button = page.getByRole("button", { name: form.button, exact: true });
  if (javaScript) {
    await button.click();
    await page.getByText("tallensi muutoksia").waitFor();
  } else {
    const [response] = await Promise.all([page.waitForNavigation(), button.click()]);
    expect(response!.status()).toBe(409);
  }
  const alert = page.getByRole("alert").filter({ hasText: "tallensi muutoksia" });
  expect(await alert.getByRole("cell", { name: theirs }).count()).toBe(1);
  expect(await alert.getByRole("cell", { name: mine }).count()).toBe(1);
  expect(await page.inputValue(form.field)).toBe(mine);
  return { context, page, mine };
}

/** Unfolds the editor that holds the field, unless it is open. */
const openEditorOf = (field: string) => async (page: Page) => {
  const details = page.locator("details", { has: page.locator(field) });
  if ((await details.getAttribute("open")) === null) await details.locator("summary").click();
};

async function expectConflictShown(form: EditForm) {
  // Without JavaScript: the 409 itself, then a knowing second save goes through.
  const plain = await twoSaves(form, false);
  await Promise.all([plain.page.waitForURL(/notice=/), plain.page.getByRole("button", { name: form.button, exact: true }).click()]);
  await form.open?.(plain.page);
  expect(await plain.page.inputValue(form.field)).toBe(plain.mine);
  await plain.context.close();
  // With JavaScript the same answer shows in place; axe needs JavaScript to run.
  const js = await twoSaves(form, true);
  await expectNoAxeViolations(js.page);
  await js.context.close();
}

describe("a second save from a stale edit form", { timeout: 240_000 }, () => {
  it("organisation: 409 with both versions, the user's text kept, no axe violations", async () => {
    const org = await anOrganization({ regionCodes: ["maakunta_19"] });
    const account = await anAccount({ role: "coordinator", regionCode: "maakunta_19" });
    await expectConflictShown({ account, path: `/fi/work/organizations/${org.id}`, field: "#f-name-fi", button: "Tallenna" });
  });

  it("offering: 409 with both versions, the user's text kept, no axe violations", async () => {
    const org = await anOrganization({ regionCodes: ["maakunta_19"] });
    const id = await anOffering(org.id);
    const account = await anAccount({ role: "coordinator", regionCode: "maakunta_19" });
    await expectConflictShown({ account, path: `/fi/work/offerings/${id}`, field: "#f-name-fi", button: "Tallenna" });
  });

  it("content page: 409 with both versions, the user's text kept, no axe violations", async () => {
    const { id } = await aContentPage();
    const account = await anAccount({ role: "admin" });
    await expectConflictShown({ account, path: `/fi/work/pages/${id}?language=fi`, field: "#f-title", button: "Tallenna luonnos" });
  });

  it("communication plan row: 409 with both versions, the user's text kept, no axe violations", async () => {
    const account = await anAccount({ role: "coordinator", regionCode: "maakunta_19" });
    const content = unique("Uutiskirje ");
    const year = 2098;
    const row = { targetGroup: "Ohjaustoimijat", months: [3], channel: "email" as const, responsible: "Aino", content };
    const id = await addCommunicationItem(userWith({ role: "coordinator", regionCode: "maakunta_19" }), { regionCode: "maakunta_19", year }, row);
    await expectConflictShown({
      account,
      path: planningPath("fi", "maakunta_19", year, "communication"),
      field: `#f-c-${id}-content`,
      button: "Tallenna rivi",
      open: openEditorOf(`#f-c-${id}-content`),
    });
  });

  it("action plan goal: 409 with both versions, the user's text kept, no axe violations", async () => {
    const account = await anAccount({ role: "coordinator", regionCode: "maakunta_19" });
    const coordinator = userWith({ role: "coordinator", regionCode: "maakunta_19" });
    // Years 2000–29 are the version tests' (app/planning/commands/versions.db.test.ts); a plan of a former run is only saved over.
    const year = 2000 + Math.floor(Math.random() * 30);
    const planId = await savePlan(coordinator, { regionCode: "maakunta_19", year });
    const id = await addGoal(coordinator, planId, { title: unique("Tavoite "), strategicGoals: ["availability"], themes: [] });
    await expectConflictShown({
      account,
      path: planningPath("fi", "maakunta_19", year, "action-plan"),
      field: `#f-g-${id}-description`,
      button: "Tallenna tavoite",
      open: openEditorOf(`#f-g-${id}-description`),
    });
  });
});
