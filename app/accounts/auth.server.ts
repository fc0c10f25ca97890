import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { twoFactor as twoFactorPlugin } from "better-auth/plugins";
import { config } from "../kit/config.server";
import { db } from "../kit/db/db.server";
import { passwordLimits } from "./inputs";
import { sessionLifetime } from "./session-rules";
import { clientAddressHeader } from "../kit/http/client-address.server";
import { account, session, twoFactor, user, verification } from "./schema.server";

/**
 * better-auth's endpoints that change a user, a password or an e-mail address. Elo's own commands
 * do these (validated, audited, in one transaction: decision 0178), so better-auth refuses them,
 * over HTTP and on the server alike.
 */
export const refusedAuthPaths = [
  "/update-user",
  "/change-password",
  "/set-password",
  "/change-email",
  "/delete-user",
  "/request-password-reset",
  "/reset-password",
  "/sign-up/email",
];

/**
 * The two-factor endpoints Elo's pages call on the server (after their own checks and with an audit
 * record). Over HTTP every /two-factor/ endpoint is refused, and on the server the rest (e-mailed
 * codes, reading the secret again) are, so nothing bypasses the pages' password confirmation.
 */
export const twoFactorServerPaths = ["/two-factor/enable", "/two-factor/verify-totp", "/two-factor/verify-backup-code", "/two-factor/generate-backup-codes"];

/** Whether better-auth refuses a call to `path`; `overHttp` when it came from outside, not from Elo's server code. */
export function isRefusedAuthPath(path: string, overHttp: boolean): boolean {
  if (refusedAuthPaths.some((refused) => path === refused || path.startsWith(`${refused}/`))) return true;
  if (path.startsWith("/two-factor/")) return overHttp || !twoFactorServerPaths.includes(path);
  return false;
}

function createAuth() {
  return betterAuth({
    appName: "Elo",
    database: drizzleAdapter(db(), { provider: "pg", schema: { user, session, account, verification, twoFactor } }),
    secret: config.authSecret,
    baseURL: config.publicUrl,
    // Accounts come only through invitations; nobody signs themselves up.
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: passwordLimits.min, maxPasswordLength: passwordLimits.max },
    // The session ends at its absolute lifetime, never extended; the idle limit is checked by session-user.server.ts.
    session: { expiresIn: sessionLifetime.absoluteSeconds, disableSessionRefresh: true },
    // Sessions record the client address from the one header server/serve.ts always sets.
    advanced: { ipAddress: { ipAddressHeaders: [clientAddressHeader] } },
    // Elo's own limits, in PostgreSQL and shared by every instance, replace better-auth's in-process
    // ones, which never saw the server-side sign-ins (decision 0177).
    rateLimit: { enabled: false },
    // TOTP with recovery codes (decision 0178); the secret and codes are stored encrypted.
    plugins: [twoFactorPlugin({ issuer: "Elo" })],
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        // A call from Elo's own server code has no request; one over HTTP has.
        if (isRefusedAuthPath(ctx.path ?? "", ctx.request !== undefined)) throw new APIError("FORBIDDEN");
      }),
    },
  });
}

type Auth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as unknown as { eloAuth?: { url: string; auth: Auth } };

/** better-auth, bound to the current database (created on first use, after the database is up). */
export function auth(): Auth {
  const url = process.env.DATABASE_URL ?? "";
  if (!globalForAuth.eloAuth || globalForAuth.eloAuth.url !== url) {
    globalForAuth.eloAuth = { url, auth: createAuth() };
  }
  return globalForAuth.eloAuth.auth;
}
