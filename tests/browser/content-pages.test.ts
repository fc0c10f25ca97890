import { and, eq } from "drizzle-orm";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishVersion } from "../../app/content-pages/commands/publish-version.server";
import { saveVersion } from "../../app/content-pages/commands/save-version.server";
import { contentPage, contentVersion } from "../../app/content-pages/schema.server";
import { db } from "../../app/kit/db/db.server";
import { appUrl, expectNoAxeViolations, launchBrowser, newPage } from "../support/browser";
import { aContentPage, anAccount, anOrganization, aPractitioner, system, unique } from "../support/fixtures";
import { get, postForm, signIn as signInHttp } from "../support/http";
import { signIn } from "../support/sign-in";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const versionsOf = (pageId: string, language = "fi") =>
  db()
    .select()
    .from(contentVersion)
    .where(and(eq(contentVersion.pageId, pageId), eq(contentVersion.language, language)));

/** A financing page published in Finnish only, so that Swedish and English readers get the fallback. */
async function aFinnishOnlyPage(regionCode?: string) {
  const title = unique("Rahoitussivu ");
  const page = await aContentPage({
    section: "financing",
    regionCode,
    position: 0,
    text: { title, summary: "Lyhyt johdanto.", body: "## Hakeminen\n\n- [Kela](https://www.kela.fi)\n\n<script>alert(1)</script>" },
  });
  const [v1] = await versionsOf(page.id);
  await publishVersion(system, page.id, "fi", v1.id);
  return { ...page, title, versionId: v1.id };
}

/** The page's script elements other than JSON-LD data. */
const scriptsIn = (html: string) => (html.match(/<script\b[^>]*>/g) ?? []).filter((tag) => !tag.includes("application/ld+json"));

