import { describe, expect, it } from "vitest";
import { aService, aServicePoint, anOrganization } from "../../tests/support/fixtures";
import { coverageRows, getCoverage } from "./coverage.server";

describe("coverage", () => {
  it("counts active services per municipality and shows gaps as zero", async () => {
    // Kainuu has few municipalities; this test's services are told apart by counting before and after.
    const before = await getCoverage("maakunta_18");
    const org = await anOrganization({ regionCodes: ["maakunta_18"] });
    const point = await aServicePoint(org.id, { postalCode: "88900" }); // Kuhmo
    await aService(org.id, {
      targetGroups: ["immigrants"],
      languages: ["ru"],
      channels: [{ channel: "in_person", servicePointId: point, hours: {} }],
      servicePointIds: [point],
    });
    await aService(org.id, { targetGroups: ["immigrants"], languages: ["ru"], areaMunicipalities: ["kunta_290"], status: "inactive" });

    const after = await getCoverage("maakunta_18");
    const delta = (m: string, key: string) => (after.counts[m][key] ?? 0) - (before.counts[m][key] ?? 0);
    expect(delta("kunta_290", "group:immigrants")).toBe(1); // the inactive one does not count
    expect(delta("kunta_290", "language:ru")).toBe(1);
    expect(delta("kunta_290", "channel:in_person")).toBe(1);
    expect(delta("kunta_205", "group:immigrants")).toBe(0);
    expect(after.municipalityCodes).toHaveLength(8);
    expect(after.municipalityCodes).not.toContain("kunta_698");

    const rows = coverageRows(after, { municipality: "Kunta", column: (d, code) => `${d.prefix}:${code}`, place: (code) => code });
    expect(rows[0][0]).toBe("Kunta");
    expect(rows[0]).toContain("group:immigrants");
    expect(rows).toHaveLength(9);
  });
});
