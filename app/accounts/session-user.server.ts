import { eq } from "drizzle-orm";
import { db } from "~/kit/db/db.server";
import type { CurrentUser, Role } from "~/kit/permissions/roles";
import { auth } from "./auth.server";
import { roleAssignment } from "./schema.server";

/** The signed-in user with their role grants, or null. */
export async function readSessionUser(request: Request): Promise<CurrentUser | null> {
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
