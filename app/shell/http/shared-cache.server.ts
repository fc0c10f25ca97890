import { createHash } from "node:crypto";

/**
 * Shared caching of public pages (decision 0187). An anonymous visitor's public page is the same for
 * everyone, so a CDN or reverse proxy may keep it for a short while and revalidate it with a weak
 * ETag. Anything that can differ per person is `private, no-store`: signed-in pages and any request
 * with a cookie (the session, the comparison's choices, a pending sign-in), answers that set a
 * cookie, POST answers, errors and redirects.
 */
export interface SharedCacheSettings {
  /** s-maxage; 0 keeps every page out of shared caches. */
  sharedSeconds: number;
  staleWhileRevalidateSeconds: number;
}

export const privateCacheControl = "private, no-store";

/** The language sections' pages, less those for one person (the work pages, signing in, invitations, a booking's manage page). */
export function isSharedPath(pathname: string): boolean {
  return (
    /^\/(?:fi|sv|en)(?:\/|$)/.test(pathname) &&
    !/^\/(?:fi|sv|en)\/(?:work|sign-in|sign-out|invitations|forgot-password|reset-password|book\/manage|events\/registrations|events\/feedback)(?:\/|$)/.test(
      pathname,
    )
  );
}

export interface PageAnswer {
  method: string;
  pathname: string;
  status: number;
  requestHeaders: Headers;
  responseHeaders: Headers;
}

/** Whether a shared cache may keep this answer. */
export function mayShare(answer: PageAnswer, settings: SharedCacheSettings): boolean {
  return (
    settings.sharedSeconds > 0 &&
    (answer.method === "GET" || answer.method === "HEAD") &&
    answer.status === 200 &&
    isSharedPath(answer.pathname) &&
    !(answer.requestHeaders.get("cookie") ?? "").trim() &&
    !answer.requestHeaders.has("authorization") &&
    !answer.responseHeaders.has("set-cookie")
  );
}

export function sharedCacheControl(settings: SharedCacheSettings): string {
  return `public, max-age=0, s-maxage=${settings.sharedSeconds}, stale-while-revalidate=${settings.staleWhileRevalidateSeconds}`;
}

/**
 * A weak ETag from the page's bytes. The CSP nonce differs in every answer; it is taken out first, so
 * that the same page has the same tag (public pages carry no inline script that needs it).
 */
export function weakEtag(body: string, nonce?: string): string {
  const stable = nonce ? body.replaceAll(nonce, "") : body;
  return `W/"${createHash("sha256").update(stable).digest("base64url").slice(0, 32)}"`;
}

/** If-None-Match against a tag, compared weakly as RFC 9110 says for GET: `*`, or any listed tag with or without `W/`. */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === opaque(etag));
}

/**
 * Sets the caching headers of a rendered page and says whether to answer 304 Not Modified. A route
 * that set its own Cache-Control keeps it.
 */
export function cachePage(answer: PageAnswer & { body: string; nonce?: string }, settings: SharedCacheSettings): { notModified: boolean } {
  const headers = answer.responseHeaders;
  if (headers.has("cache-control")) return { notModified: false };
  if (!mayShare(answer, settings)) {
    headers.set("Cache-Control", privateCacheControl);
    return { notModified: false };
  }
  const etag = weakEtag(answer.body, answer.nonce);
  headers.set("Cache-Control", sharedCacheControl(settings));
  headers.set("ETag", etag);
  // A visitor with a cookie gets a page of their own: a shared cache must not answer them with this one.
  headers.append("Vary", "Cookie");
  return { notModified: etagMatches(answer.requestHeaders.get("if-none-match"), etag) };
}