describe("reading content pages without JavaScript", { timeout: 120_000 }, () => {
  it("ship plain HTML: no scripts and no module preloads on section, content and accessibility pages", async () => {
    const page = await aFinnishOnlyPage();
    for (const path of ["/fi/financing", "/sv/studying", `/en/pages/${page.slug}`, "/fi/accessibility"]) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      const html = await response.text();
      expect(scriptsIn(html), path).toEqual([]);
      expect(html, path).not.toContain("modulepreload");
      // The stylesheet is inlined on every page (decision 0140), so a page without scripts is styled too.
      expect(html, path).toMatch(/<style>[^<]*\.page-feedback/);
    }
    // Now every public page is plain HTML (decision 0187); the search page loads only its island.
    expect(scriptsIn(await (await get("/fi/search")).text())).toEqual([expect.stringMatching(/src="\/assets\/island-near-me-/)]);
  });

  it("show a missing translation as the Finnish text, marked with its language and a notice", async () => {
    const page = await aFinnishOnlyPage("maakunta_18");
    const { context, page: tab } = await newPage(browser, { javaScriptEnabled: false });
    await tab.goto(appUrl("/en/financing"));
    const link = tab.getByRole("link", { name: page.title });
    expect(await link.getAttribute("lang")).toBe("fi");
    await link.click();
    await tab.waitForURL(appUrl(`/en/pages/${page.slug}`));
    expect(await tab.locator("html").getAttribute("lang")).toBe("en");
    expect(await tab.getByRole("note").textContent()).toContain("has not yet been translated");
    expect(await tab.locator("article").getAttribute("lang")).toBe("fi");
    expect(await tab.locator("article h1").textContent()).toBe(page.title);
    expect(await tab.locator("article h2").textContent()).toBe("Hakeminen");
    expect(await tab.locator("article script").count()).toBe(0);
    expect(await tab.getByText("Regional page: Kainuu").count()).toBe(1);
    // Back to the section, in the reader's language.
    await tab.getByRole("link", { name: "Back to: Financing your studies" }).click();
    await tab.waitForURL(appUrl("/en/financing"));
    await context.close();
  });

  it("link studying, financing and the accessibility statement from every page; the statement names the feedback form", async () => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(appUrl("/sv"));
    await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Studier", exact: true }).click();
    await page.waitForURL(appUrl("/sv/studying"));
    await page.getByRole("link", { name: "Finansiering av studier" }).first().click();
    await page.waitForURL(appUrl("/sv/financing"));
    await page.getByRole("contentinfo").getByRole("link", { name: "Tillgänglighetsutlåtande" }).click();
    await page.waitForURL(appUrl("/sv/accessibility"));
    expect(await page.locator("h1").textContent()).toBe("Tillgänglighetsutlåtande");
    expect(await page.locator('a[href="/sv/feedback?kind=accessibility"]').count()).toBe(1);
    expect(await page.locator("article").textContent()).toContain("14 dagar");
    await context.close();
  });

  it("are reached from the main menu, and lead back to the search", async () => {
    const page = await aFinnishOnlyPage();
    const { context, page: tab } = await newPage(browser);
    await tab.goto(appUrl("/fi/search"));
    await tab.getByRole("navigation", { name: "Päävalikko" }).getByRole("link", { name: "Opintojen rahoitus" }).click();
    await tab.waitForURL(appUrl("/fi/financing"));
    await expect.poll(() => tab.locator("h1").textContent()).toBe("Opintojen rahoitus");
    await tab.getByRole("link", { name: page.title }).click();
    await tab.waitForURL(appUrl(`/fi/pages/${page.slug}`));
    await expect.poll(() => tab.locator("article h1").textContent()).toBe(page.title);
    await tab.getByRole("navigation", { name: "Päävalikko" }).getByRole("link", { name: "Hae ohjausta" }).click();
    await tab.waitForURL(appUrl("/fi/search"));
    expect(await tab.locator("h1").count()).toBe(1);
    await context.close();
  });

  it("are listed in the sitemap with their language versions once published", async () => {
    const published = await aFinnishOnlyPage();
    const draft = await aContentPage();
    const xml = await (await get("/sitemaps/pages.xml")).text();
    expect(xml).toContain(`/sv/pages/${published.slug}</loc>`);
    expect(xml).toMatch(new RegExp(`hreflang="en" href="[^"]*/en/pages/${published.slug}"`));
    expect(xml).toContain("/fi/accessibility</loc>");
    expect(xml).toContain("/en/studying</loc>");
    expect(xml).not.toContain(draft.slug);
  });

  it("keep drafts and unknown pages out: 404", async () => {
    const draft = await aContentPage();
    expect((await get(`/fi/pages/${draft.slug}`)).status).toBe(404);
    expect((await get(`/fi/pages/${unique("ei-ole-")}`)).status).toBe(404);
    expect((await get("/fi/pages/Not%20A%20Slug")).status).toBe(404);
    const statement = await get("/sv/pages/accessibility");
    expect(statement.status).toBe(301);
    expect(statement.headers.get("location")).toBe("/sv/accessibility");
  });
});

describe("content pages are accessible", { timeout: 120_000 }, () => {
  it("section, content page, accessibility statement, editor and history have no axe violations", async () => {
    const page = await aFinnishOnlyPage("maakunta_18");
    await saveVersion(system, page.id, "fi", { title: "Toinen versio", summary: "", body: "Luonnos." });
    const account = await anAccount({ role: "coordinator", regionCode: "maakunta_18" });
    const { context, page: tab } = await newPage(browser);
    for (const path of ["/fi/studying", "/fi/financing", `/sv/pages/${page.slug}`, "/en/accessibility"]) {
      await tab.goto(appUrl(path));
      await expectNoAxeViolations(tab);
    }
    await signIn(tab, account, "/fi/work/pages");
    await expectNoAxeViolations(tab);
    await tab.goto(appUrl(`/fi/work/pages/${page.id}?language=fi`));
    await expectNoAxeViolations(tab);
    await tab.getByRole("button", { name: "Esikatsele" }).click();
    await tab.waitForSelector("#preview-heading");
    await expectNoAxeViolations(tab);
    await tab.fill("#f-title", "");
    await tab.getByRole("button", { name: "Tallenna luonnos" }).click();
    await tab.waitForSelector(".error-summary");
    await expectNoAxeViolations(tab);
    await tab.goto(appUrl(`/fi/work/pages/${page.id}/history?language=fi&version=${page.versionId}`));
    await expectNoAxeViolations(tab);
    await context.close();
  });

  it("can be used with the keyboard: skip link first, then the navigation to the sections", async () => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(appUrl("/fi/accessibility"));
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Siirry sisältöön");
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press("Tab");
      if ((await page.evaluate(() => document.activeElement?.textContent)) === "Opiskelu") break;
    }
    await page.keyboard.press("Enter");
    await page.waitForURL(appUrl("/fi/studying"));
    await context.close();
  });
});

describe("editing with the keyboard only", { timeout: 120_000 }, () => {
  it("fills the editor and previews and saves with Tab and Enter", async () => {
    const draft = await aContentPage({ regionCode: "maakunta_18" });
    const account = await anAccount({ role: "coordinator", regionCode: "maakunta_18" });
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await signIn(page, account, `/fi/work/pages/${draft.id}?language=en`);
    await page.focus("#f-title");
    await page.keyboard.type("Studying in Kainuu");
    await page.keyboard.press("Tab");
    await page.keyboard.type("A short introduction.");
    await page.keyboard.press("Tab");
    await page.keyboard.type("## Where to start");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Esikatsele");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#preview-heading");
    expect(await page.locator("#preview-heading + div h2").textContent()).toBe("Where to start");
    await page.focus("#f-body");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Tallenna luonnos");
    await page.keyboard.press("Enter");
    await page.waitForURL(/language=en&notice=saved$/);
    expect((await versionsOf(draft.id, "en")).map((v) => v.title)).toEqual(["Studying in Kainuu"]);
    await context.close();
  });
});

