import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { anAccount, anOrganization, aPractitioner } from "../support/fixtures";
import { appUrl } from "../support/browser";
import { startAppServer } from "../support/app-server";
import { get, signIn } from "../support/http";

function expectSecurityHeaders(response: Response) {
  const csp = response.headers.get("content-security-policy") ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}'/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(response.headers.get("x-frame-options")).toBe("DENY");
  expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  expect(response.headers.get("permissions-policy")).toContain("camera=()");
  expect(response.headers.get("permissions-policy")).toContain("geolocation=(self)");
  // The test server's public address is http: no HSTS.
  expect(response.headers.get("strict-transport-security")).toBeNull();
}

describe("security headers", { timeout: 60_000 }, () => {
  it("are on a public page, which has no script but its island, and that carries the response's nonce", async () => {
    const front = await get("/fi");
    expectSecurityHeaders(front);
    expect((await front.text()).match(/<script\b[^>]*>/g)).toBeNull();
    const response = await get("/fi/search");
    expectSecurityHeaders(response);
    const nonce = /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy")!)![1];
    const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
    // A new nonce for every response.
    expect((await get("/fi/search")).headers.get("content-security-policy")).not.toContain(nonce);
  });

  it("are on a work page, an asset, the API and a refusal", async () => {
    const org = await anOrganization();
    const cookie = await signIn(await anAccount({ role: "contact_person", organizationId: org.id }));
    const work = await get("/fi/work", cookie);
    expect(work.status).toBe(200);
    expectSecurityHeaders(work);
    const asset = /\/assets\/[^"]+\.js/.exec(await work.text())![0];
    const assetResponse = await get(asset);
    expect(assetResponse.status).toBe(200);
    expectSecurityHeaders(assetResponse);
    const api = await get("/api/hsds/services");
    expect(api.status).toBe(200);
    expectSecurityHeaders(api);
    expectSecurityHeaders(await get("/fi/pages/%ZZ"));
  });
});

describe("HSTS", { timeout: 120_000 }, () => {
  let server: { url: string; stop: () => Promise<void> };
  beforeAll(async () => {
    server = await startAppServer(inject("databaseUrl"), { PUBLIC_URL: "https://elo.example" });
  });
  afterAll(() => server?.stop());

  it("is sent only when the public address is https", async () => {
    const response = await fetch(`${server.url}/fi`);
    expect(response.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    expect((await get("/fi")).headers.get("strict-transport-security")).toBeNull();
  });
});

describe("sign-in's next address", { timeout: 60_000 }, () => {
  it("sends the signed-in only to this site's own pages", async () => {
    const org = await anOrganization();
    const account = await anAccount({ role: "contact_person", organizationId: org.id });
    const signInWith = (next: string) =>
      fetch(appUrl("/fi/sign-in"), {
        method: "POST",
        body: new URLSearchParams({ email: account.email, password: account.password, next }),
        headers: { origin: appUrl() },
        redirect: "manual",
      });
    for (const next of ["/\\evil.example", "/%09/evil.example", "//evil.example", "https://evil.example", "javascript:alert(1)"]) {
      const response = await signInWith(next);
      expect(response.status, next).toBe(302);
      expect(response.headers.get("location"), next).toBe("/fi/work");
    }
    expect((await signInWith("/fi/work/pages?x=1#y")).headers.get("location")).toBe("/fi/work/pages?x=1#y");
    const page = await (await get("/fi/sign-in?next=%2F%5Cevil.example")).text();
    expect(page).toContain('name="next" value="/fi/work"');
  });
});

describe("robots", { timeout: 60_000 }, () => {
  it("keeps practitioners' pages and the work pages out of search engines, not the organisations' pages", async () => {
    const org = await anOrganization();
    const practitionerId = await aPractitioner(org.id);
    for (const path of [`/fi/practitioners/${practitionerId}`, `/sv/practitioners/${practitionerId}/vcard`]) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("x-robots-tag"), path).toBe("noindex");
    }
    expect(await (await get(`/fi/practitioners/${practitionerId}`)).text()).toContain('<meta name="robots" content="noindex"/>');
    const cookie = await signIn(await anAccount({ role: "contact_person", organizationId: org.id }));
    const work = await get("/fi/work", cookie);
    expect(work.headers.get("x-robots-tag")).toBe("noindex");
    expect(await work.text()).toContain('<meta name="robots" content="noindex"/>');
    const organization = await get(`/fi/organisations/${org.id}`);
    expect(organization.headers.get("x-robots-tag")).toBeNull();
    expect(await organization.text()).not.toContain('name="robots"');
  });
});

describe("health checks", () => {
  it("answer JSON without cookies: live, and ready while the database answers", async () => {
    for (const path of ["/health/live", "/health/ready"]) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-type")).toContain("application/json");
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(response.headers.getSetCookie()).toEqual([]);
      expect((await response.json()) as unknown).toMatchObject({ status: "ok" });
    }
  });
});

describe("the session cookie", { timeout: 60_000 }, () => {
  // SameSite=Lax keeps the browser from sending it with another site's form post (CSRF), and HttpOnly
  // keeps it from scripts; better-auth makes it Secure when the public address is https.
  it("is HttpOnly and SameSite=Lax", async () => {
    const account = await anAccount({ role: "practitioner" });
    const response = await fetch(appUrl("/fi/sign-in"), {
      method: "POST",
      body: new URLSearchParams({ email: account.email, password: account.password, next: "/fi/work" }),
      headers: { origin: appUrl() },
      redirect: "manual",
    });
    expect(response.status).toBe(302);
    const session = response.headers.getSetCookie().find((cookie) => /session_token=/.test(cookie));
    expect(session).toMatch(/session_token=[^;]+;/);
    expect(session).toMatch(/;\s*HttpOnly/i);
    expect(session).toMatch(/;\s*SameSite=Lax/i);
  });
});
