import { describe, expect, it } from "vitest";
import type { CurrentUser, RoleGrant } from "../kit/permissions/roles";
import { canAskSwap, canManageRegionChat, canPlanShift, canReadChat, canTakeChat, plansShifts, type WorkScope } from "./permissions";

const user = (id: string, ...grants: Partial<RoleGrant>[]): CurrentUser => ({
  id,
  name: id,
  email: `${id}@example.fi`,
  grants: grants.map((g) => ({ role: "practitioner", regionCode: null, organizationId: null, practitionerId: null, ...g })),
});

/** Each persona with their work scope, and the regions they are on duty in now. */
const personas: Record<string, { user: CurrentUser; scope: WorkScope; duty: string[] }> = {
  admin: { user: user("admin", { role: "admin" }), scope: { organizationIds: [], regionCodes: [] }, duty: [] },
  coordinatorOfLapland: { user: user("coord", { role: "coordinator", regionCode: "lappi" }), scope: { organizationIds: [], regionCodes: ["lappi"] }, duty: [] },
  contactPersonOfOrg: {
    user: user("contact", { role: "contact_person", organizationId: "org" }),
    scope: { organizationIds: ["org"], regionCodes: ["lappi"] },
    duty: [],
  },
  practitionerOnDuty: {
    user: user("holder", { role: "practitioner", practitionerId: "p" }),
    scope: { organizationIds: ["org"], regionCodes: ["lappi"] },
    duty: ["lappi"],
  },
  colleagueOnDuty: {
    user: user("colleague", { role: "practitioner", practitionerId: "q" }),
    scope: { organizationIds: ["neighbour"], regionCodes: ["lappi"] },
    duty: ["lappi"],
  },
  practitionerOffDuty: {
    user: user("off", { role: "practitioner", practitionerId: "r" }),
    scope: { organizationIds: ["org"], regionCodes: ["lappi"] },
    duty: [],
  },
  practitionerInKainuu: {
    user: user("kainuu", { role: "practitioner", practitionerId: "k" }),
    scope: { organizationIds: ["k"], regionCodes: ["kainuu"] },
    duty: ["kainuu"],
  },
  signedInWithoutRole: { user: user("nobody"), scope: { organizationIds: [], regionCodes: [] }, duty: [] },
};

const matrix = (check: (p: (typeof personas)[string]) => boolean) => Object.fromEntries(Object.entries(personas).map(([name, p]) => [name, check(p)]));
const none = Object.fromEntries(Object.keys(personas).map((name) => [name, false]));

describe("chat duty permissions, per persona", () => {
  it("plan a shift of an organisation in Lapland: the region's coordinator, the organisation's contact person, administrators", () => {
    expect(matrix((p) => canPlanShift(p.user, p.scope, { regionCode: "lappi", organizationId: "org" }))).toEqual({
      ...none,
      admin: true,
      coordinatorOfLapland: true,
      contactPersonOfOrg: true,
    });
    expect(matrix((p) => canPlanShift(p.user, p.scope, { regionCode: "lappi", organizationId: "neighbour" }))).toEqual({
      ...none,
      admin: true,
      coordinatorOfLapland: true,
    });
  });

  it("see the roster page: planners only", () => {
    expect(matrix((p) => plansShifts(p.user))).toEqual({ ...none, admin: true, coordinatorOfLapland: true, contactPersonOfOrg: true });
  });

  it("set the region's chat and its canned answers: its coordinators and administrators", () => {
    expect(matrix((p) => canManageRegionChat(p.user, "lappi"))).toEqual({ ...none, admin: true, coordinatorOfLapland: true });
  });

  it("take a queued chat: whoever is on duty in its region now", () => {
    expect(matrix((p) => canTakeChat(p.duty, { regionCode: "lappi", assignedUserId: null, status: "queued" }))).toEqual({
      ...none,
      practitionerOnDuty: true,
      colleagueOnDuty: true,
    });
    expect(matrix((p) => canTakeChat(p.duty, { regionCode: "lappi", assignedUserId: "holder", status: "active" }))).toEqual(none);
  });

  it("read a transcript: only the person who holds the chat (their own, or one transferred to them)", () => {
    expect(matrix((p) => canReadChat(p.user, { regionCode: "lappi", assignedUserId: "holder" }))).toEqual({ ...none, practitionerOnDuty: true });
    expect(matrix((p) => canReadChat(p.user, { regionCode: "lappi", assignedUserId: "colleague" }))).toEqual({ ...none, colleagueOnDuty: true });
    expect(matrix((p) => canReadChat(p.user, { regionCode: "lappi", assignedUserId: null }))).toEqual(none);
  });

  it("ask to swap a shift: only the person on it", () => {
    expect(matrix((p) => canAskSwap(p.user, { userId: "holder" }))).toEqual({ ...none, practitionerOnDuty: true });
  });
});
