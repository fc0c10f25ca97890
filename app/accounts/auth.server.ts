import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { config } from "../kit/config.server";
import { db } from "../kit/db/db.server";
import { account, session, user, verification } from "./schema.server";

function createAuth() {
  return betterAuth({
    database: drizzleAdapter(db(), { provider: "pg", schema: { user, session, account, verification } }),
    secret: config.authSecret,
    baseURL: config.publicUrl,
    // Accounts come only through invitations; nobody signs themselves up.
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10 },
    session: { expiresIn: 60 * 60 * 12, updateAge: 60 * 60 },
    advanced: { ipAddress: { ipAddressHeaders: ["x-elo-client-ip"] } },
    // Limits guessing passwords; the test server turns it off because tests sign in many times a second.
    rateLimit: { enabled: process.env.ELO_RATE_LIMIT !== "false" },
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
