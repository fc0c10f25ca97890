import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { config } from "../kit/config.server";
import { db } from "../kit/db/db.server";
import { clientAddressHeader } from "../kit/http/client-address.server";
import { account, session, user, verification } from "./schema.server";

function createAuth() {
  return betterAuth({
    database: drizzleAdapter(db(), { provider: "pg", schema: { user, session, account, verification } }),
    secret: config.authSecret,
    baseURL: config.publicUrl,
    // Accounts come only through invitations; nobody signs themselves up.
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10 },
    session: { expiresIn: 60 * 60 * 12, updateAge: 60 * 60 },
    // Sessions record the client address from the one header server/serve.ts always sets.
    advanced: { ipAddress: { ipAddressHeaders: [clientAddressHeader] } },
    // Elo's own limits, in PostgreSQL and shared by every instance, replace better-auth's in-process
    // ones, which never saw the server-side sign-ins (decision 0177).
    rateLimit: { enabled: false },
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
