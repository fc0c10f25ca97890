import { and, eq } from "drizzle-orm";
import type { Browser, Cookie } from "playwright-core";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishVersion } from "../../app/content-pages/commands/publish-version.server";
import { contentVersion } from "../../app/content-pages/schema.server";
import { db } from "../../app/kit/db/db.server";
import { appUrl, launchBrowser, newPage } from "../support/browser";
import { aContentPage, anAccount, system } from "../support/fixtures";
import { signIn } from "../support/sign-in";
import { islandFile } from "../support/islands";

/**
 * The JavaScript budget: a public page ships none at all, or only its islands, and a work page at
 * most 190 kB of gzip JavaScript, its own messages included (decision 0187; 170 kB until the
 * booking, contact request, referral, mobile point and statistics pages added their messages, 180 kB
 * until the chat, events and project cards added theirs). Measured as a browser loads the page: every script response (entry, route
 * modules, module preloads, the page's language of the message catalogue and whatever they import)
 * is gzipped and summed. A size budget, not a timing test. React DOM and the router take about
 * 110 kB of it, the work pages' messages about 17 kB (decision 0150).
 */
const budget = 190 * 1000;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The scripts a page loads, by address, with their gzip sizes. */
async function scriptsOf(path: string, cookies: Cookie[] = []): Promise<Map<string, number>> {
  const { context, page } = await newPage(browser);
  await context.addCookies(cookies);
  const sizes = new Map<string, number>();
  const pending: Promise<void>[] = [];
  page.on("response", (response) => {
    const url = response.url();
    const isScript =
      response.request().resourceType() === "script" ||
      /\.m?js(\?|$)/.test(new URL(url).pathname) ||
      (response.headers()["content-type"] ?? "").includes("javascript");
    if (!isScript) return;
    pending.push(
      response.body().then(
        (body) => void sizes.set(url, gzipSync(body, { level: 9 }).length),
        () => void sizes.set(url, Number.NaN),
      ),
    );
  });
  const response = await page.goto(appUrl(path), { waitUntil: "networkidle" });
  expect(response?.status(), path).toBe(200);
  await Promise.all(pending);
  await context.close();
  return sizes;
}

const total = (sizes: Map<string, number>) => [...sizes.values()].reduce((sum, size) => sum + size, 0);

describe("the JavaScript budget", { timeout: 120_000 }, () => {
  it("public pages, the interactive ones included, load no script; the search page only its island of a few kB", async () => {
    for (const path of ["/fi/education", "/fi/guide", "/fi/paths/immigrants", "/sv/paths/immigrants", "/en/guide", "/fi/education/compare", "/fi"]) {
      expect([...(await scriptsOf(path)).keys()], path).toEqual([]);
    }
    const search = await scriptsOf("/fi/search");
    expect([...search.keys()].map((url) => new URL(url).pathname)).toEqual([islandFile("near-me")]);
    expect(total(search)).toBeLessThan(2000);
  });

  it(`a work page ships at most ${budget / 1000} kB of gzip JavaScript`, async () => {
    const account = await anAccount({ role: "coordinator", regionCode: "maakunta_19" });
    const { context, page } = await newPage(browser);
    await signIn(page, account, "/fi/work");
    const cookies = await context.cookies();
    await context.close();
    const sizes = await scriptsOf("/fi/work", cookies);
    expect(sizes.size).toBeGreaterThan(0);
    for (const [url, size] of sizes) expect(Number.isNaN(size), `body of ${url}`).toBe(false);
    const sum = total(sizes);
    const list = [...sizes].map(([url, size]) => `${(size / 1000).toFixed(1)} kB ${new URL(url).pathname}`).join("\n");
    expect(sum, `${(sum / 1000).toFixed(1)} kB gzip in ${sizes.size} scripts\n${list}`).toBeLessThanOrEqual(budget);
  });

  it("a content page, the sections and the accessibility statement load no script at all", async () => {
    const { id, slug } = await aContentPage({ section: "studying" });
    const [version] = await db()
      .select({ id: contentVersion.id })
      .from(contentVersion)
      .where(and(eq(contentVersion.pageId, id), eq(contentVersion.language, "fi")));
    await publishVersion(system, id, "fi", version.id);
    for (const path of [`/fi/pages/${slug}`, "/fi/studying", "/fi/financing", "/sv/studying", "/fi/accessibility"]) {
      const sizes = await scriptsOf(path);
      expect([...sizes.keys()], path).toEqual([]);
    }
  });

  it("public pages leave out the work pages' messages, which load with the work pages", async () => {
    const workMessages = (sizes: Map<string, number>) => [...sizes.keys()].filter((url) => /\/assets\/fi-work-/.test(url));
    expect(workMessages(await scriptsOf("/fi/search"))).toEqual([]);

    const account = await anAccount({ role: "coordinator", regionCode: "maakunta_19" });
    const { context, page } = await newPage(browser);
    await signIn(page, account, "/fi/search");
    await page.goto(appUrl("/fi/search"), { waitUntil: "networkidle" });
    const loaded: string[] = [];
    page.on("response", (response) => void (/\/assets\/fi-work-/.test(response.url()) && loaded.push(response.url())));
    await page.getByRole("navigation", { name: "Päävalikko" }).getByRole("link", { name: "Työtila" }).click();
    await page.waitForURL(appUrl("/fi/work"));
    await page.locator("h1", { hasText: "Työtila" }).waitFor();
    await page.waitForLoadState("networkidle");
    expect(loaded).toHaveLength(1);
    // No message key shows through untranslated.
    expect(await page.locator("main").innerText()).not.toMatch(/\b(work|meetings|planning|audit|exchange)\.[a-z]+[A-Za-z.]*\b/);
    await context.close();
  });
});
