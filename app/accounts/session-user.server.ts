import { eq } from "drizzle-orm";
import { config } from "~/kit/config.server";
import { db } from "~/kit/db/db.server";
import type { CurrentUser } from "~/kit/permissions/roles";
import { auth } from "./auth.server";
import { grantsOf } from "./queries/user-by-id.server";
import { session as sessionTable } from "./schema.server";
import { sessionLifetime, sessionState } from "./session-rules";
import { twoFactorRedirect } from "./two-factor-rules";

/**
 * The signed-in session, or null. A session past its absolute lifetime or idle too long is deleted
 * and counts as signed out; an active one has its "last active" time moved on.
 */
async function readSession(
  request: Request,
  now: Date,
): Promise<{ sessionId: string; userId: string; name: string; email: string; twoFactorEnabled: boolean } | null> {
  if (!request.headers.get("cookie")?.includes("better-auth")) return null;
  const result = await auth().api.getSession({ headers: request.headers });
  if (!result) return null;
  const state = sessionState(result.session, now);
  if (state !== "active") {
    await db().delete(sessionTable).where(eq(sessionTable.id, result.session.id));
    return null;
  }
  if (now.getTime() - result.session.updatedAt.getTime() >= sessionLifetime.touchEveryMs) {
    await db().update(sessionTable).set({ updatedAt: now }).where(eq(sessionTable.id, result.session.id));
  }
  return {
    sessionId: result.session.id,
    userId: result.user.id,
    name: result.user.name,
    email: result.user.email,
    twoFactorEnabled: result.user.twoFactorEnabled === true,
  };
}

/** The signed-in user with their role grants, and the session they use; or null. */
export async function readSignedIn(request: Request, now = new Date()): Promise<{ user: CurrentUser; sessionId: string; twoFactorEnabled: boolean } | null> {
  const found = await readSession(request, now);
  if (!found) return null;
  const user = { id: found.userId, name: found.name, email: found.email, grants: await grantsOf(found.userId) };
  return { user, sessionId: found.sessionId, twoFactorEnabled: found.twoFactorEnabled };
}

/**
 * The signed-in user with their role grants, or null. Every page and action asks this first, so an
 * admin or coordinator without two-factor authentication is sent to set it up from here.
 */
export async function readSessionUser(request: Request): Promise<CurrentUser | null> {
  const signedIn = await readSignedIn(request);
  if (!signedIn) return null;
  const elsewhere = twoFactorRedirect(signedIn.user, signedIn.twoFactorEnabled, new URL(request.url).pathname, config.requireTwoFactor);
  if (elsewhere) throw new Response(null, { status: 303, headers: { Location: elsewhere } });
  return signedIn.user;
}
