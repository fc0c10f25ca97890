import { describe, expect, it } from "vitest";
import type { CurrentUser, RoleGrant } from "../kit/permissions/roles";
import { canManageEvent, canOpenEventWork, canSeeEvent, type EventScope } from "./permissions";

const user = (...grants: (Partial<RoleGrant> & Pick<RoleGrant, "role">)[]): CurrentUser => ({
  id: "u",
  name: "U",
  email: "u@example.fi",
  grants: grants.map((g) => ({ regionCode: null, organizationId: null, practitionerId: null, ...g })),
});

const scope: EventScope = { regionCode: "maakunta_18", organizerId: "org-a" };

const people = {
  admin: user({ role: "admin" }),
  coordinator: user({ role: "coordinator", regionCode: "maakunta_18" }),
  otherCoordinator: user({ role: "coordinator", regionCode: "maakunta_19" }),
  organizerContact: user({ role: "contact_person", organizationId: "org-a" }),
  otherContact: user({ role: "contact_person", organizationId: "org-z" }),
  practitioner: user({ role: "practitioner", practitionerId: "card-at-a" }),
  noRole: user(),
  anonymous: null,
};

const who = (allowed: (u: CurrentUser | null) => boolean) =>
  Object.entries(people)
    .filter(([, u]) => allowed(u))
    .map(([name]) => name)
    .sort();

describe("event permissions, for every persona", () => {
  it("let admins, the region's coordinators and the organiser's contact persons run the event", () => {
    expect(who((u) => canManageEvent(u, scope))).toEqual(["admin", "coordinator", "organizerContact"]);
  });

  it("open the work pages to those who may run some event", () => {
    expect(who(canOpenEventWork)).toEqual(["admin", "coordinator", "organizerContact", "otherContact", "otherCoordinator"]);
  });

  it("show public events to everyone and network-only ones to signed-in members of the network", () => {
    expect(who((u) => canSeeEvent(u, { visibility: "public" }))).toEqual(Object.keys(people).sort());
    expect(who((u) => canSeeEvent(u, { visibility: "network" }))).toEqual(
      ["admin", "coordinator", "organizerContact", "otherContact", "otherCoordinator", "practitioner"].sort(),
    );
  });
});
