import { and, eq, inArray } from "drizzle-orm";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvent } from "../../app/audit/schema.server";
import { db } from "../../app/kit/db/db.server";
import { startAppServer } from "../support/app-server";
import { expectNoAxeViolations, launchBrowser, newPage } from "../support/browser";
import { anAccount } from "../support/fixtures";
import { totpCode, wrongTotpCode } from "../support/totp";

// A server of its own with two-factor authentication required, as in production.
let server: { url: string; stop: () => Promise<void> };
let browser: Browser;
beforeAll(async () => {
  server = await startAppServer(process.env.DATABASE_URL!, { ELO_REQUIRE_TWO_FACTOR: "true" });
  browser = await launchBrowser();
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const at = (path: string) => server.url + path;
const cookieOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
const post = (path: string, fields: Record<string, string>, cookie = "") =>
  fetch(at(path), {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: server.url, cookie },
    body: new URLSearchParams(fields),
  });
const get = (path: string, cookie = "") => fetch(at(path), { redirect: "manual", headers: { cookie } });

/** The password step of signing in, without JavaScript. */
const passwordStep = (account: { email: string; password: string }) =>
  post("/fi/sign-in", { email: account.email, password: account.password, next: "/fi/work" });

/** Sets up two-factor authentication through the account page's forms; returns the secret and recovery codes. */
async function enrol(cookie: string, password: string) {
  const started = await post("/fi/work/account", { intent: "2fa-start", password }, cookie);
  expect(started.status).toBe(200);
  const html = await started.text();
  expect(html).toContain("<svg");
  const secret = /id="two-factor-secret">([A-Z2-7]+)</.exec(html)![1];
  const uri = /name="uri" value="([^"]+)"/.exec(html)![1].replaceAll("&amp;", "&");
  const confirmed = await post("/fi/work/account", { intent: "2fa-confirm", uri, code: totpCode(secret) }, cookie);
  expect(confirmed.status).toBe(200);
  const codes = [...(await confirmed.text()).matchAll(/<code>([a-zA-Z0-9]{5}-[a-zA-Z0-9]{5})<\/code>/g)].map((m) => m[1]);
  expect(codes).toHaveLength(10);
  return { secret, codes };
}

