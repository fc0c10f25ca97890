import { describe, expect, it } from "vitest";
import type { CurrentUser, RoleGrant } from "~/kit/permissions/roles";
import { canReadOutbox } from "./permissions";

const userWith = (grant: Partial<RoleGrant> & Pick<RoleGrant, "role">): CurrentUser => ({
  id: "u",
  name: "U",
  email: "u@example.fi",
  grants: [{ regionCode: null, organizationId: null, practitionerId: null, ...grant }],
});

describe("the outbox", () => {
  it("is read by admins only: it holds every invitation link", () => {
    expect(canReadOutbox(userWith({ role: "admin" }))).toBe(true);
    expect(canReadOutbox(userWith({ role: "coordinator", regionCode: "maakunta_19" }))).toBe(false);
    expect(canReadOutbox(userWith({ role: "contact_person", organizationId: "org" }))).toBe(false);
    expect(canReadOutbox(userWith({ role: "practitioner", practitionerId: "p" }))).toBe(false);
    expect(canReadOutbox(null)).toBe(false);
  });
});
