import { describe, expect, it } from "vitest";
import { appUrl } from "../support/browser";
import { anAccount } from "../support/fixtures";
import { get, postForm, signIn } from "../support/http";

/**
 * Shared caching over HTTP (decision 0187): an anonymous public page may be kept by a CDN and
 * revalidated by its weak ETag; a signed-in visitor, a visitor with any cookie, errors and POST
 * answers get `private, no-store`.
 */
const shared = /^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/;

describe("shared caching of public pages", { timeout: 60_000 }, () => {
  it("lets a shared cache keep an anonymous public page, with the same ETag in every answer", async () => {
    const first = await get("/fi/paths");
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toMatch(shared);
    expect(first.headers.get("vary") ?? "").toMatch(/\bCookie\b/);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    // Each answer has a new CSP nonce; the tag does not change with it.
    const second = await get("/fi/paths");
    expect(second.headers.get("content-security-policy")).not.toBe(first.headers.get("content-security-policy"));
    expect(second.headers.get("etag")).toBe(etag);
    expect((await get("/sv/paths")).headers.get("etag")).not.toBe(etag);
  });

  it("answers 304 Not Modified to a matching If-None-Match, with no body", async () => {
    const etag = (await get("/fi/guide")).headers.get("etag")!;
    const revalidated = await fetch(appUrl("/fi/guide"), { headers: { "if-none-match": etag } });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get("etag")).toBe(etag);
    expect(revalidated.headers.get("cache-control")).toMatch(shared);
    expect(await revalidated.text()).toBe("");
    const changed = await fetch(appUrl("/fi/guide"), { headers: { "if-none-match": 'W/"something-else"' } });
    expect(changed.status).toBe(200);
    expect(await changed.text()).toContain("<main");
  });

  it("keeps private what may be one person's: a cookie, a signed-in visitor, the work pages", async () => {
    for (const cookie of ["elo_compare=00000000-0000-4000-8000-000000000001", "anything=1"]) {
      const response = await get("/fi/education", cookie);
      expect(response.headers.get("cache-control"), cookie).toBe("private, no-store");
      expect(response.headers.get("etag"), cookie).toBeNull();
    }
    const session = await signIn(await anAccount({ role: "coordinator", regionCode: "maakunta_19" }));
    for (const path of ["/fi/paths", "/fi/work"]) {
      const response = await get(path, session);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("cache-control"), path).toBe("private, no-store");
      // A 304 is never made from a signed-in visitor's tag.
      const again = await fetch(appUrl(path), { headers: { cookie: session, "if-none-match": "*" } });
      expect(again.status, path).toBe(200);
    }
  });

  it("keeps errors, POST answers and the sign-in page out of shared caches", async () => {
    const missing = await get("/fi/no-such-page");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("cache-control")).toBe("private, no-store");
    const refused = await postForm("/fi/feedback", [
      ["kind", "general"],
      ["message", ""],
    ]);
    expect(refused.status).toBe(400);
    expect(refused.headers.get("cache-control")).toBe("private, no-store");
    expect((await get("/fi/sign-in")).headers.get("cache-control")).toBe("private, no-store");
  });
});
