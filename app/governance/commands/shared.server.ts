import { and, eq, inArray } from "drizzle-orm";
import { networkMembership, practitioner } from "~/network-map/public.server";
import type { Transaction } from "../../kit/db/db.server";
import type { Issue } from "../../kit/validation/errors";
import { groupMembership, networkGroup } from "../schema.server";
import type { GroupScope } from "../permissions";

export type { Transaction };

/** The group with its memberships, locked for the transaction so that concurrent edits queue. */
export async function loadGroupScope(
  tx: Transaction,
  groupId: string,
): Promise<(GroupScope & { id: string; memberships: (GroupScope["memberships"][number] & { id: string })[] }) | null> {
  const [group] = await tx
    .select({ id: networkGroup.id, regionCode: networkGroup.regionCode })
    .from(networkGroup)
    .where(eq(networkGroup.id, groupId))
    .for("update");
  if (!group) return null;
  const memberships = await tx
    .select({
      id: groupMembership.id,
      practitionerId: groupMembership.practitionerId,
      position: groupMembership.position,
      startsOn: groupMembership.startsOn,
      endsOn: groupMembership.endsOn,
    })
    .from(groupMembership)
    .where(eq(groupMembership.groupId, groupId));
  return { ...group, memberships };
}

/** The organisation must be in the region's network, and the practitioner (if named) must work there. */
export async function checkMemberReferences(tx: Transaction, regionCode: string, input: { organizationId: string; practitionerId?: string }): Promise<Issue[]> {
  const issues: Issue[] = [];
  const member = await tx
    .select({ id: networkMembership.organizationId })
    .from(networkMembership)
    .where(and(eq(networkMembership.organizationId, input.organizationId), eq(networkMembership.regionCode, regionCode)));
  if (member.length === 0) issues.push({ path: "organizationId", key: "governance.validation.notInNetwork" });
  if (input.practitionerId) {
    const found = await tx
      .select({ id: practitioner.id })
      .from(practitioner)
      .where(and(inArray(practitioner.id, [input.practitionerId]), eq(practitioner.organizationId, input.organizationId)));
    if (found.length === 0) issues.push({ path: "practitionerId", key: "governance.validation.practitionerNotInOrganization" });
  }
  return issues;
}
