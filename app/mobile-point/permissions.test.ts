import { describe, expect, it } from "vitest";
import type { CurrentUser, RoleGrant } from "../kit/permissions/roles";
import { canCreateMobilePoint, canManageMobilePoint, canOpenMobilePoints, canRecordVisitLog, mayPlaceInRegions, type MobilePointScope } from "./permissions";

const user = (...grants: (Partial<RoleGrant> & Pick<RoleGrant, "role">)[]): CurrentUser => ({
  id: "u",
  name: "U",
  email: "u@example.fi",
  grants: grants.map((g) => ({ regionCode: null, organizationId: null, practitionerId: null, ...g })),
});

const point: MobilePointScope = { regionCodes: ["maakunta_18"], organizationIds: ["org-a", "org-b"] };

const people = {
  admin: user({ role: "admin" }),
  coordinator: user({ role: "coordinator", regionCode: "maakunta_18" }),
  otherCoordinator: user({ role: "coordinator", regionCode: "maakunta_19" }),
  staffContact: user({ role: "contact_person", organizationId: "org-a" }),
  otherContact: user({ role: "contact_person", organizationId: "org-z" }),
  staffPractitioner: user({ role: "practitioner", practitionerId: "card-at-a" }),
  otherPractitioner: user({ role: "practitioner", practitionerId: "card-at-z" }),
  noRole: user(),
  anonymous: null,
};
/** The organisations of each person's practitioner cards, and the networks of their own organisations. */
const cardOrganizations: Record<string, string[]> = { staffPractitioner: ["org-a"], otherPractitioner: ["org-z"] };
const networkRegions: Record<string, string[]> = { staffContact: ["maakunta_18"], otherContact: ["maakunta_19"] };

const who = (allowed: (name: string, u: CurrentUser | null) => boolean) =>
  Object.entries(people)
    .filter(([name, u]) => allowed(name, u))
    .map(([name]) => name)
    .sort();

describe("mobile point permissions, for every persona", () => {
  it("let admins, the region's coordinators and the staff organisations' contact persons keep the point", () => {
    expect(who((_, u) => canManageMobilePoint(u, point))).toEqual(["admin", "coordinator", "staffContact"]);
  });

  it("let the same people create it, in regions they coordinate or their organisations' networks are in", () => {
    expect(who((name, u) => canCreateMobilePoint(u, point, networkRegions[name] ?? []))).toEqual(["admin", "coordinator", "staffContact"]);
    // A Kainuu coordinator may not put a point in Lapland too, nor may Kainuu's contact person.
    const both = { ...point, regionCodes: ["maakunta_18", "maakunta_19"] };
    expect(who((name, u) => canCreateMobilePoint(u, both, networkRegions[name] ?? []))).toEqual(["admin"]);
    expect(mayPlaceInRegions(people.otherContact, ["maakunta_19"], networkRegions.otherContact)).toBe(true);
    expect(mayPlaceInRegions(null, [], [])).toBe(false);
  });

  it("let the staff organisations' practitioners record visit logs besides those who keep the point", () => {
    expect(who((name, u) => canRecordVisitLog(u, point, cardOrganizations[name] ?? []))).toEqual(["admin", "coordinator", "staffContact", "staffPractitioner"]);
  });

  it("open the work page to anyone with a role; the public timetable needs none", () => {
    expect(who((_, u) => canOpenMobilePoints(u))).toEqual(
      ["admin", "coordinator", "otherContact", "otherCoordinator", "otherPractitioner", "staffContact", "staffPractitioner"].sort(),
    );
  });
});
