import { describe, expect, it } from "vitest";
import { anOrganization, aPractitioner, aService, unique, userWith } from "../../../tests/support/fixtures";
import { dashboardFor, membersOf, municipalityChoices, parentOptions } from "./queries.server";

describe("workspace queries", () => {
  it("lists a network's members in Finnish alphabetical order (å, ä, ö after z)", async () => {
    const tag = unique("");
    const names = ["Ölkky", "Åbo", "Zeta", "Äänekoski", "Vaasa", "Wärtsilä"].map((n) => `${n} ${tag}`);
    for (const name of names) await anOrganization({ name: { fi: name }, regionCodes: ["maakunta_17"] });
    const listed = (await membersOf("maakunta_17")).map((m) => m.name.fi!).filter((n) => n.endsWith(tag));
    expect(listed).toEqual(["Vaasa", "Wärtsilä", "Zeta", "Åbo", "Äänekoski", "Ölkky"].map((n) => `${n} ${tag}`));
  });

  it("offers each organisation of the networks once as a parent, never the organisation itself", async () => {
    const both = await anOrganization({ regionCodes: ["maakunta_16", "maakunta_15"] });
    const self = await anOrganization({ regionCodes: ["maakunta_16"] });
    const options = await parentOptions(["maakunta_16", "maakunta_15"], self.id);
    expect(options.filter((o) => o.id === both.id)).toHaveLength(1);
    expect(options.some((o) => o.id === self.id)).toBe(false);
  });

  it("builds the dashboard from the user's grants", async () => {
    const org = await anOrganization({ regionCodes: ["maakunta_14"] });
    await aService(org.id);
    const card = await aPractitioner(org.id);

    const contact = await dashboardFor(userWith({ role: "contact_person", organizationId: org.id }));
    expect(contact.organizations.map((o) => o.id)).toEqual([org.id]);
    expect(contact.organizations[0].services).toHaveLength(1);
    expect(contact.organizations[0].practitioners.map((p) => p.id)).toEqual([card]);
    expect(contact.regions).toEqual([]);
    expect(contact.coordinates).toBe(false);

    const practitioner = await dashboardFor(userWith({ role: "practitioner", practitionerId: card }));
    expect(practitioner.cards.map((c) => c.id)).toEqual([card]);
    expect(practitioner.organizations).toEqual([]);

    const coordinator = await dashboardFor(userWith({ role: "coordinator", regionCode: "maakunta_14" }));
    expect(coordinator.regions.map((r) => r.code)).toEqual(["maakunta_14"]);
    expect(coordinator.regions[0].members.some((m) => m.id === org.id)).toBe(true);

    const admin = await dashboardFor(userWith({ role: "admin" }));
    expect(admin.admin).toBe(true);
    expect(admin.regions.some((r) => r.code === "maakunta_14")).toBe(true);
    expect(admin.regions.every((r) => r.members.length > 0)).toBe(true);
  });

  it("offers the networks' municipalities for a service area, plus any chosen outside them", async () => {
    const lapland = await municipalityChoices(["maakunta_19"], []);
    expect(lapland.some((m) => m.code === "kunta_698" && m.nameFi === "Rovaniemi")).toBe(true);
    expect(lapland.some((m) => m.code === "kunta_091")).toBe(false);
    const withHelsinki = await municipalityChoices(["maakunta_19"], ["kunta_091", "kunta_698"]);
    expect(withHelsinki.filter((m) => m.code === "kunta_091")).toEqual([{ code: "kunta_091", nameFi: "Helsinki", nameSv: "Helsingfors" }]);
    expect(withHelsinki.filter((m) => m.code === "kunta_698")).toHaveLength(1);
  });
});
