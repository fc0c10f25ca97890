import { describe, expect, it } from "vitest";
import type { CurrentUser, RoleGrant } from "../kit/permissions/roles";
import { canDeleteGroupDocument, canReadGroupDocuments, canUploadGroupDocument, isGroupMember, type DocumentGroupScope } from "./permissions";

const grant = (g: Partial<RoleGrant> & Pick<RoleGrant, "role">): RoleGrant => ({ regionCode: null, organizationId: null, practitionerId: null, ...g });
const userWith = (id: string, ...grants: RoleGrant[]): CurrentUser => ({ id, name: id, email: `${id}@example.fi`, grants });

const today = "2026-11-23";
const group: DocumentGroupScope = {
  regionCode: "maakunta_19",
  memberships: [
    { organizationId: "org-a", practitionerId: "chair", position: "chair", startsOn: "2026-01-01", endsOn: null },
    { organizationId: "org-a", practitionerId: "secretary", position: "secretary", startsOn: "2026-01-01", endsOn: null },
    { organizationId: "org-b", practitionerId: "member", position: "member", startsOn: "2026-01-01", endsOn: null },
    { organizationId: "org-old", practitionerId: "old-member", position: "member", startsOn: "2020-01-01", endsOn: "2025-12-31" },
    { organizationId: "org-next", practitionerId: "next-member", position: "member", startsOn: "2027-01-01", endsOn: null },
  ],
};
const as = (practitionerId: string) => userWith(practitionerId, grant({ role: "practitioner", practitionerId }));
const chair = as("chair");
const secretary = as("secretary");
const member = as("member");
const otherGroupsMember = as("elsewhere");
const contactOfMember = userWith("contact-b", grant({ role: "contact_person", organizationId: "org-b" }));
const contactOfOther = userWith("contact-x", grant({ role: "contact_person", organizationId: "org-x" }));
const lappiCoordinator = userWith("lappi", grant({ role: "coordinator", regionCode: "maakunta_19" }));
const kainuuCoordinator = userWith("kainuu", grant({ role: "coordinator", regionCode: "maakunta_18" }));
const admin = userWith("admin", grant({ role: "admin" }));

describe("group document permissions", () => {
  it("let current members, contact persons of member organisations, the region's coordinators and admins read", () => {
    for (const user of [chair, secretary, member, contactOfMember, lappiCoordinator, admin]) {
      expect(canReadGroupDocuments(user, group, today), user.id).toBe(true);
      expect(canUploadGroupDocument(user, group, today), user.id).toBe(true);
    }
  });

  it("refuse other groups' members, other organisations, past and future members, other regions' coordinators and the anonymous", () => {
    for (const user of [otherGroupsMember, contactOfOther, as("old-member"), as("next-member"), kainuuCoordinator, null]) {
      expect(canReadGroupDocuments(user, group, today), user?.id ?? "anonymous").toBe(false);
      expect(canUploadGroupDocument(user, group, today), user?.id ?? "anonymous").toBe(false);
    }
    expect(isGroupMember(member, group, "2025-12-31")).toBe(false);
    expect(isGroupMember(as("old-member"), group, "2025-12-31")).toBe(true);
  });

  it("let the uploader, the chair, the secretary and the region's coordinator delete; not other members", () => {
    const byMember = { createdByUserId: member.id };
    expect(canDeleteGroupDocument(member, group, byMember, today)).toBe(true);
    expect(canDeleteGroupDocument(chair, group, byMember, today)).toBe(true);
    expect(canDeleteGroupDocument(secretary, group, byMember, today)).toBe(true);
    expect(canDeleteGroupDocument(lappiCoordinator, group, byMember, today)).toBe(true);
    expect(canDeleteGroupDocument(admin, group, byMember, today)).toBe(true);
    expect(canDeleteGroupDocument(contactOfMember, group, byMember, today)).toBe(false);
    expect(canDeleteGroupDocument(otherGroupsMember, group, byMember, today)).toBe(false);
    expect(canDeleteGroupDocument(kainuuCoordinator, group, byMember, today)).toBe(false);
    expect(canDeleteGroupDocument(null, group, byMember, today)).toBe(false);
    // An uploader who has left the group no longer deletes; a document by the system has no uploader.
    expect(canDeleteGroupDocument(member, group, byMember, "2025-06-01")).toBe(false);
    expect(canDeleteGroupDocument(member, group, { createdByUserId: null }, today)).toBe(false);
  });
});
