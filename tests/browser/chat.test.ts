import { and, eq, sql } from "drizzle-orm";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvent } from "../../app/audit/public.server";
import { createShift, setRegionSetting } from "../../app/chat/public.server";
import { db } from "../../app/kit/db/db.server";
import { appUrl, expectNoAxeViolations, launchBrowser, newPage } from "../support/browser";
import { anAccount, anOrganization, system } from "../support/fixtures";
import { signIn } from "../support/sign-in";

/** A region no other test plans chat shifts in, so that its queue is this test's alone. */
const region = "maakunta_02";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function onDuty(organizationId: string, user: { id: string }) {
  const now = Date.now();
  await createShift(system, {
    regionCode: region,
    organizationId,
    userId: user.id,
    startsAt: new Date(now - 3_600_000).toISOString(),
    endsAt: new Date(now + 3 * 3_600_000).toISOString(),
    languages: ["fi", "sv"],
    topics: [],
  });
}

/** The sequence numbers of the transcript's lines, in page order. */
const sequencesOn = (page: Page) => page.locator("#chat-lines li").evaluateAll((items) => items.map((li) => Number((li as HTMLElement).dataset.sequence)));

describe("chat duty in two browsers", { timeout: 240_000 }, () => {
  it("a citizen and practitioners chat: queue, pick, live messages both ways, resume, transfer, end; keyboard only and axe-clean", async () => {
    const orgA = await anOrganization({ regionCodes: [region] });
    const orgB = await anOrganization({ regionCodes: [region] });
    const first = await anAccount({ role: "contact_person", organizationId: orgA.id });
    const second = await anAccount({ role: "contact_person", organizationId: orgB.id });
    await onDuty(orgA.id, first);
    await onDuty(orgB.id, second);
    // Picked from the queue, so that the test knows who answers.
    await setRegionSetting(system, { regionCode: region, autoAssign: "no", maxParallel: "3" });

    const citizen = await newPage(browser);
    const cp = citizen.page;
    cp.setDefaultTimeout(15_000);
    await cp.goto(appUrl("/fi/chat"));
    await cp.locator("#chat-start").waitFor();
    expect(await cp.textContent("#chat-privacy")).toContain("henkilötunnus");
    await expectNoAxeViolations(cp);
    // Keyboard only: the first name, the region, then the start button.
    await cp.focus("#f-firstName");
    await cp.keyboard.type("Maija");
    await cp.selectOption("#f-regionCode", region);
    await cp.focus("#chat-start-button");
    await cp.keyboard.press("Enter");
    await cp.locator("#chat-state", { hasText: "Olet jonossa ensimmäisenä" }).waitFor();
    expect(await cp.getAttribute("#chat-log", "aria-live")).toBe("polite");

    const practitioner = await newPage(browser);
    const pp = practitioner.page;
    pp.setDefaultTimeout(15_000);
    await signIn(pp, first, "/fi/work/chat");
    await pp.locator("#chat-queue").waitFor();
    await expectNoAxeViolations(pp);
    await pp.locator("#chat-queue").getByRole("button", { name: "Ota keskustelu" }).first().click();
    await pp.waitForURL(/\/fi\/work\/chat\/[0-9a-f-]{36}$/);
    await pp.locator("#chat-lines", { hasText: "liittyi keskusteluun" }).waitFor();
    const chatId = pp.url().split("/").at(-1)!;

    // The citizen hears who answers without reloading.
    await cp.locator("#chat-state", { hasText: "Sinua ohjaa" }).waitFor();
    await cp.focus("#f-body");
    await cp.keyboard.type("Hei, miten haen aikuiskoulutukseen?");
    await cp.keyboard.press("Tab");
    await cp.keyboard.press("Enter");
    await pp.locator("#chat-lines", { hasText: "miten haen aikuiskoulutukseen" }).waitFor();
    await expectNoAxeViolations(pp);

    await pp.fill("#f-body", "Hei Maija! Kerron mielelläni.");
    await pp.locator("#chat-send").click();
    await cp.locator("#chat-log", { hasText: "Kerron mielelläni" }).waitFor();
    await expectNoAxeViolations(cp);

    // Resume: the tab is closed and opened again within ten minutes; nothing lost, nothing twice.
    await cp.close();
    const again = await citizen.context.newPage();
    again.setDefaultTimeout(15_000);
    await again.goto(appUrl("/fi/chat"));
    await again.locator("#chat-log", { hasText: "Kerron mielelläni" }).waitFor();
    const resumed = await sequencesOn(again);
    expect(resumed).toEqual([...new Set(resumed)].sort((a, b) => a - b));
    expect(resumed).toHaveLength(3);
    // The stream goes on after the reconnect.
    await pp.fill("#f-body", "Tässä vielä linkki.");
    await pp.locator("#chat-send").click();
    await again.locator("#chat-log", { hasText: "Tässä vielä linkki" }).waitFor();
    expect(await sequencesOn(again)).toEqual([1, 2, 3, 4]);

    // Transfer to the colleague of the other organisation.
    const colleagueShift = await pp.locator("#f-toShiftId option", { hasText: orgB.name }).getAttribute("value");
    await pp.selectOption("#f-toShiftId", colleagueShift);
    await pp.locator("#transfer-button").click();
    await pp.waitForURL(/\/fi\/work\/chat\?notice=transferred$/);
    await again.locator("#chat-lines", { hasText: "Keskustelu siirtyi ohjaajalle" }).waitFor();
    // The first practitioner no longer reads the chat.
    const refused = await pp.goto(appUrl(`/fi/work/chat/${chatId}`));
    expect(refused?.status()).toBe(403);

    const colleague = await newPage(browser);
    const cop = colleague.page;
    cop.setDefaultTimeout(15_000);
    await signIn(cop, second, "/fi/work/chat");
    await cop.locator("#my-chats a").first().click();
    await cop.locator("#chat-lines", { hasText: "miten haen aikuiskoulutukseen" }).waitFor();
    await cop.fill("#f-body", "Jatkan tästä.");
    await cop.locator("#chat-send").click();
    await again.locator("#chat-log", { hasText: "Jatkan tästä" }).waitFor();

    // The end with a topic code; the citizen is offered the satisfaction question.
    await cop.selectOption("#f-endTopic", "applying_to_education");
    await cop.locator("#end-button").click();
    await again.locator("#chat-state", { hasText: "Keskustelu on päättynyt" }).waitFor();
    await again.locator("#chat-satisfaction").waitFor();
    expect(await sequencesOn(again)).toEqual([1, 2, 3, 4, 5, 6, 7]);

    const views = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(auditEvent)
      .where(and(eq(auditEvent.entityType, "chat"), eq(auditEvent.entityId, chatId), eq(auditEvent.action, "view")));
    expect(views[0].n).toBeGreaterThanOrEqual(2);
    const [ended] = await db()
      .execute<{ status: string; end_topic: string }>(sql`select status, end_topic from chat where id = ${chatId}`)
      .then((r) => r.rows);
    expect(ended).toEqual({ status: "ended", end_topic: "applying_to_education" });

    await citizen.context.close();
    await practitioner.context.close();
    await colleague.context.close();
  });

  it("works without JavaScript as plain forms: start, send, see the message", async () => {
    const org = await anOrganization({ regionCodes: [region] });
    const person = await anAccount({ role: "contact_person", organizationId: org.id });
    await onDuty(org.id, person);
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    page.setDefaultTimeout(15_000);
    await page.goto(appUrl("/fi/chat"));
    await page.selectOption("#f-regionCode", region);
    await page.click("#chat-start-button");
    await page.locator("#chat-state").waitFor();
    await page.fill("#f-body", "Ilman skriptejä");
    await page.click("#chat-send");
    await page.locator("#chat-log", { hasText: "Ilman skriptejä" }).waitFor();
    await page.click("#chat-leave");
    await page.locator("#chat-state", { hasText: "Keskustelu on päättynyt" }).waitFor();
    await page.getByRole("button", { name: "Aloita uusi keskustelu" }).click();
    await page.locator("#chat-start").waitFor();
    await context.close();
  });
});
