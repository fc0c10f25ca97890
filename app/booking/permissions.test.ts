import { describe, expect, it } from "vitest";
import type { CurrentUser, RoleGrant } from "../kit/permissions/roles";
import { canBlockTime, canHandleBooking, canPublishBookable, canSetMeetingLink, canUseBookings } from "./permissions";

const user = (...grants: (Partial<RoleGrant> & Pick<RoleGrant, "role">)[]): CurrentUser => ({
  id: "u",
  name: "U",
  email: "u@example.fi",
  grants: grants.map((g) => ({ regionCode: null, organizationId: null, practitionerId: null, ...g })),
});

const people = {
  admin: user({ role: "admin" }),
  coordinator: user({ role: "coordinator", regionCode: "maakunta_19" }),
  contact: user({ role: "contact_person", organizationId: "org-a" }),
  otherContact: user({ role: "contact_person", organizationId: "org-z" }),
  practitioner: user({ role: "practitioner", practitionerId: "card-1" }),
  colleague: user({ role: "practitioner", practitionerId: "card-2" }),
  anonymous: null,
};
const who = (allowed: (u: CurrentUser | null) => boolean) =>
  Object.entries(people)
    .filter(([, u]) => allowed(u))
    .map(([k]) => k)
    .sort();

describe("booking permissions, per role", () => {
  it("let a practitioner publish their own service, and the contact person and admins any of the organisation's", () => {
    const own = { organizationId: "org-a", scope: "practitioner", practitionerIds: ["card-1"] };
    expect(who((u) => canPublishBookable(u, own))).toEqual(["admin", "contact", "practitioner"]);
    const shared = { organizationId: "org-a", scope: "organization", practitionerIds: ["card-1", "card-2"] };
    expect(who((u) => canPublishBookable(u, shared))).toEqual(["admin", "contact"]);
  });

  it("let only the booking's practitioner, the organisation's contact person and admins handle a booking", () => {
    expect(who((u) => canHandleBooking(u, { practitionerId: "card-1", organizationId: "org-a" }))).toEqual(["admin", "contact", "practitioner"]);
    // A group seat has no practitioner of its own.
    expect(who((u) => canHandleBooking(u, { practitionerId: null, organizationId: "org-a" }))).toEqual(["admin", "contact"]);
  });

  it("let time be blocked by its practitioner, their contact person or admins", () => {
    expect(who((u) => canBlockTime(u, { id: "card-2", organizationId: "org-a" }))).toEqual(["admin", "colleague", "contact"]);
  });

  it("let the organisation's contact person and admins set its meeting link", () => {
    expect(who((u) => canSetMeetingLink(u, "org-a"))).toEqual(["admin", "contact"]);
  });

  it("open the bookings page to those who have or handle bookings, not to coordinators or the public", () => {
    expect(who(canUseBookings)).toEqual(["admin", "colleague", "contact", "otherContact", "practitioner"]);
  });
});
