import { eq } from "drizzle-orm";
import type { db, Transaction } from "../kit/db/db.server";
import type { LocalizedText } from "../kit/i18n/localized";
import type { Membership } from "./membership";
import { groupMembership, networkGroup } from "./schema.server";

/** A group with every membership it has had: what the membership rules (membership.ts) decide on. */
export interface GroupWithMemberships {
  id: string;
  regionCode: string;
  name: LocalizedText;
  parentId: string | null;
  memberships: Membership[];
}

/** The group with all its memberships, or null; meetings and documents decide their permissions on it. */
export async function loadGroupWithMemberships(executor: Transaction | ReturnType<typeof db>, groupId: string): Promise<GroupWithMemberships | null> {
  const [group] = await executor
    .select({ id: networkGroup.id, regionCode: networkGroup.regionCode, name: networkGroup.name, parentId: networkGroup.parentId })
    .from(networkGroup)
    .where(eq(networkGroup.id, groupId));
  if (!group) return null;
  const memberships = await executor
    .select({
      organizationId: groupMembership.organizationId,
      practitionerId: groupMembership.practitionerId,
      position: groupMembership.position,
      startsOn: groupMembership.startsOn,
      endsOn: groupMembership.endsOn,
    })
    .from(groupMembership)
    .where(eq(groupMembership.groupId, groupId));
  return { ...group, memberships };
}
