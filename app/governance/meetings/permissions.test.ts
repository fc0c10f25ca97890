import { describe, expect, it } from "vitest";
import type { CurrentUser, RoleGrant } from "../../kit/permissions/roles";
import { canProposeAgendaItem, canReadMeetings, canRunMeetings, type MeetingGroupScope } from "./permissions";
import { quorum } from "./quorum";

const user = (...grants: (Partial<RoleGrant> & Pick<RoleGrant, "role">)[]): CurrentUser => ({
  id: "u",
  name: "U",
  email: "u@example.fi",
  grants: grants.map((g) => ({ regionCode: null, organizationId: null, practitionerId: null, ...g })),
});

const today = "2026-03-01";
const group: MeetingGroupScope = {
  regionCode: "maakunta_19",
  memberships: [
    { organizationId: "org-a", practitionerId: "chair-card", position: "chair", startsOn: "2025-01-01", endsOn: null },
    { organizationId: "org-a", practitionerId: "secretary-card", position: "secretary", startsOn: "2025-01-01", endsOn: null },
    { organizationId: "org-b", practitionerId: "member-card", position: "member", startsOn: "2025-01-01", endsOn: null },
    { organizationId: "org-c", practitionerId: null, position: "deputy", startsOn: "2025-01-01", endsOn: null },
    { organizationId: "org-d", practitionerId: "former-chair", position: "chair", startsOn: "2020-01-01", endsOn: "2024-12-31" },
  ],
};
const subGroup: MeetingGroupScope = {
  regionCode: "maakunta_19",
  memberships: [{ organizationId: "org-e", practitionerId: "sub-secretary", position: "secretary", startsOn: "2025-01-01", endsOn: null }],
};

const people = {
  chair: user({ role: "practitioner", practitionerId: "chair-card" }),
  secretary: user({ role: "practitioner", practitionerId: "secretary-card" }),
  member: user({ role: "practitioner", practitionerId: "member-card" }),
  memberContact: user({ role: "contact_person", organizationId: "org-c" }),
  otherOrganisationsMember: user({ role: "practitioner", practitionerId: "someone-at-org-z" }),
  otherContact: user({ role: "contact_person", organizationId: "org-z" }),
  formerChair: user({ role: "practitioner", practitionerId: "former-chair" }),
  coordinator: user({ role: "coordinator", regionCode: "maakunta_19" }),
  otherCoordinator: user({ role: "coordinator", regionCode: "maakunta_18" }),
  admin: user({ role: "admin" }),
  subSecretary: user({ role: "practitioner", practitionerId: "sub-secretary" }),
  anonymous: null,
};

describe("meeting permissions", () => {
  it("let the region's coordinators, admins and the current chair and secretary run the meetings, nobody else", () => {
    const runs = Object.entries(people)
      .filter(([, u]) => canRunMeetings(u, group, today))
      .map(([k]) => k);
    expect(runs.sort()).toEqual(["admin", "chair", "coordinator", "secretary"]);
  });

  it("let the group's current members read, and keep everyone else out", () => {
    const reads = Object.entries(people)
      .filter(([, u]) => canReadMeetings(u, group, today))
      .map(([k]) => k);
    expect(reads.sort()).toEqual(["admin", "chair", "coordinator", "member", "memberContact", "secretary"]);
  });

  it("let members propose until the deadline and the officers at any time", () => {
    expect(canProposeAgendaItem(people.member, group, today, true)).toBe(true);
    expect(canProposeAgendaItem(people.member, group, today, false)).toBe(false);
    expect(canProposeAgendaItem(people.memberContact, group, today, true)).toBe(true);
    expect(canProposeAgendaItem(people.secretary, group, today, false)).toBe(true);
    expect(canProposeAgendaItem(people.coordinator, group, today, false)).toBe(true);
    for (const outsider of [people.otherOrganisationsMember, people.otherContact, people.formerChair, people.otherCoordinator, people.anonymous])
      expect(canProposeAgendaItem(outsider, group, today, true)).toBe(false);
  });

  it("let a sub-group's chair or secretary propose on the sub-group's behalf until the deadline, and not its members of the parent", () => {
    expect(canProposeAgendaItem(people.subSecretary, group, today, true, subGroup)).toBe(true);
    expect(canProposeAgendaItem(people.subSecretary, group, today, false, subGroup)).toBe(false);
    expect(canProposeAgendaItem(people.subSecretary, group, today, true)).toBe(false);
    expect(canProposeAgendaItem(people.member, group, today, true, subGroup)).toBe(false);
  });
});

describe("quorum", () => {
  const memberships = [
    { id: "1", organizationId: "a", startsOn: "2025-01-01", endsOn: null },
    { id: "2", organizationId: "a", startsOn: "2025-01-01", endsOn: null },
    { id: "3", organizationId: "b", startsOn: "2025-01-01", endsOn: null },
    { id: "4", organizationId: "c", startsOn: "2025-01-01", endsOn: null },
    { id: "5", organizationId: "d", startsOn: "2025-01-01", endsOn: null },
    { id: "6", organizationId: "e", startsOn: "2020-01-01", endsOn: "2024-12-31" },
  ];
  it("needs more than half of the member organisations represented on the day", () => {
    // Four organisations on the day (e has left): three are needed.
    expect(quorum(memberships, ["1", "2", "3"], "2026-01-01")).toEqual({ organizations: 4, represented: 2, needed: 3, reached: false });
    expect(quorum(memberships, ["2", "3", "5"], "2026-01-01")).toMatchObject({ represented: 3, reached: true });
    // Exactly half is not enough.
    expect(quorum(memberships, ["1", "4"], "2026-01-01").reached).toBe(false);
    expect(quorum([], [], "2026-01-01").reached).toBe(false);
  });
});
