import { safeRedirectTarget } from "../kit/http/safe-redirect";
import { isUuid } from "../kit/validation/uuid";

/**
 * Favourites for side-by-side comparison, kept without an account in a cookie of offering ids.
 * The cookie is not signed: it holds only public ids, so the worst a visitor can do is choose
 * offerings; every id is validated and the list is capped, so a forged cookie cannot grow or inject.
 */
export const favouritesCookieName = "elo_compare";
export const maxFavourites = 20;

/** The chosen ids in a Cookie header; anything not a UUID is dropped. */
export function readFavourites(cookieHeader: string | null): string[] {
  if (!cookieHeader) return [];
  const pair = cookieHeader
    .split(";")
    .map((p) => p.trim())
    .find((p) => p.startsWith(`${favouritesCookieName}=`));
  if (!pair) return [];
  const ids = pair
    .slice(favouritesCookieName.length + 1)
    .split(".")
    .map((id) => id.toLowerCase())
    .filter(isUuid);
  return [...new Set(ids)].slice(0, maxFavourites);
}

export type FavouritesChange = { ok: true; ids: string[] } | { ok: false; reason: "full" };

export function toggleFavourite(ids: string[], id: string, intent: "add" | "remove"): FavouritesChange {
  const normalized = id.toLowerCase();
  if (intent === "remove") return { ok: true, ids: ids.filter((i) => i !== normalized) };
  if (ids.includes(normalized)) return { ok: true, ids };
  if (ids.length >= maxFavourites) return { ok: false, reason: "full" };
  return { ok: true, ids: [...ids, normalized] };
}

/** A Set-Cookie header keeping the ids for half a year. */
export function favouritesCookie(ids: string[], secure: boolean): string {
  const attributes = ["Path=/", "HttpOnly", "SameSite=Lax", ids.length ? `Max-Age=${60 * 60 * 24 * 180}` : "Max-Age=0"];
  if (secure) attributes.push("Secure");
  return `${favouritesCookieName}=${ids.join(".")}; ${attributes.join("; ")}`;
}

export const isOfferingId = isUuid;

/** Only paths of the education pages of the same site: the form says where to come back. */
export function safeReturnPath(value: unknown, lang: string): string {
  const fallback = `/${lang}/education/compare`;
  if (typeof value !== "string" || value.length > 2000) return fallback;
  if (!value.startsWith(`/${lang}/education`) || value.includes("//") || value.includes("\\")) return fallback;
  return safeRedirectTarget(value, fallback);
}
