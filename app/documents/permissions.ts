import type { CurrentUser } from "../kit/permissions/roles";
import { canManageGroups, isMemberOf, isOfficerOf, type Membership } from "../governance/public";

/** A group with its memberships (all of them; only current ones count). */
export interface DocumentGroupScope {
  regionCode: string;
  memberships: Membership[];
}

/**
 * A member of the group today: the practitioner named in a current membership, or a contact person
 * of an organisation that is a current member (the organisation is the member; its contact person
 * answers for it). Past and future memberships give nothing.
 */
export function isGroupMember(user: CurrentUser | null, group: DocumentGroupScope, today: string): boolean {
  return isMemberOf(user, group.memberships, today);
}

/** The group's documents are for its current members and the region's coordinators (and admins) only. */
export function canReadGroupDocuments(user: CurrentUser | null, group: DocumentGroupScope, today: string): boolean {
  return canManageGroups(user, group.regionCode) || isGroupMember(user, group, today);
}

/** Whoever may read the documents may also add documents and new versions. */
export function canUploadGroupDocument(user: CurrentUser | null, group: DocumentGroupScope, today: string): boolean {
  return canReadGroupDocuments(user, group, today);
}

/** Deleting (hiding) a document: its uploader while still a reader, the group's chair or secretary, or a coordinator. */
export function canDeleteGroupDocument(
  user: CurrentUser | null,
  group: DocumentGroupScope,
  document: { createdByUserId: string | null },
  today: string,
): boolean {
  if (!user) return false;
  if (canManageGroups(user, group.regionCode) || isOfficerOf(user, group.memberships, today)) return true;
  return document.createdByUserId !== null && document.createdByUserId === user.id && canReadGroupDocuments(user, group, today);
}
