import { data } from "react-router";
import type { CurrentUser } from "./roles";

/**
 * Who is signing in is the accounts feature's business; every feature only asks for the current
 * user. The shell installs the accounts feature's session reader here at start-up, so that the kit
 * and the features below accounts need not import it.
 */
export type CurrentUserReader = (request: Request) => Promise<CurrentUser | null>;

let reader: CurrentUserReader | undefined;

export function installCurrentUserReader(read: CurrentUserReader): void {
  reader = read;
}

/** The signed-in user with their role grants, or null. */
export async function getCurrentUser(request: Request): Promise<CurrentUser | null> {
  if (!reader) throw new Error("No current-user reader installed: import app/shell/install.server.ts at start-up");
  return reader(request);
}

/** The signed-in user, or a redirect to the sign-in page that comes back here afterwards. */
export async function requireUser(request: Request, lang: string): Promise<CurrentUser> {
  const user = await getCurrentUser(request);
  if (!user) {
    const url = new URL(request.url);
    throw new Response(null, {
      status: 303,
      headers: { Location: `/${lang}/sign-in?next=${encodeURIComponent(url.pathname + url.search)}` },
    });
  }
  return user;
}

export function forbidden(message: string): never {
  throw data(message, { status: 403 });
}