describe("two-factor authentication required of admins and coordinators", () => {
  it("sends an admin without it from /fi/work to the enrolment, but not a practitioner", async () => {
    const admin = await anAccount({ role: "admin" });
    const adminCookie = cookieOf(await passwordStep(admin));
    const work = await get("/fi/work", adminCookie);
    expect(work.status).toBe(303);
    expect(work.headers.get("location")).toBe("/fi/work/account?enrol=1#two-factor");
    // Also the actions of other work pages, not only their pages.
    expect((await post("/fi/work/invitations", { email: "x@example.fi", role: "practitioner" }, adminCookie)).status).toBe(303);
    expect((await get("/fi/work/account", adminCookie)).status).toBe(200);

    const practitioner = await anAccount({ role: "practitioner" });
    expect((await get("/fi/work", cookieOf(await passwordStep(practitioner)))).status).toBe(200);
  });

  it("enrols, then signs in with the code or a single-use recovery code, without JavaScript", async () => {
    const coordinator = await anAccount({ role: "coordinator", regionCode: "maakunta_18" });
    const { secret, codes } = await enrol(cookieOf(await passwordStep(coordinator)), coordinator.password);

    const pending = await passwordStep(coordinator);
    expect(pending.status).toBe(302);
    expect(pending.headers.get("location")).toBe("/fi/sign-in/code?next=%2Ffi%2Fwork");
    const pendingCookie = cookieOf(pending);
    expect(pendingCookie).toContain("two_factor");
    // No session yet: better-auth clears the session cookie until the second step.
    expect(pendingCookie).toMatch(/session_token=(;|$)/);
    // better-auth's own endpoints are closed over HTTP (404, decision 0177; refused on the server
    // too, 403): the only way through is Elo's page.
    const direct = await fetch(at("/api/auth/two-factor/verify-totp"), {
      method: "POST",
      headers: { "content-type": "application/json", origin: server.url, cookie: pendingCookie },
      body: JSON.stringify({ code: totpCode(secret) }),
    });
    expect(direct.status).toBe(404);

    expect((await get("/fi/sign-in/code?next=%2Ffi%2Fwork", pendingCookie)).status).toBe(200);
    const wrong = await post("/fi/sign-in/code", { code: wrongTotpCode(secret), next: "/fi/work" }, pendingCookie);
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain("Koodi on väärin, vanhentunut tai jo käytetty.");
    const code = totpCode(secret);
    const right = await post("/fi/sign-in/code", { code, next: "/fi/work" }, pendingCookie);
    expect(right.status).toBe(302);
    expect(right.headers.get("location")).toBe("/fi/work");
    expect((await get("/fi/work", cookieOf(right))).status).toBe(200);
    // The same code again, while it is still within its validity, is refused (ASVS 2.8.4).
    const again = await post("/fi/sign-in/code", { code, next: "/fi/work" }, cookieOf(await passwordStep(coordinator)));
    expect(again.status).toBe(401);
    expect(await again.text()).toContain("Koodi on väärin, vanhentunut tai jo käytetty.");

    const withRecovery = await post("/fi/sign-in/code", { code: codes[0], next: "/fi/work" }, cookieOf(await passwordStep(coordinator)));
    expect(withRecovery.status).toBe(302);
    const reused = await post("/fi/sign-in/code", { code: codes[0], next: "/fi/work" }, cookieOf(await passwordStep(coordinator)));
    expect(reused.status).toBe(401);

    const actions = await db()
      .select({ action: auditEvent.action, changes: auditEvent.changes })
      .from(auditEvent)
      .where(and(eq(auditEvent.entityId, coordinator.id), inArray(auditEvent.action, ["two_factor_enable", "two_factor_failed", "two_factor_recovery_used"])));
    expect(actions.map((a) => a.action).sort()).toEqual([
      "two_factor_enable",
      "two_factor_failed",
      "two_factor_failed",
      "two_factor_failed",
      "two_factor_recovery_used",
    ]);
    // The server sets the client address from the connection.
    for (const { changes } of actions) expect(changes).toMatchObject({ address: { new: expect.stringMatching(/127\.0\.0\.1/) } });
  });

  it("the enrolment and the second step pass axe, in a browser", async () => {
    const admin = await anAccount({ role: "admin" });
    const { context, page } = await newPage(browser);
    await page.goto(at("/fi/sign-in?next=%2Ffi%2Fwork"));
    await page.fill("#sign-in-email", admin.email);
    await page.fill("#sign-in-password", admin.password);
    await Promise.all([page.waitForURL(/\/fi\/work\/account\?enrol=1/), page.click("#sign-in-submit")]);
    await page.waitForSelector("#two-factor-start");
    await expectNoAxeViolations(page);
    await page.fill("#two-factor-start-password", admin.password);
    await page.click("#two-factor-start");
    const secret = (await page.locator("#two-factor-secret").textContent())!;
    await expectNoAxeViolations(page);
    await page.fill("#two-factor-code", totpCode(secret));
    await page.click("#two-factor-confirm");
    await page.waitForSelector(".recovery-codes");
    await expectNoAxeViolations(page);
    await context.close();

    const second = await newPage(browser);
    await second.page.goto(at("/fi/sign-in?next=%2Ffi%2Fwork"));
    await second.page.fill("#sign-in-email", admin.email);
    await second.page.fill("#sign-in-password", admin.password);
    await Promise.all([second.page.waitForURL(/\/fi\/sign-in\/code/), second.page.click("#sign-in-submit")]);
    await expectNoAxeViolations(second.page);
    await second.page.fill("#sign-in-code", totpCode(secret));
    await Promise.all([second.page.waitForURL(at("/fi/work")), second.page.click("#sign-in-code-submit")]);
    await second.context.close();
  }, 90_000);
});