describe("editing and publishing without JavaScript", { timeout: 120_000 }, () => {
  it("a coordinator creates a region page, previews, publishes, and restores an old version", async () => {
    const account = await anAccount({ role: "coordinator", regionCode: "maakunta_18" });
    const slug = unique("opiskelu-kainuussa-").toLowerCase();
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await signIn(page, account, "/fi/work");
    await page.getByRole("link", { name: /Sisältösivut/ }).click();
    await page.waitForURL(appUrl("/fi/work/pages"));
    await page.fill("#f-slug", slug);
    await page.selectOption("#f-section", "studying");
    await page.fill("#f-text-title", "Opiskelu Kainuussa");
    await page.fill("#f-text-body", "Ensimmäinen versio.");
    await page.getByRole("button", { name: "Luo sivu luonnoksena" }).click();
    await page.waitForURL(/\/fi\/work\/pages\/[0-9a-f-]+\?language=fi&notice=created$/);
    const pageId = new URL(page.url()).pathname.split("/").at(-1)!;
    const [stored] = await db().select().from(contentPage).where(eq(contentPage.id, pageId));
    expect(stored).toMatchObject({ slug, regionCode: "maakunta_18", section: "studying" });
    expect((await get(`/fi/pages/${slug}`)).status).toBe(404);

    // Preview renders on the server and saves nothing.
    await page.fill("#f-body", "## Hakeminen\n\nToinen versio.");
    await page.getByRole("button", { name: "Esikatsele" }).click();
    expect(await page.locator("#preview-heading + div h2").textContent()).toBe("Hakeminen");
    expect(await page.inputValue("#f-body")).toBe("## Hakeminen\n\nToinen versio.");
    expect(await versionsOf(pageId)).toHaveLength(1);

    await page.getByRole("button", { name: "Tallenna ja julkaise" }).click();
    await page.waitForURL(/notice=published$/);
    expect(await page.getByRole("status").textContent()).toBe("Versio julkaistiin.");
    await page.goto(appUrl(`/fi/pages/${slug}`));
    expect(await page.locator("article h2").textContent()).toBe("Hakeminen");

    // History: who and when; restoring version 1 makes version 3, a draft.
    await page.goto(appUrl(`/fi/work/pages/${pageId}/history?language=fi`));
    expect(await page.locator("tbody tr").count()).toBe(2);
    expect(await page.locator("tbody tr").first().textContent()).toContain("julkaistu");
    await page.getByRole("button", { name: "Palauta versio 1 luonnokseksi" }).click();
    await page.waitForURL(/notice=restored$/);
    expect(await page.inputValue("#f-body")).toBe("Ensimmäinen versio.");
    const versions = await versionsOf(pageId);
    expect(versions.map((v) => v.version).sort()).toEqual([1, 2, 3]);
    expect(versions.every((v) => v.createdByUserId === account.id)).toBe(true);
    // The public page still shows version 2 until version 3 is published.
    expect(await (await get(`/fi/pages/${slug}`)).text()).toContain("Toinen versio.");
    await page.getByRole("button", { name: "Julkaise versio 3" }).click();
    await page.waitForURL(/notice=published$/);
    expect(await (await get(`/fi/pages/${slug}`)).text()).toContain("Ensimmäinen versio.");

    // The Swedish version is written in the same editor.
    await page.getByRole("navigation", { name: "Kieliversiot" }).getByRole("link", { name: "ruotsi" }).click();
    await page.fill("#f-title", "Studier i Kajanaland");
    await page.fill("#f-body", "Svensk text.");
    await page.getByRole("button", { name: "Tallenna ja julkaise" }).click();
    await page.waitForURL(/language=sv&notice=published$/);
    const swedish = await (await get(`/sv/pages/${slug}`)).text();
    expect(swedish).toContain("Studier i Kajanaland");
    expect(swedish).not.toContain('role="note"');
    await context.close();
  });
});

