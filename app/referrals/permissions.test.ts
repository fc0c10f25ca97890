import { describe, expect, it } from "vitest";
import { canAnswerReferral, canReferFrom, canSeeReferral, type ReferralScope } from "./permissions";

/** Each persona's organisations as workScopeOf reads them; coordinators and administrators work in none. */
const personas: Record<string, ReferralScope> = {
  admin: { organizationIds: [] },
  coordinator: { organizationIds: [] },
  contactPersonOfReferrer: { organizationIds: ["from"] },
  practitionerOfReferrer: { organizationIds: ["from"] },
  contactPersonOfReceiver: { organizationIds: ["to"] },
  practitionerOfReceiver: { organizationIds: ["to"] },
  practitionerOfThirdOrganisation: { organizationIds: ["third"] },
};
const parties = { fromOrganizationId: "from", toOrganizationId: "to" };
const matrix = (check: (scope: ReferralScope) => boolean) => Object.fromEntries(Object.entries(personas).map(([name, scope]) => [name, check(scope)]));

describe("referral permissions, per persona", () => {
  it("only the two organisations' people see a referral", () => {
    expect(matrix((s) => canSeeReferral(s, parties))).toEqual({
      admin: false,
      coordinator: false,
      contactPersonOfReferrer: true,
      practitionerOfReferrer: true,
      contactPersonOfReceiver: true,
      practitionerOfReceiver: true,
      practitionerOfThirdOrganisation: false,
    });
  });

  it("only the receiving organisation answers it", () => {
    expect(matrix((s) => canAnswerReferral(s, parties))).toEqual({
      admin: false,
      coordinator: false,
      contactPersonOfReferrer: false,
      practitionerOfReferrer: false,
      contactPersonOfReceiver: true,
      practitionerOfReceiver: true,
      practitionerOfThirdOrganisation: false,
    });
  });

  it("a referral is made from one's own organisation", () => {
    expect(matrix((s) => canReferFrom(s, "from"))).toEqual({
      admin: false,
      coordinator: false,
      contactPersonOfReferrer: true,
      practitionerOfReferrer: true,
      contactPersonOfReceiver: false,
      practitionerOfReceiver: false,
      practitionerOfThirdOrganisation: false,
    });
  });
});
