import { describe, expect, it } from "vitest";
import type { CurrentUser, Role } from "../kit/permissions/roles";
import { twoFactorRedirect } from "./two-factor-rules";

const userWith = (role: Role): CurrentUser => ({
  id: "u1",
  name: "Testi",
  email: "testi@example.fi",
  grants: [{ role, regionCode: role === "coordinator" ? "maakunta_18" : null, organizationId: null, practitionerId: null }],
});

describe("two-factor requirement", () => {
  it("sends an admin or coordinator without it from the work pages to the account page", () => {
    for (const role of ["admin", "coordinator"] as const) {
      expect(twoFactorRedirect(userWith(role), false, "/fi/work", true)).toBe("/fi/work/account?enrol=1#two-factor");
      expect(twoFactorRedirect(userWith(role), false, "/sv/work/invitations", true)).toBe("/sv/work/account?enrol=1#two-factor");
    }
  });

  it("leaves the account page, public pages and sign-out open", () => {
    for (const path of ["/fi/work/account", "/fi", "/fi/sign-out", "/fi/workshop", "/api/auth/sign-out"]) {
      expect(twoFactorRedirect(userWith("admin"), false, path, true), path).toBeNull();
    }
  });

  it("does not apply once set up, to other roles, or with the setting off", () => {
    expect(twoFactorRedirect(userWith("admin"), true, "/fi/work", true)).toBeNull();
    expect(twoFactorRedirect(userWith("practitioner"), false, "/fi/work", true)).toBeNull();
    expect(twoFactorRedirect(userWith("contact_person"), false, "/fi/work", true)).toBeNull();
    expect(twoFactorRedirect(userWith("coordinator"), false, "/fi/work", false)).toBeNull();
  });
});
