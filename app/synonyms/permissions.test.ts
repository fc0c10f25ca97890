import { describe, expect, it } from "vitest";
import { userWith } from "../../tests/support/fixtures";
import { canManageSynonyms } from "./permissions";

describe("who keeps the search synonyms", () => {
  it("lets admins and nobody else: not coordinators, contact persons, practitioners or visitors", () => {
    const personas = {
      admin: userWith({ role: "admin" }),
      coordinator: userWith({ role: "coordinator", regionCode: "maakunta_18" }),
      contactPerson: userWith({ role: "contact_person", organizationId: "00000000-0000-4000-8000-000000000001" }),
      practitioner: userWith({ role: "practitioner", practitionerId: "00000000-0000-4000-8000-000000000002" }),
      coordinatorAndContact: userWith(
        { role: "coordinator", regionCode: "maakunta_18" },
        { role: "contact_person", organizationId: "00000000-0000-4000-8000-000000000001" },
      ),
      visitor: null,
    };
    expect(Object.fromEntries(Object.entries(personas).map(([name, user]) => [name, canManageSynonyms(user)]))).toEqual({
      admin: true,
      coordinator: false,
      contactPerson: false,
      practitioner: false,
      coordinatorAndContact: false,
      visitor: false,
    });
  });
});
