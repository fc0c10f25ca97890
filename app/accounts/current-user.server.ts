import { eq } from "drizzle-orm";
import { data } from "react-router";
import { db } from "../foundation/db.server";
import { auth } from "./auth.server";
import type { CurrentUser, Role } from "./roles";
import { roleAssignment } from "./schema.server";

/** The signed-in user with their role grants, or null. */
export async function getCurrentUser(request: Request): Promise<CurrentUser | null> {
  if (!request.headers.get("cookie")?.includes("better-auth")) return null;
  const result = await auth().api.getSession({ headers: request.headers });
  if (!result) return null;
  const grants = await db()
    .select({
      role: roleAssignment.role,
      regionCode: roleAssignment.regionCode,
      organizationId: roleAssignment.organizationId,
      practitionerId: roleAssignment.practitionerId,
    })
    .from(roleAssignment)
    .where(eq(roleAssignment.userId, result.user.id));
  return {
    id: result.user.id,
    name: result.user.name,
    email: result.user.email,
    grants: grants.map((g) => ({ ...g, role: g.role as Role })),
  };
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