describe("content page forms over HTTP", { timeout: 120_000 }, () => {
  it("answer bad input with 4xx and a translated message, and write nothing", async () => {
    const cookie = await signInHttp(await anAccount({ role: "admin" }));
    const existing = await aContentPage();
    const fields = (over: Record<string, string>) =>
      Object.entries({
        slug: unique("ok-").toLowerCase(),
        section: "studying",
        regionCode: "",
        position: "1",
        language: "fi",
        "text.title": "Otsikko",
        "text.summary": "",
        "text.body": "Teksti.",
        ...over,
      });
    const cases: [Record<string, string>, string][] = [
      [{ "text.title": "" }, "Tämä tieto on pakollinen."],
      [{ slug: "Ääkkös osoite" }, "Osoitteessa voi olla vain pieniä kirjaimia"],
      [{ slug: existing.slug }, "Osoite on jo toisen sivun käytössä."],
      [{ "text.body": "x".repeat(50_001) }, "enintään 50\u00a0000 merkkiä"],
    ];
    for (const [over, message] of cases) {
      const response = await postForm("/fi/work/pages", fields(over), cookie);
      expect(response.status, JSON.stringify(Object.keys(over))).toBe(400);
      expect(await response.text()).toContain(message);
    }
    const sv = await postForm("/sv/work/pages", fields({ "text.title": "" }), cookie);
    expect(await sv.text()).toContain("Uppgiften är obligatorisk.");
    expect(await db().select().from(contentPage).where(eq(contentPage.slug, "ääkkös osoite"))).toEqual([]);

    const editor = `/fi/work/pages/${existing.id}?language=fi`;
    const before = await versionsOf(existing.id);
    const empty = await postForm(
      editor,
      [
        ["intent", "save"],
        ["title", ""],
        ["summary", ""],
        ["body", "x"],
      ],
      cookie,
    );
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain("Tämä tieto on pakollinen.");
    const tooLong = await postForm(
      editor,
      [
        ["intent", "preview"],
        ["title", "x"],
        ["summary", ""],
        ["body", "x".repeat(50_001)],
      ],
      cookie,
    );
    expect(tooLong.status).toBe(400);
    const unknown = await postForm(
      editor,
      [
        ["intent", "publish"],
        ["versionId", "00000000-0000-4000-8000-000000000000"],
      ],
      cookie,
    );
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain("Sivua ei löytynyt");
    const restoreUnknown = await postForm(
      `/fi/work/pages/${existing.id}/history?language=fi`,
      [
        ["intent", "restore"],
        ["versionId", "00000000-0000-4000-8000-000000000000"],
      ],
      cookie,
    );
    expect(restoreUnknown.status).toBe(404);
    expect((await get(`/fi/work/pages/${existing.id}/history?language=fi&version=00000000-0000-4000-8000-000000000000`, cookie)).status).toBe(404);
    expect(await versionsOf(existing.id)).toEqual(before);
  });

  it("let nobody change what is not theirs", async () => {
    const kainuu = await aContentPage({ regionCode: "maakunta_18" });
    const national = await aContentPage();
    const [v1] = await versionsOf(kainuu.id);
    const org = await anOrganization({ regionCodes: ["maakunta_18"] });
    const card = await aPractitioner(org.id);
    const save = [
      ["intent", "save"],
      ["title", "Muutettu"],
      ["summary", ""],
      ["body", "x"],
    ] as [string, string][];
    // Anonymous: to the sign-in page, nothing written.
    const anonymous = await postForm(`/fi/work/pages/${kainuu.id}`, save);
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get("location")).toContain("/fi/sign-in");
    for (const grant of [
      { role: "coordinator" as const, regionCode: "maakunta_19" },
      { role: "contact_person" as const, organizationId: org.id },
      { role: "practitioner" as const, practitionerId: card },
    ]) {
      const cookie = await signInHttp(await anAccount(grant));
      expect((await get(`/fi/work/pages/${kainuu.id}`, cookie)).status, grant.role).toBe(403);
      expect((await postForm(`/fi/work/pages/${kainuu.id}?language=fi`, save, cookie)).status, grant.role).toBe(403);
      expect(
        (
          await postForm(
            `/fi/work/pages/${kainuu.id}/history?language=fi`,
            [
              ["intent", "publish"],
              ["versionId", v1.id],
            ],
            cookie,
          )
        ).status,
        grant.role,
      ).toBe(403);
    }
    const contact = await signInHttp(await anAccount({ role: "contact_person", organizationId: org.id }));
    expect((await get("/fi/work/pages", contact)).status).toBe(403);
    // The region's coordinator keeps the region's page but not the national one.
    const own = await signInHttp(await anAccount({ role: "coordinator", regionCode: "maakunta_18" }));
    expect((await get(`/fi/work/pages/${national.id}`, own)).status).toBe(403);
    expect((await postForm(`/fi/work/pages/${national.id}?language=fi`, save, own)).status).toBe(403);
    const createNational = await postForm(
      "/fi/work/pages",
      Object.entries({ slug: unique("n-").toLowerCase(), section: "studying", regionCode: "", language: "fi", "text.title": "x", "text.body": "" }),
      own,
    );
    expect(createNational.status).toBe(403);
    expect(await versionsOf(kainuu.id)).toHaveLength(1);
    expect(await versionsOf(national.id)).toHaveLength(1);
    expect((await postForm(`/fi/work/pages/${kainuu.id}?language=fi`, save, own)).status).toBe(303);
    expect(await versionsOf(kainuu.id)).toHaveLength(2);
  });
});
