import type { HeadersFunction } from "react-router";
import type { Translate } from "../i18n/catalogue";
import type { RateLimitVerdict } from "./rate-limit.server";

export type Refusal = Extract<RateLimitVerdict, { allowed: false }>;

/** The status and header of a refused attempt, for `data(…, rateLimited(refusal))` in a form's action. */
export function rateLimited(refusal: Refusal): { status: 429; headers: { "Retry-After": string } } {
  return { status: 429, headers: { "Retry-After": String(refusal.retryAfterSeconds) } };
}

/** "Too many attempts: try again in N minutes", in the page's language. */
export function refusalMessage(refusal: Refusal, t: Translate): string {
  return t("rateLimit.refused", { minutes: Math.ceil(refusal.retryAfterSeconds / 60) });
}

/** The JSON answer of a refused API call. */
export function rateLimitedJson(refusal: Refusal, t: Translate): Response {
  return Response.json({ code: "TOO_MANY_REQUESTS", message: refusalMessage(refusal, t) }, rateLimited(refusal));
}

/**
 * A route's `headers` export that lets the action's Retry-After reach the page: React Router sends an
 * action's headers with the rendered document only through this export (`export { headers } from …`).
 */
export const headers: HeadersFunction = ({ actionHeaders }) => {
  const retryAfter = actionHeaders.get("Retry-After");
  return retryAfter ? { "Retry-After": retryAfter } : new Headers();
};
