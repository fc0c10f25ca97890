import { describe, expect, it } from "vitest";
import { canInvite, invitableRoles, type InvitationTarget } from "./permissions";
import type { CurrentUser, RoleGrant } from "../kit/permissions/roles";

const userWith = (...grants: (Partial<RoleGrant> & Pick<RoleGrant, "role">)[]): CurrentUser => ({
  id: "u",
  name: "U",
  email: "u@example.fi",
  grants: grants.map((g) => ({ regionCode: null, organizationId: null, practitionerId: null, ...g })),
});

const lappiOrg = { id: "org-lappi", regionCodes: ["maakunta_19"] };
const kainuuOrg = { id: "org-kainuu", regionCodes: ["maakunta_18"] };
const targets: Record<string, InvitationTarget> = {
  admin: { role: "admin" },
  lappiCoordinator: { role: "coordinator", regionCode: "maakunta_19" },
  kainuuCoordinator: { role: "coordinator", regionCode: "maakunta_18" },
  lappiContact: { role: "contact_person", organization: lappiOrg },
  kainuuContact: { role: "contact_person", organization: kainuuOrg },
  lappiPractitioner: { role: "practitioner", organization: lappiOrg },
  kainuuPractitioner: { role: "practitioner", organization: kainuuOrg },
};

const allowed = (user: CurrentUser | null) =>
  Object.entries(targets)
    .filter(([, target]) => canInvite(user, target))
    .map(([name]) => name);

describe("invitation permissions", () => {
  it("let each role hand out only what lies within their own scope", () => {
    expect(allowed(userWith({ role: "admin" }))).toEqual(Object.keys(targets));
    expect(allowed(userWith({ role: "coordinator", regionCode: "maakunta_19" }))).toEqual(["lappiCoordinator", "lappiContact", "lappiPractitioner"]);
    expect(allowed(userWith({ role: "contact_person", organizationId: "org-lappi" }))).toEqual(["lappiPractitioner"]);
    expect(allowed(userWith({ role: "contact_person", organizationId: "org-other" }))).toEqual([]);
    expect(allowed(userWith({ role: "practitioner", practitionerId: "p1" }))).toEqual([]);
    expect(allowed(null)).toEqual([]);
  });

  it("offer the roles a user may hand out", () => {
    expect(invitableRoles(userWith({ role: "admin" }))).toEqual(["admin", "coordinator", "contact_person", "practitioner"]);
    expect(invitableRoles(userWith({ role: "coordinator", regionCode: "maakunta_19" }))).toEqual(["coordinator", "contact_person", "practitioner"]);
    expect(invitableRoles(userWith({ role: "contact_person", organizationId: "org-lappi" }))).toEqual(["practitioner"]);
    expect(invitableRoles(userWith({ role: "practitioner", practitionerId: "p1" }))).toEqual([]);
    expect(invitableRoles(null)).toEqual([]);
  });
});
