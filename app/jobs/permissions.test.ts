import { describe, expect, it } from "vitest";
import type { CurrentUser, RoleGrant } from "../kit/permissions/roles";
import { canReadJobs, canRetryJobs } from "./permissions";

const user = (...grants: (Partial<RoleGrant> & Pick<RoleGrant, "role">)[]): CurrentUser => ({
  id: "u",
  name: "U",
  email: "u@example.fi",
  grants: grants.map((g) => ({ regionCode: null, organizationId: null, practitionerId: null, ...g })),
});

const people = {
  admin: user({ role: "admin" }),
  coordinator: user({ role: "coordinator", regionCode: "maakunta_19" }),
  coordinatorOfTwo: user({ role: "coordinator", regionCode: "maakunta_19" }, { role: "coordinator", regionCode: "maakunta_18" }),
  contactPerson: user({ role: "contact_person", organizationId: "org" }),
  practitioner: user({ role: "practitioner", practitionerId: "card" }),
  noGrants: user(),
  anonymous: null,
};

const allowed = (can: (u: CurrentUser | null) => boolean) =>
  Object.entries(people)
    .filter(([, u]) => can(u))
    .map(([name]) => name);

describe("job permissions", () => {
  it("let admins, and nobody else, see the job queue", () => {
    expect(allowed(canReadJobs)).toEqual(["admin"]);
  });

  it("let admins, and nobody else, retry a job", () => {
    expect(allowed(canRetryJobs)).toEqual(["admin"]);
  });
});
