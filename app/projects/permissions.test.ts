import { describe, expect, it } from "vitest";
import type { CurrentUser, RoleGrant } from "../kit/permissions/roles";
import { canCreateProject, canManageProject, canOpenProjects, mayPlaceInRegions, type ProjectScope } from "./permissions";

const user = (...grants: (Partial<RoleGrant> & Pick<RoleGrant, "role">)[]): CurrentUser => ({
  id: "u",
  name: "U",
  email: "u@example.fi",
  grants: grants.map((g) => ({ regionCode: null, organizationId: null, practitionerId: null, ...g })),
});

const project: ProjectScope = { regionCodes: ["maakunta_18"], organizationIds: ["org-a", "org-b"] };

const people = {
  admin: user({ role: "admin" }),
  coordinator: user({ role: "coordinator", regionCode: "maakunta_18" }),
  otherCoordinator: user({ role: "coordinator", regionCode: "maakunta_19" }),
  partnerContact: user({ role: "contact_person", organizationId: "org-a" }),
  otherContact: user({ role: "contact_person", organizationId: "org-z" }),
  practitioner: user({ role: "practitioner", practitionerId: "card-at-a" }),
  noRole: user(),
  anonymous: null,
};
const networkRegions: Record<string, string[]> = { partnerContact: ["maakunta_18"], otherContact: ["maakunta_19"] };

const who = (allowed: (name: string, u: CurrentUser | null) => boolean) =>
  Object.entries(people)
    .filter(([name, u]) => allowed(name, u))
    .map(([name]) => name)
    .sort();

describe("project card permissions, for every persona", () => {
  it("let admins, the region's coordinators and the partners' contact persons keep the card", () => {
    expect(who((_, u) => canManageProject(u, project))).toEqual(["admin", "coordinator", "partnerContact"]);
  });

  it("let the same people create it, only in regions they coordinate or their organisations' networks are in", () => {
    expect(who((name, u) => canCreateProject(u, project, networkRegions[name] ?? []))).toEqual(["admin", "coordinator", "partnerContact"]);
    const both = { ...project, regionCodes: ["maakunta_18", "maakunta_19"] };
    expect(who((name, u) => canCreateProject(u, both, networkRegions[name] ?? []))).toEqual(["admin"]);
    expect(mayPlaceInRegions(null, [], [])).toBe(false);
  });

  it("open the work list to admins, coordinators and contact persons only", () => {
    expect(who((_, u) => canOpenProjects(u))).toEqual(["admin", "coordinator", "otherContact", "otherCoordinator", "partnerContact"]);
  });
});
