import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { anOrganization, aPractitioner, aService, aServicePoint, issuesOf, system, unique, userWith } from "../../../tests/support/fixtures";
import { auditEvent } from "../../audit/schema.server";
import { db } from "../../kit/db/db.server";
import { PermissionDenied } from "../../kit/validation/errors";
import type { PractitionerInput, ServiceInput } from "../inputs";
import { organization, practitioner, service, servicePoint } from "../schema.server";
import { createOrganization, updateOrganization } from "./organization.server";
import { updatePractitioner } from "./practitioner.server";
import { createService, updateService } from "./service.server";
import { createServicePoint } from "./service-point.server";
import { verifyEntry } from "./verify-entry.server";

const countWhere = async (table: typeof organization | typeof service | typeof servicePoint, condition: ReturnType<typeof sql>) =>
  Number(
    (
      await db()
        .select({ n: sql<number>`count(*)` })
        .from(table)
        .where(condition)
    )[0].n,
  );

describe("network map commands", () => {
  it("reject a wrong Y-tunnus, unknown region and a 10 kB name, and write nothing", async () => {
    const name = unique("Virheellinen ");
    const issues = await issuesOf(
      createOrganization(system, {
        name: { fi: name, sv: "x".repeat(10_000) },
        description: {},
        type: "library",
        businessId: "1905652-3",
        regionCodes: ["maakunta_19"],
      }),
    );
    expect(issues).toEqual(expect.arrayContaining(["businessId:validation.businessId", "name.sv:validation.tooLong"]));
    expect(await countWhere(organization, sql`${organization.name}->>'fi' = ${name}`)).toBe(0);

    const unknownRegion = await issuesOf(createOrganization(system, { name: { fi: name }, description: {}, type: "library", regionCodes: ["maakunta_99"] }));
    expect(unknownRegion).toEqual(["regionCodes:validation.unknownCode"]);
    expect(await countWhere(organization, sql`${organization.name}->>'fi' = ${name}`)).toBe(0);
  });

  it("reject an unknown postal code and set the municipality from a known one", async () => {
    const org = await anOrganization();
    const name = unique("Piste ");
    const issues = await issuesOf(
      createServicePoint(system, { organizationId: org.id, name: { fi: name }, streetAddress: "Tie 1", postalCode: "00001", accessibility: {} }),
    );
    expect(issues).toEqual(["postalCode:validation.postalCode"]);
    expect(await countWhere(servicePoint, sql`${servicePoint.name}->>'fi' = ${name}`)).toBe(0);

    const id = await aServicePoint(org.id, { postalCode: "99800" });
    const [row] = await db().select().from(servicePoint).where(eq(servicePoint.id, id));
    expect(row.municipalityCode).toBe("kunta_148"); // Ivalo is in Inari
  });

  it("let only the right roles write, and write nothing on refusal", async () => {
    const org = await anOrganization({ regionCodes: ["maakunta_19"] });
    const serviceId = await aService(org.id);
    const ownContact = userWith({ role: "contact_person", organizationId: org.id });
    const otherContact = userWith({ role: "contact_person", organizationId: (await anOrganization()).id });
    const kainuuCoordinator = userWith({ role: "coordinator", regionCode: "maakunta_18" });
    const lappiCoordinator = userWith({ role: "coordinator", regionCode: "maakunta_19" });

    const newName = unique("Uusi nimi ");
    const input: ServiceInput = {
      organizationId: org.id,
      name: { fi: newName },
      description: {},
      targetGroups: ["immigrants"],
      topics: [],
      languages: ["fi"],
      costDescription: {},
    };
    await expect(updateService(otherContact, serviceId, input)).rejects.toBeInstanceOf(PermissionDenied);
    await expect(updateService(kainuuCoordinator, serviceId, input)).rejects.toBeInstanceOf(PermissionDenied);
    await expect(createService(otherContact, input)).rejects.toBeInstanceOf(PermissionDenied);
    expect(await countWhere(service, sql`${service.name}->>'fi' = ${newName}`)).toBe(0);

    await updateService(ownContact, serviceId, input);
    expect(await countWhere(service, sql`${service.name}->>'fi' = ${newName}`)).toBe(1);
    await updateService(lappiCoordinator, serviceId, { ...input, name: { fi: `${newName} 2` } });

    // Coordinators add organisations in their own region only; contact persons not at all.
    const orgInput = { name: { fi: unique("Uusi org ") }, description: {}, type: "library" as const, regionCodes: ["maakunta_19"] };
    await expect(createOrganization(kainuuCoordinator, orgInput)).rejects.toBeInstanceOf(PermissionDenied);
    await expect(createOrganization(ownContact, orgInput)).rejects.toBeInstanceOf(PermissionDenied);
    expect(await createOrganization(lappiCoordinator, orgInput)).toMatch(/^[0-9a-f-]{36}$/);

    // A contact person edits their organisation but cannot move it into another network.
    await expect(
      updateOrganization(ownContact, org.id, {
        name: { fi: org.name },
        description: {},
        type: "vocational_college",
        regionCodes: ["maakunta_19", "maakunta_18"],
      }),
    ).rejects.toBeInstanceOf(PermissionDenied);
  });

  it("let practitioners edit their own card but not move it or make themselves contact persons", async () => {
    const org = await anOrganization();
    const id = await aPractitioner(org.id);
    const other = await aPractitioner(org.id);
    const self = userWith({ role: "practitioner", practitionerId: id });
    const [card] = await db().select().from(practitioner).where(eq(practitioner.id, id));
    const input: PractitionerInput = {
      organizationId: org.id,
      givenName: card.givenName,
      familyName: card.familyName,
      title: { fi: "Uraohjaaja" },
      competenceAreas: ["career_guidance"],
      languages: ["fi", "se"],
      visibility: { phone: "network" as const },
    };
    await updatePractitioner(self, id, input);
    await expect(updatePractitioner(self, other, { ...input })).rejects.toBeInstanceOf(PermissionDenied);
    await expect(updatePractitioner(self, id, { ...input, isContactPerson: true })).rejects.toBeInstanceOf(PermissionDenied);
    const [after] = await db().select().from(practitioner).where(eq(practitioner.id, id));
    expect(after.languages).toEqual(["fi", "se"]);
    expect(after.isContactPerson).toBe(false);
  });

  it("record who changed what, with old and new values", async () => {
    const org = await anOrganization();
    const editor = userWith({ role: "contact_person", organizationId: org.id });
    await updateOrganization(editor, org.id, {
      name: { fi: org.name, sv: `${org.name} sv`, en: `${org.name} en` },
      description: {},
      type: "library",
      website: "https://kirjasto.example",
      regionCodes: ["maakunta_19"],
    });
    const events = await db()
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.entityType, "organization"), eq(auditEvent.entityId, org.id)))
      .orderBy(auditEvent.id);
    expect(events.map((e) => e.action)).toEqual(["create", "update"]);
    const update = events[1];
    expect(update.actorUserId).toBe(editor.id);
    expect(update.changes).toEqual({
      type: { old: "vocational_college", new: "library" },
      website: { old: null, new: "https://kirjasto.example" },
    });

    await verifyEntry(editor, "organization", org.id);
    const [verified] = await db()
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.entityId, org.id), eq(auditEvent.action, "verify")));
    expect(verified.actorUserId).toBe(editor.id);
  });
});
