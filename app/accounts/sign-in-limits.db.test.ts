import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anAccount, unique } from "../../tests/support/fixtures";
import { auditEvent } from "../audit/public.server";
import { db } from "../kit/db/db.server";
import { signInWithPassword } from "./commands/sign-in.server";

// The test setup's server runs without limits; this file's own calls count.
const before = process.env.ELO_RATE_LIMIT;
beforeAll(() => {
  process.env.ELO_RATE_LIMIT = "true";
});
afterAll(() => {
  process.env.ELO_RATE_LIMIT = before;
});

let lastOctet = 0;
/** A documentation address of its own for each attempt, so that only the account's count matters. */
const freshAddress = () => `2001:db8::${(++lastOctet).toString(16)}:${Date.now() % 0xffff}`;
const attempt = (email: string, password: string, address = freshAddress()) => signInWithPassword({ email, password, address, headers: new Headers() });

const eventsOf = (account: string) =>
  db()
    .select()
    .from(auditEvent)
    .where(and(eq(auditEvent.entityType, "sign_in"), eq(auditEvent.entityId, account)))
    .orderBy(desc(auditEvent.id));

// Each attempt hashes a password (better-auth does so for unknown accounts too): allow for a busy machine.
describe("signing in within the limits", { timeout: 120_000 }, () => {
  it("refuses an account after 10 failures, even with the right password, and audits each attempt without the password", async () => {
    const { email, password } = await anAccount({ role: "practitioner" });
    for (let i = 0; i < 10; i++) expect((await attempt(email, "wrong password!!")).kind).toBe("failed");
    const refused = await attempt(email, password, "192.0.2.44");
    expect(refused.kind).toBe("limited");
    if (refused.kind === "limited") expect(refused.refusal.retryAfterSeconds).toBeGreaterThan(0);

    const events = await eventsOf(email);
    expect(events.map((e) => e.action)).toEqual(["sign-in-refused", ...Array<string>(10).fill("sign-in-failed")]);
    expect(events[0].changes).toEqual({ account: { old: null, new: email }, address: { old: null, new: "192.0.2.44" } });
    expect(JSON.stringify(events)).not.toContain("wrong password");
  });

  it("lets another account sign in meanwhile, and a success does not count against the account", async () => {
    const { email, password } = await anAccount({ role: "practitioner" });
    for (let i = 0; i < 12; i++) expect((await attempt(email, password)).kind).toBe("signedIn");
    const [event] = await eventsOf(email);
    expect(event.action).toBe("sign-in");
    expect(event.actorUserId).not.toBeNull();
  });

  it("refuses an address after 30 attempts, whichever accounts it tries", async () => {
    const address = freshAddress();
    for (let i = 0; i < 30; i++) expect((await attempt(`${unique("nobody-")}@example.fi`, "wrong password!!", address)).kind).toBe("failed");
    const { email, password } = await anAccount({ role: "practitioner" });
    expect((await attempt(email, password, address)).kind).toBe("limited");
    expect((await attempt(email, password)).kind).toBe("signedIn");
  });
});
