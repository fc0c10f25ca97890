import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appUrl, launchBrowser, newPage } from "../support/browser";
import { anAccount, anOffering, anOrganization, unique } from "../support/fixtures";
import { get } from "../support/http";
import { publicExamples } from "../support/public-examples";
import { publicPageRoutes } from "../support/public-routes";
import { signIn } from "../support/sign-in";

/**
 * Issue 13: education offering pages logged React error #418 on every visit. The cause was a <form>
 * inside a <p>: the browser's HTML parser closes the paragraph at the form, so the page it builds is
 * not the one React rendered, and hydration fails. Public pages ship no script now (decision 0187),
 * so the error shows only where React hydrates; these tests catch the cause wherever it is.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Every console error and uncaught page error, e.g. React's minified #418 when hydration fails. */
function collectErrors(page: Page) {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

/** Waits until a hydrating page has loaded its route modules and React has had time to compare. */
async function settled(page: Page) {
  const hydrates = await page.evaluate(() => document.querySelector("script[type=module]") !== null);
  if (hydrates) await page.waitForFunction(() => "__reactRouterRouteModules" in window, undefined, { timeout: 20_000 });
  await page.waitForTimeout(300);
}

/** How many elements of each tag the server wrote in the body (JSON-LD escapes "<", so no script text counts). */
function tagCountsInSource(html: string) {
  const body = html.slice(html.indexOf("<body"), html.lastIndexOf("</body>"));
  const counts: Record<string, number> = {};
  for (const [, tag] of body.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)[\s/>]/g)) counts[tag.toLowerCase()] = (counts[tag.toLowerCase()] ?? 0) + 1;
  return counts;
}

/** The same count in the page the browser built from that HTML, without running any script. */
const tagCountsInDom = (page: Page) =>
  page.evaluate(() => {
    const counts: Record<string, number> = {};
    for (const element of [document.body, ...document.body.querySelectorAll("*")]) {
      const tag = element.localName;
      counts[tag] = (counts[tag] ?? 0) + 1;
    }
    return counts;
  });

const anEducationOffering = async () => {
  const marker = unique("hyd");
  const org = await anOrganization({ regionCodes: ["maakunta_18"] });
  const offeringId = await anOffering(org.id, {
    name: { fi: `Hitsaajan koulutus ${marker}`, en: `Welding ${marker}` },
    description: { fi: "Hitsausta <lähiopetuksena> & etänä." },
    price: 1234.5,
    startDate: "2027-01-11",
    applicationStart: "2026-01-01",
    applicationEnd: "2099-12-31",
  });
  return { marker, org, offeringId };
};

describe("pages render the same in the browser as on the server", { timeout: 180_000 }, () => {
  it("an offering page with JavaScript logs no error, in every language", async () => {
    const { marker, offeringId } = await anEducationOffering();
    const { context, page } = await newPage(browser);
    const errors = collectErrors(page);
    for (const lang of ["fi", "sv", "en"]) {
      await page.goto(appUrl(`/${lang}/education/${offeringId}`));
      await page.waitForSelector(`h1:has-text("${marker}")`);
      await settled(page);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the work page of an offering hydrates without an error", async () => {
    const { marker, org, offeringId } = await anEducationOffering();
    const account = await anAccount({ role: "contact_person", organizationId: org.id });
    const { context, page } = await newPage(browser);
    await signIn(page, account, `/fi/work/offerings/${offeringId}`);
    const errors = collectErrors(page);
    await page.reload();
    await page.waitForSelector("main h1");
    expect(await page.inputValue(`[name="name.fi"]`)).toContain(marker);
    await settled(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the browser's HTML parser keeps every public page's markup as written (no <form> or <div> inside a <p>)", async () => {
    const examples = await publicExamples();
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    const changed: string[] = [];
    for (const { pattern } of publicPageRoutes()) {
      const rest = /[:*]/.test(pattern) ? examples[pattern] : pattern;
      const path = `/fi${rest ? `/${rest}` : ""}`;
      const source = tagCountsInSource(await (await get(path)).text());
      await page.goto(appUrl(path));
      const dom = await tagCountsInDom(page);
      const differing = Object.keys({ ...source, ...dom }).filter((tag) => source[tag] !== dom[tag]);
      if (differing.length > 0) changed.push(`${path}: ${differing.map((tag) => `${tag} ${source[tag] ?? 0} → ${dom[tag] ?? 0}`).join(", ")}`);
    }
    expect(changed).toEqual([]);
    await context.close();
  });
});
