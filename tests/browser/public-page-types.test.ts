import { and, eq } from "drizzle-orm";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishVersion } from "../../app/content-pages/commands/publish-version.server";
import { contentVersion } from "../../app/content-pages/schema.server";
import { db } from "../../app/kit/db/db.server";
import { appUrl, expectNoAxeViolations, launchBrowser, newPage } from "../support/browser";
import { aContentPage, anOffering, anOrganization, aService, system } from "../support/fixtures";
import { get } from "../support/http";

/**
 * Every public page type, as plain HTML (what a browser without JavaScript gets): it asks "did this
 * page help?" with a form that works without scripts, links the free-text and accessibility feedback
 * forms, and names its language versions.
 */
async function publicPages(): Promise<string[]> {
  const org = await anOrganization({ regionCodes: ["maakunta_19"] });
  const service = await aService(org.id);
  const offering = await anOffering(org.id);
  const { id, slug } = await aContentPage({ section: "financing" });
  const [version] = await db()
    .select({ id: contentVersion.id })
    .from(contentVersion)
    .where(and(eq(contentVersion.pageId, id), eq(contentVersion.language, "fi")));
  await publishVersion(system, id, "fi", version.id);
  return [
    "/fi",
    "/fi/search?q=ohjaus",
    `/fi/organisations/${org.id}`,
    `/fi/services/${service}`,
    "/fi/map",
    "/fi/coverage",
    "/fi/education",
    "/fi/education?open=1&sort=name",
    `/fi/education/${offering}`,
    "/fi/education/compare",
    "/fi/paths",
    "/fi/paths/career-change",
    "/fi/paths/immigrants/ru",
    "/fi/guide",
    "/fi/guide/results?situation=job-seekers",
    "/fi/studying",
    "/fi/financing",
    `/fi/pages/${slug}`,
    "/fi/accessibility",
    "/fi/groups",
  ];
}

describe("public page types", { timeout: 120_000 }, () => {
  it("ask whether the page helped, link both feedback forms and name their language versions", async () => {
    for (const path of await publicPages()) {
      const response = await get(path);
      const html = await response.text();
      expect(response.status, path).toBe(200);
      expect(html, path).toContain('id="page-feedback"');
      const vote = html.match(/<form[^>]*page-feedback__vote[^>]*>/)?.[0] ?? "";
      expect(vote, path).toContain('action="/fi/feedback/helpful"');
      expect(vote, path).toContain('method="post"');
      expect(html.match(/<button[^>]*name="helpful"[^>]*>/g)?.length, path).toBe(2);
      expect(html, path).toContain("/fi/feedback?kind=accessibility&amp;page=");
      for (const lang of ["fi", "sv", "en"])
        expect(html, `${path} ${lang}`).toMatch(new RegExp(`<link rel="alternate" hrefLang="${lang}" href="https?://[^"]+/${lang}`));
    }
  });
});

describe("public page types with axe", { timeout: 240_000 }, () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("have no WCAG 2.1 AA violations, each of them", async () => {
    const { context, page } = await newPage(browser);
    for (const path of await publicPages()) {
      const response = await page.goto(appUrl(path));
      expect(response!.status(), path).toBe(200);
      await expectNoAxeViolations(page);
    }
    await context.close();
  });
});
