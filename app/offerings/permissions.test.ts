import { describe, expect, it } from "vitest";
import { userWith } from "../../tests/support/fixtures";
import { canManageOfferings } from "./permissions";

const org = { id: "00000000-0000-4000-8000-000000000001", regionCodes: ["maakunta_18"] };

describe("offering permissions", () => {
  it("lets admins, the organisation's contact persons and its region's coordinators keep offerings", () => {
    expect(canManageOfferings(userWith({ role: "admin" }), org)).toBe(true);
    expect(canManageOfferings(userWith({ role: "contact_person", organizationId: org.id }), org)).toBe(true);
    expect(canManageOfferings(userWith({ role: "coordinator", regionCode: "maakunta_18" }), org)).toBe(true);
  });

  it("refuses others", () => {
    expect(canManageOfferings(null, org)).toBe(false);
    expect(canManageOfferings(userWith({ role: "contact_person", organizationId: "00000000-0000-4000-8000-000000000002" }), org)).toBe(false);
    expect(canManageOfferings(userWith({ role: "coordinator", regionCode: "maakunta_19" }), org)).toBe(false);
    expect(canManageOfferings(userWith({ role: "practitioner", practitionerId: "00000000-0000-4000-8000-000000000003" }), org)).toBe(false);
  });
});
