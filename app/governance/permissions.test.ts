import { describe, expect, it } from "vitest";
import type { CurrentUser, RoleGrant } from "../kit/permissions/roles";
import { expiryState, isCurrent, periodsOverlap } from "./inputs";
import { acceptanceCapacity, canEditGroupMembers, canManageGroups, canPublishAgreement, canSeeAgreementOverview, type GroupScope } from "./permissions";

const grant = (g: Partial<RoleGrant> & Pick<RoleGrant, "role">): RoleGrant => ({ regionCode: null, organizationId: null, practitionerId: null, ...g });
const userWith = (...grants: RoleGrant[]): CurrentUser => ({ id: "u", name: "U", email: "u@example.fi", grants });

const today = "2026-11-23";
const group: GroupScope = {
  regionCode: "maakunta_19",
  memberships: [
    { practitionerId: "chair", position: "chair", startsOn: "2026-01-01", endsOn: null },
    { practitionerId: "secretary", position: "secretary", startsOn: "2026-01-01", endsOn: "2026-12-31" },
    { practitionerId: "member", position: "member", startsOn: "2026-01-01", endsOn: null },
    { practitionerId: "old-chair", position: "chair", startsOn: "2024-01-01", endsOn: "2025-12-31" },
    { practitionerId: "next-secretary", position: "secretary", startsOn: "2027-01-01", endsOn: null },
  ],
};
const as = (practitionerId: string) => userWith(grant({ role: "practitioner", practitionerId }));
const admin = userWith(grant({ role: "admin" }));
const lappiCoordinator = userWith(grant({ role: "coordinator", regionCode: "maakunta_19" }));
const kainuuCoordinator = userWith(grant({ role: "coordinator", regionCode: "maakunta_18" }));
const contact = userWith(grant({ role: "contact_person", organizationId: "org-1" }));

describe("governance permissions", () => {
  it("lets admins and the region's coordinators manage groups, nobody else", () => {
    expect(canManageGroups(admin, "maakunta_19")).toBe(true);
    expect(canManageGroups(lappiCoordinator, "maakunta_19")).toBe(true);
    expect(canManageGroups(kainuuCoordinator, "maakunta_19")).toBe(false);
    expect(canManageGroups(contact, "maakunta_19")).toBe(false);
    expect(canManageGroups(as("chair"), "maakunta_19")).toBe(false);
    expect(canManageGroups(null, "maakunta_19")).toBe(false);
  });

  it("lets the current chair and secretary edit members, not members, past or future officers", () => {
    expect(canEditGroupMembers(as("chair"), group, today)).toBe(true);
    expect(canEditGroupMembers(as("secretary"), group, today)).toBe(true);
    expect(canEditGroupMembers(as("member"), group, today)).toBe(false);
    expect(canEditGroupMembers(as("old-chair"), group, today)).toBe(false);
    expect(canEditGroupMembers(as("next-secretary"), group, today)).toBe(false);
    expect(canEditGroupMembers(as("secretary"), group, "2027-01-01")).toBe(false);
    expect(canEditGroupMembers(lappiCoordinator, group, today)).toBe(true);
    expect(canEditGroupMembers(kainuuCoordinator, group, today)).toBe(false);
    expect(canEditGroupMembers(contact, group, today)).toBe(false);
    expect(canEditGroupMembers(null, group, today)).toBe(false);
  });

  it("lets contact persons accept for their organisation and coordinators on its behalf", () => {
    expect(acceptanceCapacity(contact, "org-1", "maakunta_19")).toBe("contact");
    expect(acceptanceCapacity(contact, "org-2", "maakunta_19")).toBe(null);
    expect(acceptanceCapacity(lappiCoordinator, "org-2", "maakunta_19")).toBe("onBehalf");
    expect(acceptanceCapacity(kainuuCoordinator, "org-2", "maakunta_19")).toBe(null);
    expect(acceptanceCapacity(as("chair"), "org-1", "maakunta_19")).toBe(null);
    expect(acceptanceCapacity(null, "org-1", "maakunta_19")).toBe(null);
    expect(canPublishAgreement(lappiCoordinator, "maakunta_19")).toBe(true);
    expect(canPublishAgreement(kainuuCoordinator, "maakunta_19")).toBe(false);
    expect(canPublishAgreement(contact, "maakunta_19")).toBe(false);
    expect(canSeeAgreementOverview(admin, "maakunta_19")).toBe(true);
    expect(canSeeAgreementOverview(contact, "maakunta_19")).toBe(false);
  });

  it("knows current periods, overlaps and the expiry state", () => {
    expect(isCurrent({ startsOn: "2026-11-23", endsOn: "2026-11-23" }, today)).toBe(true);
    expect(isCurrent({ startsOn: "2026-11-24", endsOn: null }, today)).toBe(false);
    expect(periodsOverlap({ startsOn: "2026-01-01", endsOn: "2026-06-30" }, { startsOn: "2026-07-01" })).toBe(false);
    expect(periodsOverlap({ startsOn: "2026-01-01", endsOn: null }, { startsOn: "2030-07-01", endsOn: null })).toBe(true);
    expect(expiryState(null, today)).toBe("none");
    expect(expiryState("2026-11-22", today)).toBe("expired");
    expect(expiryState("2026-11-23", today)).toBe("expiresSoon");
    expect(expiryState("2027-01-22", today)).toBe("expiresSoon");
    expect(expiryState("2027-01-23", today)).toBe("valid");
  });
});
