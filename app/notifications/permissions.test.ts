import { describe, expect, it } from "vitest";
import type { CurrentUser } from "../kit/permissions/roles";
import { canReadNotification } from "./permissions";
import { localizedLink, notificationText } from "./notification";
import { translator } from "../kit/i18n/catalogue";

const user = (id: string, role: "admin" | "practitioner" = "practitioner"): CurrentUser => ({
  id,
  name: id,
  email: `${id}@example.fi`,
  grants: [{ role, regionCode: null, organizationId: null, practitionerId: null }],
});

describe("notification permissions", () => {
  it("lets only the recipient read or mark a notification, not admins or the anonymous", () => {
    expect(canReadNotification(user("a"), { userId: "a" })).toBe(true);
    expect(canReadNotification(user("b"), { userId: "a" })).toBe(false);
    expect(canReadNotification(user("root", "admin"), { userId: "a" })).toBe(false);
    expect(canReadNotification(null, { userId: "a" })).toBe(false);
  });

  it("shows multilingual values in the reader's language and links only inside the site", () => {
    const values = { title: "Pöytäkirja", group: { fi: "Lapin ELO-ryhmä", sv: "Lapplands ELO-grupp" }, version: 2 };
    expect(notificationText(translator("sv"), "sv", "notifications.message.documentVersion", values)).toContain("Lapplands ELO-grupp");
    expect(notificationText(translator("en"), "en", "notifications.message.documentVersion", values)).toContain("Lapin ELO-ryhmä");
    expect(localizedLink("sv", "/work/agreement")).toBe("/sv/work/agreement");
    expect(localizedLink("fi", "//evil.example/x")).toBe(null);
    expect(localizedLink("fi", "https://evil.example/")).toBe(null);
    expect(localizedLink("fi", null)).toBe(null);
  });
});
