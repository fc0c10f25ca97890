import { describe, expect, it } from "vitest";
import type { CurrentUser, RoleGrant } from "../kit/permissions/roles";
import { canConfigureQueue, canHandleRequest, hasQueue, type WorkScope } from "./permissions";

const user = (...grants: Partial<RoleGrant>[]): CurrentUser => ({
  id: "u",
  name: "U",
  email: "u@example.fi",
  grants: grants.map((g) => ({ role: "practitioner", regionCode: null, organizationId: null, practitionerId: null, ...g })),
});

/** Each persona's work scope as workScopeOf reads it from their grants and the organisations' networks. */
const personas: Record<string, { user: CurrentUser; scope: WorkScope }> = {
  admin: { user: user({ role: "admin" }), scope: { organizationIds: [], regionCodes: [] } },
  coordinatorOfLapland: { user: user({ role: "coordinator", regionCode: "lappi" }), scope: { organizationIds: [], regionCodes: ["lappi"] } },
  coordinatorOfKainuu: { user: user({ role: "coordinator", regionCode: "kainuu" }), scope: { organizationIds: [], regionCodes: ["kainuu"] } },
  contactPersonOfOrg: { user: user({ role: "contact_person", organizationId: "org" }), scope: { organizationIds: ["org"], regionCodes: ["lappi"] } },
  practitionerOfOrg: { user: user({ role: "practitioner", practitionerId: "p" }), scope: { organizationIds: ["org"], regionCodes: ["lappi"] } },
  practitionerOfNeighbour: { user: user({ role: "practitioner", practitionerId: "q" }), scope: { organizationIds: ["neighbour"], regionCodes: ["lappi"] } },
  contactPersonInKainuu: { user: user({ role: "contact_person", organizationId: "k" }), scope: { organizationIds: ["k"], regionCodes: ["kainuu"] } },
  signedInWithoutRole: { user: user(), scope: { organizationIds: [], regionCodes: [] } },
};

describe("contact request permissions, per persona", () => {
  const matrix = (check: (p: (typeof personas)[string]) => boolean) => Object.fromEntries(Object.entries(personas).map(([name, p]) => [name, check(p)]));

  it("handle the organisation's own queue: its contact persons and practitioners", () => {
    expect(matrix((p) => canHandleRequest(p.scope, { organizationId: "org", regionCode: null }))).toEqual({
      admin: false,
      coordinatorOfLapland: false,
      coordinatorOfKainuu: false,
      contactPersonOfOrg: true,
      practitionerOfOrg: true,
      practitionerOfNeighbour: false,
      contactPersonInKainuu: false,
      signedInWithoutRole: false,
    });
  });

  it("handle a region's shared queue: the people of its member organisations and its coordinators", () => {
    expect(matrix((p) => canHandleRequest(p.scope, { organizationId: "org", regionCode: "lappi" }))).toEqual({
      admin: false,
      coordinatorOfLapland: true,
      coordinatorOfKainuu: false,
      contactPersonOfOrg: true,
      practitionerOfOrg: true,
      practitionerOfNeighbour: true,
      contactPersonInKainuu: false,
      signedInWithoutRole: false,
    });
  });

  it("configure the region's queue: its coordinators and administrators", () => {
    expect(matrix((p) => canConfigureQueue(p.user, "lappi"))).toEqual({
      admin: true,
      coordinatorOfLapland: true,
      coordinatorOfKainuu: false,
      contactPersonOfOrg: false,
      practitionerOfOrg: false,
      practitionerOfNeighbour: false,
      contactPersonInKainuu: false,
      signedInWithoutRole: false,
    });
    expect(hasQueue(personas.signedInWithoutRole.scope)).toBe(false);
    expect(hasQueue(personas.practitionerOfOrg.scope)).toBe(true);
  });
});
