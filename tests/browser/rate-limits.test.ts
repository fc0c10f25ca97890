import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvent } from "../../app/audit/public.server";
import { db } from "../../app/kit/db/db.server";
import { startAppServer } from "../support/app-server";
import { anAccount, unique } from "../support/fixtures";

/**
 * The abuse tests (decision 0177): two app servers of their own on the run's database, with the
 * limits on and one trusted proxy, as behind a load balancer. Each test uses addresses and accounts
 * of its own, so the counts of one do not reach another.
 */
const servers: { url: string; stop: () => Promise<void> }[] = [];
beforeAll(async () => {
  const env = { ELO_RATE_LIMIT: "true", TRUST_PROXY_HOPS: "1" };
  // One after the other: two starting at once on a busy machine may miss the start-up deadline.
  for (let i = 0; i < 2; i++) servers.push(await startAppServer(process.env.DATABASE_URL!, env));
}, 400_000);
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
});

let lastAddress = 0;
/** A fresh client address (TEST-NET-2), as the trusted proxy appends it to X-Forwarded-For. */
const anAddress = () => `198.51.100.${++lastAddress}`;

/** A form post through server `n` from `address`, with whatever a client may forge in front of it. */
function post(path: string, fields: Record<string, string>, address: string, options: { server?: number; forged?: string } = {}) {
  const url = servers[options.server ?? 0].url;
  const forged = options.forged ?? "";
  return fetch(`${url}${path}`, {
    method: "POST",
    body: new URLSearchParams(fields),
    headers: {
      origin: url,
      "x-forwarded-for": forged ? `${forged}, ${address}` : address,
      ...(forged ? { "x-elo-client-ip": forged } : {}),
    },
    redirect: "manual",
  });
}

const signIn = (email: string, password: string, address: string, options: { server?: number; forged?: string; lang?: string } = {}) =>
  post(`/${options.lang ?? "fi"}/sign-in`, { email, password, next: "/fi/work" }, address, options);

async function expectRefused(response: Response, message: RegExp) {
  expect(response.status).toBe(429);
  expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
  expect(await response.text()).toMatch(message);
}

// Each sign-in attempt hashes a password (better-auth does so for unknown accounts too): allow for a busy machine.
describe("rate limits", { timeout: 120_000 }, () => {
  it("refuses an account after repeated wrong passwords, the right one too, but not another account elsewhere", async () => {
    const target = await anAccount({ role: "practitioner" });
    const address = anAddress();
    for (let i = 0; i < 10; i++) expect((await signIn(target.email, "wrong password!!", address, { server: i % 2 })).status).toBe(401);
    await expectRefused(await signIn(target.email, target.password, address), /Liian monta yritystä\. Yritä uudelleen 15 minuutin kuluttua\./);
    // From anywhere, in any language.
    await expectRefused(await signIn(target.email, target.password, anAddress(), { lang: "sv" }), /För många försök\. Försök igen om 15 minuter\./);

    const other = await anAccount({ role: "practitioner" });
    const response = await signIn(other.email, other.password, anAddress(), { server: 1 });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/fi/work");
  });

  it("refuses an address trying many accounts, counted across both servers, whatever it forges in front of the proxy", async () => {
    const address = anAddress();
    for (let i = 0; i < 30; i++) {
      const response = await signIn(`${unique("nobody-")}@example.fi`, "wrong password!!", address, { server: i % 2, forged: `203.0.113.${i}` });
      expect(response.status, `attempt ${i + 1}`).toBe(401);
    }
    const account = await anAccount({ role: "practitioner" });
    await expectRefused(await signIn(account.email, account.password, address, { forged: "203.0.113.200" }), /Liian monta yritystä/);
    expect((await signIn(account.email, account.password, anAddress())).status).toBe(302);
  });

  it("audits a failed sign-in with the account tried and the address the proxy saw", async () => {
    const account = await anAccount({ role: "practitioner" });
    const address = anAddress();
    expect((await signIn(account.email, "wrong password!!", address, { forged: "203.0.113.9" })).status).toBe(401);
    const [event] = await db()
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.entityType, "sign_in"), eq(auditEvent.entityId, account.email)))
      .orderBy(desc(auditEvent.id));
    expect(event.action).toBe("sign-in-failed");
    expect(event.changes).toEqual({ account: { old: null, new: account.email }, address: { old: null, new: address } });
  });

  it("limits the public feedback form by address", async () => {
    const address = anAddress();
    const feedback = { kind: "general", message: "Sivulla on kirjoitusvirhe.", page: "", email: "", website: "" };
    for (let i = 0; i < 10; i++) expect((await post("/en/feedback", feedback, address, { server: i % 2 })).status).toBe(303);
    await expectRefused(await post("/en/feedback", feedback, address), /Too many attempts\. Try again in (\d+ minutes|a minute)\./);
  });

  it("limits invitation acceptance by address, even for links that do not exist", async () => {
    const address = anAddress();
    const accept = () => post(`/fi/invitations/${unique("token-")}`, { name: "Testi", password: "pitkä salasana 123" }, address);
    for (let i = 0; i < 20; i++) expect((await accept()).status).toBe(404);
    await expectRefused(await accept(), /Liian monta yritystä/);
  });

  it("closes better-auth's sign-in endpoint, and refuses hammering of /api/auth with JSON", async () => {
    const account = await anAccount({ role: "practitioner" });
    const address = anAddress();
    const call = () =>
      fetch(`${servers[0].url}/api/auth/sign-in/email`, {
        method: "POST",
        body: JSON.stringify({ email: account.email, password: account.password }),
        headers: { "content-type": "application/json", origin: servers[0].url, "x-forwarded-for": address, "accept-language": "en" },
      });
    for (let i = 0; i < 30; i++) expect((await call()).status).toBe(404);
    const refused = await call();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.json()).toEqual({ code: "TOO_MANY_REQUESTS", message: "Too many attempts. Try again in 15 minutes." });
  });
});
