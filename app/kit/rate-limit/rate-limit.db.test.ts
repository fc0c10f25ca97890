import { eq, like } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { unique } from "../../../tests/support/fixtures";
import { db } from "../db/db.server";
import { defineRateLimit, deleteExpiredRateLimits } from "./rate-limit.server";
import { rateLimit } from "./schema.server";

const rule = { points: 3, windowSeconds: 600 };

describe("rate limits in PostgreSQL", () => {
  it("allows the rule's number of attempts, then refuses with the time left in the window", async () => {
    const limit = defineRateLimit(unique("test-"), { address: rule });
    const address = "192.0.2.1";
    for (let i = 0; i < 3; i++) expect(await limit.consume({ address })).toEqual({ allowed: true });
    const refused = await limit.consume({ address });
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) expect(refused.retryAfterSeconds).toBeGreaterThan(500);
    expect(refused.allowed === false && refused.retryAfterSeconds).toBeLessThanOrEqual(600);
    // Another address has its own count.
    expect(await limit.consume({ address: "192.0.2.2" })).toEqual({ allowed: true });
  });

  it("counts an account in any case, and refuses when either key is over", async () => {
    const limit = defineRateLimit(unique("test-"), { account: rule, address: { points: 100, windowSeconds: 600 } });
    const account = `${unique("user-")}@example.fi`;
    for (let i = 0; i < 3; i++) await limit.consume({ account: i % 2 ? account.toUpperCase() : account, address: `198.51.100.${i}` });
    expect((await limit.consume({ account: ` ${account} `, address: "198.51.100.99" })).allowed).toBe(false);
  });

  it("checks without counting", async () => {
    const limit = defineRateLimit(unique("test-"), { account: rule });
    const account = unique("user-");
    for (let i = 0; i < 5; i++) expect(await limit.check({ account })).toEqual({ allowed: true });
    for (let i = 0; i < 3; i++) await limit.consume({ account });
    expect((await limit.check({ account })).allowed).toBe(false);
  });

  it("keeps one count for all callers: concurrent attempts are each counted once", async () => {
    const name = unique("test-");
    // Two definitions of one limit, as two app instances would have.
    const [first, second] = [
      defineRateLimit(name, { address: { points: 20, windowSeconds: 600 } }),
      defineRateLimit(name, { address: { points: 20, windowSeconds: 600 } }),
    ];
    const verdicts = await Promise.all(Array.from({ length: 30 }, (_, i) => (i % 2 ? first : second).consume({ address: "203.0.113.7" })));
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(20);
    const [row] = await db()
      .select()
      .from(rateLimit)
      .where(eq(rateLimit.key, `${name}:address:203.0.113.7`));
    expect(row.points).toBe(30);
  });

  it("deletes only the counters whose window has passed", async () => {
    const prefix = unique("test-");
    await db()
      .insert(rateLimit)
      .values([
        { key: `${prefix}:old`, points: 5, expire: new Date(Date.now() - 60_000) },
        { key: `${prefix}:current`, points: 5, expire: new Date(Date.now() + 60_000) },
      ]);
    await deleteExpiredRateLimits();
    const left = await db()
      .select({ key: rateLimit.key })
      .from(rateLimit)
      .where(like(rateLimit.key, `${prefix}:%`));
    expect(left).toEqual([{ key: `${prefix}:current` }]);
  });
});
