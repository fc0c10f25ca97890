import { describe, expect, it } from "vitest";
import type { CurrentUser, RoleGrant } from "../kit/permissions/roles";
import { canExportAuditTrail, canReadAuditTrail } from "./permissions";

const user = (...grants: (Partial<RoleGrant> & Pick<RoleGrant, "role">)[]): CurrentUser => ({
  id: "u",
  name: "U",
  email: "u@example.fi",
  grants: grants.map((g) => ({ regionCode: null, organizationId: null, practitionerId: null, ...g })),
});

const people = {
  practitioner: user({ role: "practitioner", practitionerId: "card" }),
  contactPerson: user({ role: "contact_person", organizationId: "org-a" }),
  coordinator: user({ role: "coordinator", regionCode: "maakunta_19" }),
  admin: user({ role: "admin" }),
  anonymous: null,
};

const allowed = (rule: (u: CurrentUser | null) => boolean) =>
  Object.entries(people)
    .filter(([, u]) => rule(u))
    .map(([k]) => k)
    .sort();

describe("audit trail permissions", () => {
  it("let coordinators and admins read the trail, nobody else", () => {
    expect(allowed(canReadAuditTrail)).toEqual(["admin", "coordinator"]);
  });

  it("let coordinators and admins export it as CSV, nobody else", () => {
    expect(allowed(canExportAuditTrail)).toEqual(["admin", "coordinator"]);
  });
});
