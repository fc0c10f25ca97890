import { eq } from "drizzle-orm";
import { db } from "../../kit/db/db.server";
import type { CurrentUser, RoleGrant, Role } from "../../kit/permissions/roles";
import { roleAssignment, user } from "../schema.server";

/** A user's role grants as they are now. */
export async function grantsOf(userId: string): Promise<RoleGrant[]> {
  const grants = await db()
    .select({
      role: roleAssignment.role,
      regionCode: roleAssignment.regionCode,
      organizationId: roleAssignment.organizationId,
      practitionerId: roleAssignment.practitionerId,
    })
    .from(roleAssignment)
    .where(eq(roleAssignment.userId, userId));
  return grants.map((g) => ({ ...g, role: g.role as Role }));
}

/**
 * A user with their role grants as they are now, for work done without their request: a calendar
 * feed fetched by its address, a job started on their behalf. Null when the account is gone.
 */
export async function currentUserById(id: string): Promise<CurrentUser | null> {
  const [found] = await db().select({ id: user.id, name: user.name, email: user.email }).from(user).where(eq(user.id, id));
  return found ? { ...found, grants: await grantsOf(id) } : null;
}
