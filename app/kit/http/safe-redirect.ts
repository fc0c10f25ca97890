/** Any origin would do: a target is only compared with it, never sent there. */
const ownOriginPlaceholder = "http://elo.invalid";

/** Control characters, which browsers strip from addresses ("/\t/evil.example" becomes "//evil.example"). */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const controlCharacter = /[\u0000-\u001f\u007f]/;

const decodedOnce = (value: string) => {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
};

/**
 * Where to send the visitor after a form that names its own return address (sign-in's `next`, a
 * "back to" field): the target read as a URL against the site's own origin, accepted only when it
 * stays on that origin over http or https, and returned as path, query and fragment. Anything else
 * (another host, "//host", "/\host", an escaped tab or backslash, "javascript:") gives `fallback`.
 */
export function safeRedirectTarget<F extends string | null>(value: unknown, fallback: F, ownOrigin: string = ownOriginPlaceholder): string | F {
  if (typeof value !== "string" || value.length === 0 || value.length > 2000) return fallback;
  // Reject what a browser or proxy could turn into another host once it decodes the address.
  const decoded = decodedOnce(value);
  if (decoded === null || [value, decoded].some((text) => controlCharacter.test(text) || text.includes("\\"))) return fallback;
  let url: URL;
  try {
    url = new URL(value, ownOrigin);
  } catch {
    return fallback;
  }
  if (url.origin !== new URL(ownOrigin).origin || (url.protocol !== "http:" && url.protocol !== "https:")) return fallback;
  // "/.//evil.example" resolves to the path "//evil.example", which a browser reads as a host.
  if (url.pathname.startsWith("//")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
