import { describe, expect, it } from "vitest";
import type { CurrentUser, RoleGrant } from "../kit/permissions/roles";
import { canAnswerRound, canEditPlans, canManageRounds, canReadPlans, canUpdateActionStatus, type RegionScope } from "./permissions";

const grant = (g: Partial<RoleGrant> & Pick<RoleGrant, "role">): RoleGrant => ({ regionCode: null, organizationId: null, practitionerId: null, ...g });
const userWith = (...grants: RoleGrant[]): CurrentUser => ({ id: "u", name: "U", email: "u@example.fi", grants });

const lappi: RegionScope = { regionCode: "maakunta_19", memberOrganizationIds: ["org-owner", "org-member"] };
const admin = userWith(grant({ role: "admin" }));
const coordinator = userWith(grant({ role: "coordinator", regionCode: "maakunta_19" }));
const ownerContact = userWith(grant({ role: "contact_person", organizationId: "org-owner" }));
const memberContact = userWith(grant({ role: "contact_person", organizationId: "org-member" }));
const otherRegionContact = userWith(grant({ role: "contact_person", organizationId: "org-kainuu" }));
const otherCoordinator = userWith(grant({ role: "coordinator", regionCode: "maakunta_18" }));
const practitioner = userWith(grant({ role: "practitioner", practitionerId: "card-1" }));

describe("planning permissions", () => {
  it("lets the region's coordinators and admins edit plans and run rounds, nobody else", () => {
    for (const [user, expected] of [
      [admin, true],
      [coordinator, true],
      [ownerContact, false],
      [otherCoordinator, false],
      [otherRegionContact, false],
      [practitioner, false],
      [null, false],
    ] as const) {
      expect(canEditPlans(user, "maakunta_19")).toBe(expected);
      expect(canManageRounds(user, "maakunta_19")).toBe(expected);
    }
  });

  it("lets coordinators and contact persons of member organisations read, not other regions, practitioners or anonymous", () => {
    expect(canReadPlans(coordinator, lappi)).toBe(true);
    expect(canReadPlans(ownerContact, lappi)).toBe(true);
    expect(canReadPlans(memberContact, lappi)).toBe(true);
    expect(canReadPlans(admin, lappi)).toBe(true);
    expect(canReadPlans(otherRegionContact, lappi)).toBe(false);
    expect(canReadPlans(otherCoordinator, lappi)).toBe(false);
    expect(canReadPlans(practitioner, lappi)).toBe(false);
    expect(canReadPlans(null, lappi)).toBe(false);
  });

  it("lets contact persons of an owner organisation update that action's status only", () => {
    expect(canUpdateActionStatus(ownerContact, lappi, ["org-owner"])).toBe(true);
    expect(canUpdateActionStatus(memberContact, lappi, ["org-owner"])).toBe(false);
    expect(canUpdateActionStatus(coordinator, lappi, ["org-owner"])).toBe(true);
    expect(canUpdateActionStatus(otherRegionContact, lappi, ["org-kainuu"])).toBe(false);
    expect(canUpdateActionStatus(otherCoordinator, lappi, ["org-owner"])).toBe(false);
    expect(canUpdateActionStatus(practitioner, lappi, ["org-owner"])).toBe(false);
    expect(canUpdateActionStatus(null, lappi, ["org-owner"])).toBe(false);
  });

  it("lets coordinators and member contact persons answer an open round, nobody a closed one", () => {
    expect(canAnswerRound(coordinator, lappi, "open")).toBe(true);
    expect(canAnswerRound(memberContact, lappi, "open")).toBe(true);
    expect(canAnswerRound(memberContact, lappi, "closed")).toBe(false);
    expect(canAnswerRound(coordinator, lappi, "closed")).toBe(false);
    expect(canAnswerRound(otherRegionContact, lappi, "open")).toBe(false);
    expect(canAnswerRound(otherCoordinator, lappi, "open")).toBe(false);
    expect(canAnswerRound(practitioner, lappi, "open")).toBe(false);
    expect(canAnswerRound(null, lappi, "open")).toBe(false);
    // An admin runs the system; they are not a member of the region's network.
    expect(canAnswerRound(admin, lappi, "open")).toBe(false);
  });
});
