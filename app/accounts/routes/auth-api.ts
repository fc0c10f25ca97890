import { auth } from "~/accounts/auth.server";
import { authApiRequests } from "~/accounts/rate-limits.server";
import { translator } from "~/kit/i18n/catalogue";
import { languageFromHeader } from "~/kit/i18n/languages";
import { clientAddress } from "~/kit/http/client-address.server";
import { rateLimitedJson } from "~/kit/rate-limit/answer.server";
import type { Route } from "./+types/auth-api";

/**
 * better-auth's endpoints that stay open over HTTP. Elo's own pages sign in, sign out and accept
 * invitations on the server (`auth().api`), so the ones for guessing and spamming (sign-in, sign-up,
 * password reset, e-mail verification…) are closed here, and new ones stay closed until listed.
 */
const openPaths = new Set(["/api/auth/get-session", "/api/auth/ok"]);

/** Every request counts against its address first, so that hammering closed endpoints is refused too. */
async function handle(request: Request): Promise<Response> {
  const verdict = await authApiRequests.consume({ address: clientAddress(request) });
  if (!verdict.allowed) return rateLimitedJson(verdict, translator(languageFromHeader(request.headers.get("accept-language"))));
  if (!openPaths.has(new URL(request.url).pathname)) return Response.json({ code: "NOT_FOUND", message: "Not found" }, { status: 404 });
  return auth().handler(request);
}

export const loader = ({ request }: Route.LoaderArgs) => handle(request);
export const action = ({ request }: Route.ActionArgs) => handle(request);
