import { expect } from "vitest";
import { appUrl } from "./browser";

/** Signs in through the sign-in form and returns the session cookie for later requests. */
export async function signIn(account: { email: string; password: string }): Promise<string> {
  const response = await fetch(appUrl("/fi/sign-in"), {
    method: "POST",
    body: new URLSearchParams({ email: account.email, password: account.password, next: "/fi/work" }),
    headers: { origin: appUrl() },
    redirect: "manual",
  });
  expect(response.status, "sign-in answers with a redirect").toBe(302);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

/** Form fields as the workspace forms name them: "name.fi", "channels.0.contact", repeated names for lists. */
export function formFields(value: unknown, prefix = "", out: [string, string][] = []): [string, string][] {
  if (value === undefined || value === null || value === false) return out;
  if (value === true) out.push([prefix, "on"]);
  else if (Array.isArray(value)) {
    value.forEach((item, i) => (typeof item === "object" && item !== null ? formFields(item, `${prefix}.${i}`, out) : out.push([prefix, String(item)])));
  } else if (typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) formFields(inner, prefix ? `${prefix}.${key}` : key, out);
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- objects were handled above
  } else out.push([prefix, String(value)]);
  return out;
}

export function postForm(path: string, fields: [string, string][], cookie?: string) {
  return fetch(appUrl(path), {
    method: "POST",
    body: new URLSearchParams(fields),
    headers: { origin: appUrl(), ...(cookie ? { cookie } : {}) },
    redirect: "manual",
  });
}

export function get(path: string, cookie?: string) {
  return fetch(appUrl(path), { headers: cookie ? { cookie } : {}, redirect: "manual" });
}
