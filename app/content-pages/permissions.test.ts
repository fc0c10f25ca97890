import { describe, expect, it } from "vitest";
import { userWith } from "../../tests/support/fixtures";
import { canEditContentPage, canUseContentEditor } from "./permissions";

const national = { regionCode: null };
const kainuu = { regionCode: "maakunta_18" };

describe("content page permissions", () => {
  it("lets admins keep every page", () => {
    const admin = userWith({ role: "admin" });
    expect(canEditContentPage(admin, national)).toBe(true);
    expect(canEditContentPage(admin, kainuu)).toBe(true);
    expect(canUseContentEditor(admin)).toBe(true);
  });

  it("lets a coordinator keep their own region's pages but not national or other regions' pages", () => {
    const own = userWith({ role: "coordinator", regionCode: "maakunta_18" });
    const other = userWith({ role: "coordinator", regionCode: "maakunta_19" });
    expect(canEditContentPage(own, kainuu)).toBe(true);
    expect(canEditContentPage(own, national)).toBe(false);
    expect(canEditContentPage(other, kainuu)).toBe(false);
    expect(canUseContentEditor(own)).toBe(true);
  });

  it("refuses contact persons, practitioners and anonymous visitors", () => {
    const contact = userWith({ role: "contact_person", organizationId: "00000000-0000-4000-8000-000000000001" });
    const practitioner = userWith({ role: "practitioner", practitionerId: "00000000-0000-4000-8000-000000000002" });
    for (const user of [contact, practitioner, null]) {
      expect(canEditContentPage(user, national)).toBe(false);
      expect(canEditContentPage(user, kainuu)).toBe(false);
      expect(canUseContentEditor(user)).toBe(false);
    }
  });
});
