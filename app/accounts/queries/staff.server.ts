import { and, eq, inArray, or, type SQL } from "drizzle-orm";
import type { Transaction } from "../../kit/db/db.server";
import { networkMembership, practitioner } from "~/network-map/public.server";
import { roleAssignment } from "../schema.server";

/**
 * The accounts that work in some organisations (their contact persons, and practitioners whose card
 * is the organisation's) and, for regions, in the regions' member organisations plus the regions'
 * coordinators: the people a queue or a shared record is for.
 */
export async function staffUserIds(tx: Transaction, where: { organizationIds?: readonly string[]; regionCodes?: readonly string[] }): Promise<string[]> {
  const regionCodes = [...(where.regionCodes ?? [])];
  const memberOrganizations = regionCodes.length
    ? (await tx.select({ id: networkMembership.organizationId }).from(networkMembership).where(inArray(networkMembership.regionCode, regionCodes))).map(
        (r) => r.id,
      )
    : [];
  const organizationIds = [...new Set([...(where.organizationIds ?? []), ...memberOrganizations])];
  const conditions: SQL[] = [];
  if (organizationIds.length) {
    conditions.push(and(eq(roleAssignment.role, "contact_person"), inArray(roleAssignment.organizationId, organizationIds))!);
    conditions.push(and(eq(roleAssignment.role, "practitioner"), inArray(practitioner.organizationId, organizationIds))!);
  }
  if (regionCodes.length) conditions.push(and(eq(roleAssignment.role, "coordinator"), inArray(roleAssignment.regionCode, regionCodes))!);
  if (conditions.length === 0) return [];
  const rows = await tx
    .selectDistinct({ userId: roleAssignment.userId })
    .from(roleAssignment)
    .leftJoin(practitioner, eq(practitioner.id, roleAssignment.practitionerId))
    .where(or(...conditions))
    .orderBy(roleAssignment.userId);
  return rows.map((r) => r.userId);
}
