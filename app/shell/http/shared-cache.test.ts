import { describe, expect, it } from "vitest";
import { cachePage, etagMatches, isSharedPath, mayShare, weakEtag, type PageAnswer } from "./shared-cache.server";

const settings = { sharedSeconds: 60, staleWhileRevalidateSeconds: 600 };

function answer(change: Partial<PageAnswer> = {}, request: Record<string, string> = {}, response: Record<string, string> = {}): PageAnswer {
  return {
    method: "GET",
    pathname: "/fi/search",
    status: 200,
    requestHeaders: new Headers(request),
    responseHeaders: new Headers(response),
    ...change,
  };
}

describe("shared caching of public pages", () => {
  it("covers the language sections but not the pages of one person", () => {
    for (const path of ["/fi", "/sv/", "/en/search", "/fi/organisations/1", "/fi/education/compare", "/fi/practitioners/1", "/fi/book/1"])
      expect(isSharedPath(path), path).toBe(true);
    for (const path of [
      "/",
      "/fi/work",
      "/fi/work/account",
      "/sv/sign-in",
      "/fi/sign-in/code",
      "/fi/invitations/x",
      "/en/reset-password/x",
      "/fi/forgot-password",
      "/fi/book/manage/x",
      "/api/hsds",
      "/fin",
    ])
      expect(isSharedPath(path), path).toBe(false);
  });

  it("shares an anonymous GET or HEAD of a public page that sets no cookie", () => {
    expect(mayShare(answer(), settings)).toBe(true);
    expect(mayShare(answer({ method: "HEAD" }), settings)).toBe(true);
    expect(mayShare(answer({}, { cookie: " " }), settings)).toBe(true);
  });

  it("keeps private whatever may differ per person, errors and POST answers", () => {
    expect(mayShare(answer({}, { cookie: "better-auth.session_token=x" }), settings)).toBe(false);
    expect(mayShare(answer({}, { cookie: "elo_compare=1" }), settings)).toBe(false);
    expect(mayShare(answer({}, { authorization: "Bearer x" }), settings)).toBe(false);
    expect(mayShare(answer({}, {}, { "set-cookie": "a=b" }), settings)).toBe(false);
    expect(mayShare(answer({ method: "POST" }), settings)).toBe(false);
    for (const status of [201, 304, 400, 404, 500, 503]) expect(mayShare(answer({ status }), settings), String(status)).toBe(false);
    expect(mayShare(answer({ pathname: "/fi/work" }), settings)).toBe(false);
    expect(mayShare(answer(), { ...settings, sharedSeconds: 0 })).toBe(false);
  });

  it("gives the same page the same weak tag whatever its nonce, and a changed page another", () => {
    const page = (nonce: string, text: string) => `<html><script nonce="${nonce}" type="module" src="/a.js"></script>${text}</html>`;
    const first = weakEtag(page("AAAA+bbb/cc==", "hei"), "AAAA+bbb/cc==");
    expect(first).toMatch(/^W\/"[A-Za-z0-9_-]{32}"$/);
    expect(weakEtag(page("ZZZZ+yyy/xx==", "hei"), "ZZZZ+yyy/xx==")).toBe(first);
    expect(weakEtag(page("AAAA+bbb/cc==", "moi"), "AAAA+bbb/cc==")).not.toBe(first);
    // Without the nonce the tag would change with every answer.
    expect(weakEtag(page("ZZZZ+yyy/xx==", "hei"))).not.toBe(weakEtag(page("AAAA+bbb/cc==", "hei")));
  });

  it("compares If-None-Match weakly, in lists and with *", () => {
    const tag = 'W/"abc"';
    expect(etagMatches(tag, tag)).toBe(true);
    expect(etagMatches('"abc"', tag)).toBe(true);
    expect(etagMatches('W/"x", W/"abc"', tag)).toBe(true);
    expect(etagMatches("*", tag)).toBe(true);
    expect(etagMatches('W/"abd"', tag)).toBe(false);
    expect(etagMatches(null, tag)).toBe(false);
    expect(etagMatches("", tag)).toBe(false);
  });

  it("sets the headers: shared with s-maxage, stale-while-revalidate, an ETag and Vary: Cookie", () => {
    const shared = answer({}, {}, { Vary: "Accept-Encoding" });
    expect(cachePage({ ...shared, body: "<p>x</p>" }, settings)).toEqual({ notModified: false });
    expect(shared.responseHeaders.get("cache-control")).toBe("public, max-age=0, s-maxage=60, stale-while-revalidate=600");
    expect(shared.responseHeaders.get("etag")).toBe(weakEtag("<p>x</p>"));
    expect(shared.responseHeaders.get("vary")).toBe("Accept-Encoding, Cookie");
  });

  it("answers 304 when the visitor's tag matches", () => {
    const etag = weakEtag("<p>x</p>");
    expect(cachePage({ ...answer({}, { "if-none-match": etag }), body: "<p>x</p>" }, settings)).toEqual({ notModified: true });
    expect(cachePage({ ...answer({}, { "if-none-match": etag }), body: "<p>y</p>" }, settings)).toEqual({ notModified: false });
  });

  it("sets private, no-store otherwise, with no tag, and leaves a route's own Cache-Control alone", () => {
    const signedIn = answer({}, { cookie: "better-auth.session_token=x", "if-none-match": "*" });
    expect(cachePage({ ...signedIn, body: "<p>x</p>" }, settings)).toEqual({ notModified: false });
    expect(signedIn.responseHeaders.get("cache-control")).toBe("private, no-store");
    expect(signedIn.responseHeaders.get("etag")).toBeNull();
    const own = answer({}, {}, { "cache-control": "no-cache" });
    cachePage({ ...own, body: "" }, settings);
    expect(own.responseHeaders.get("cache-control")).toBe("no-cache");
    expect(own.responseHeaders.get("etag")).toBeNull();
  });
});
