import { describe, expect, it } from "vitest";
import type { CurrentUser, RoleGrant } from "../kit/permissions/roles";
import { canCreateOrganization, canEditPractitioner, canManageMemberships, canManageOrganization, canSeeImportRun } from "./permissions";

const grant = (g: Partial<RoleGrant> & Pick<RoleGrant, "role">): RoleGrant => ({
  regionCode: null,
  organizationId: null,
  practitionerId: null,
  ...g,
});
const userWith = (...grants: RoleGrant[]): CurrentUser => ({ id: "u", name: "U", email: "u@example.fi", grants });

const lappiOrg = { id: "org-lappi", regionCodes: ["maakunta_19"] };
const admin = userWith(grant({ role: "admin" }));
const lappiCoordinator = userWith(grant({ role: "coordinator", regionCode: "maakunta_19" }));
const kainuuCoordinator = userWith(grant({ role: "coordinator", regionCode: "maakunta_18" }));
const contact = userWith(grant({ role: "contact_person", organizationId: "org-lappi" }));
const otherContact = userWith(grant({ role: "contact_person", organizationId: "org-other" }));
const practitioner = userWith(grant({ role: "practitioner", practitionerId: "p1" }));

describe("network map permissions", () => {
  it("lets admins and the region's coordinators add organisations and manage memberships", () => {
    expect(canCreateOrganization(admin, "maakunta_19")).toBe(true);
    expect(canCreateOrganization(lappiCoordinator, "maakunta_19")).toBe(true);
    expect(canCreateOrganization(kainuuCoordinator, "maakunta_19")).toBe(false);
    expect(canCreateOrganization(contact, "maakunta_19")).toBe(false);
    expect(canCreateOrganization(null, "maakunta_19")).toBe(false);
    expect(canManageMemberships(lappiCoordinator, "maakunta_19")).toBe(true);
    expect(canManageMemberships(practitioner, "maakunta_19")).toBe(false);
  });

  it("lets contact persons manage their own organisation only", () => {
    expect(canManageOrganization(contact, lappiOrg)).toBe(true);
    expect(canManageOrganization(otherContact, lappiOrg)).toBe(false);
    expect(canManageOrganization(lappiCoordinator, lappiOrg)).toBe(true);
    expect(canManageOrganization(kainuuCoordinator, lappiOrg)).toBe(false);
    expect(canManageOrganization(practitioner, lappiOrg)).toBe(false);
    expect(canManageOrganization(null, lappiOrg)).toBe(false);
  });

  it("lets practitioners edit their own card and nobody else's", () => {
    expect(canEditPractitioner(practitioner, { id: "p1", organization: lappiOrg })).toBe(true);
    expect(canEditPractitioner(practitioner, { id: "p2", organization: lappiOrg })).toBe(false);
    expect(canEditPractitioner(contact, { id: "p2", organization: lappiOrg })).toBe(true);
    expect(canEditPractitioner(otherContact, { id: "p2", organization: lappiOrg })).toBe(false);
  });

  it("shows an import run to its starter and admins only", () => {
    const run = { startedBy: "starter" };
    expect(canSeeImportRun({ ...contact, id: "starter" }, run)).toBe(true);
    expect(canSeeImportRun(admin, run)).toBe(true);
    expect(canSeeImportRun(contact, run)).toBe(false);
    expect(canSeeImportRun(lappiCoordinator, run)).toBe(false);
    expect(canSeeImportRun(null, run)).toBe(false);
  });
});
