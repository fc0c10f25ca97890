import { describe, expect, it } from "vitest";
import type { CurrentUser, RoleGrant } from "../kit/permissions/roles";
import { isCurrent, isMemberOf, isNamedIn, isOfficerOf, isOfficerPosition, speaksForMemberOrganisation, type Membership } from "./membership";

const user = (...grants: (Partial<RoleGrant> & Pick<RoleGrant, "role">)[]): CurrentUser => ({
  id: "u",
  name: "U",
  email: "u@example.fi",
  grants: grants.map((g) => ({ regionCode: null, organizationId: null, practitionerId: null, ...g })),
});
const card = (practitionerId: string) => user({ role: "practitioner", practitionerId });
const contact = (organizationId: string) => user({ role: "contact_person", organizationId });

const day = "2026-03-01";
const memberships: Membership[] = [
  { organizationId: "org-a", practitionerId: "chair", position: "chair", startsOn: "2025-01-01", endsOn: null },
  { organizationId: "org-a", practitionerId: "secretary", position: "secretary", startsOn: "2025-01-01", endsOn: "2026-03-01" },
  { organizationId: "org-b", practitionerId: "vice", position: "vice_chair", startsOn: "2025-01-01", endsOn: null },
  { organizationId: "org-c", practitionerId: null, position: "chair", startsOn: "2025-01-01", endsOn: null },
  { organizationId: "org-d", practitionerId: "former", position: "secretary", startsOn: "2020-01-01", endsOn: "2026-02-28" },
  { organizationId: "org-e", practitionerId: "next", position: "member", startsOn: "2026-03-02", endsOn: null },
];

describe("membership rules", () => {
  it("count a membership from its first to its last day, and an open end as current", () => {
    expect(isCurrent({ startsOn: day, endsOn: day }, day)).toBe(true);
    expect(isCurrent({ startsOn: "2026-03-02", endsOn: null }, day)).toBe(false);
    expect(isCurrent({ startsOn: "2020-01-01", endsOn: "2026-02-28" }, day)).toBe(false);
    expect(isCurrent({ startsOn: "2020-01-01", endsOn: null }, day)).toBe(true);
  });

  it("make the chair and the secretary officers, not the vice-chair, a member or a deputy", () => {
    expect(["chair", "vice_chair", "secretary", "member", "deputy"].filter(isOfficerPosition)).toEqual(["chair", "secretary"]);
  });

  it("name a person only through their own practitioner card", () => {
    expect(isNamedIn(card("chair"), memberships[0])).toBe(true);
    expect(isNamedIn(card("someone-else"), memberships[0])).toBe(false);
    expect(isNamedIn(contact("org-a"), memberships[0])).toBe(false);
    // A seat without a named person names nobody, not even a user without cards.
    expect(isNamedIn(user({ role: "admin" }), memberships[3])).toBe(false);
    expect(isNamedIn(null, memberships[3])).toBe(false);
  });

  it("make officers of the current chair and secretary only, never of a seat's contact person", () => {
    const officers = ["chair", "secretary", "vice", "former", "next"].filter((id) => isOfficerOf(card(id), memberships, day));
    expect(officers).toEqual(["chair", "secretary"]);
    expect(isOfficerOf(card("secretary"), memberships, "2026-03-02")).toBe(false);
    // org-c holds the chair without a named person: its contact person does not run the group.
    expect(isOfficerOf(contact("org-c"), memberships, day)).toBe(false);
    expect(isOfficerOf(null, memberships, day)).toBe(false);
  });

  it("make members of named people and of contact persons of current member organisations", () => {
    const people = { chair: card("chair"), vice: card("vice"), former: card("former"), next: card("next"), outsider: card("elsewhere") };
    expect(
      Object.entries(people)
        .filter(([, u]) => isMemberOf(u, memberships, day))
        .map(([k]) => k),
    ).toEqual(["chair", "vice"]);
    // A contact person answers for their organisation, whoever its seat names.
    expect(speaksForMemberOrganisation(contact("org-a"), memberships, day)).toBe(true);
    expect(isMemberOf(contact("org-a"), memberships, day)).toBe(true);
    expect(isMemberOf(contact("org-c"), memberships, day)).toBe(true);
    for (const organization of ["org-d", "org-e", "org-z"]) expect(isMemberOf(contact(organization), memberships, day), organization).toBe(false);
    expect(isMemberOf(null, memberships, day)).toBe(false);
    expect(isMemberOf(user({ role: "admin" }), memberships, day)).toBe(false);
  });
});
