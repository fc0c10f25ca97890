import { describe, expect, it } from "vitest";
import { userWith } from "../../tests/support/fixtures";
import { coversRegion, statisticsScope } from "./permissions";

describe("who reads the service statistics", () => {
  const organizationId = "00000000-0000-4000-8000-000000000001";
  it("lets admins read all, coordinators their regions, contact persons their organisations, and nobody else", () => {
    expect(statisticsScope(userWith({ role: "admin" }))).toEqual({ all: true });
    expect(statisticsScope(userWith({ role: "coordinator", regionCode: "maakunta_18" }))).toEqual({
      all: false,
      regionCodes: ["maakunta_18"],
      organizationIds: [],
    });
    expect(statisticsScope(userWith({ role: "contact_person", organizationId }))).toEqual({ all: false, regionCodes: [], organizationIds: [organizationId] });
    expect(statisticsScope(userWith({ role: "practitioner", practitionerId: "00000000-0000-4000-8000-000000000002" }))).toBeNull();
    expect(statisticsScope(null)).toBeNull();
  });

  it("gives a region as a whole only to its coordinators and admins", () => {
    const coordinator = statisticsScope(userWith({ role: "coordinator", regionCode: "maakunta_18" }))!;
    const contact = statisticsScope(userWith({ role: "contact_person", organizationId }))!;
    expect([
      coversRegion({ all: true }, "maakunta_19"),
      coversRegion(coordinator, "maakunta_18"),
      coversRegion(coordinator, "maakunta_19"),
      coversRegion(contact, "maakunta_18"),
    ]).toEqual([true, true, false, false]);
  });
});
