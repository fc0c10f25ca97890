import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { anOffering, anOrganization, issuesOf, system, unique, userWith } from "../../../tests/support/fixtures";
import { auditEvent } from "../../audit/schema.server";
import { db } from "../../kit/db/db.server";
import { PermissionDenied } from "../../kit/validation/errors";
import type { OfferingInput } from "../inputs";
import { offering, offeringSearch } from "../schema.server";
import { createOffering, deleteOffering, updateOffering } from "./offering.server";

const input = (organizationId: string, overrides: Partial<OfferingInput> = {}): OfferingInput => ({
  organizationId,
  name: { fi: unique("Hitsaajan ammattitutkinto ") },
  description: { fi: "Hitsausta aikuisille." },
  educationType: "further_vocational_qualification",
  fieldCode: "kansallinenkoulutusluokitus2016koulutusalataso1_07",
  teachingLanguages: ["fi"],
  teachingMethod: "blended",
  municipalityCode: "kunta_205",
  startDate: "2026-09-01",
  price: 0,
  costDescription: {},
  applicationStart: "2026-05-01",
  applicationEnd: "2026-06-15",
  fundingForms: ["apprenticeship"],
  targetGroups: ["career_changers"],
  ...overrides,
});

const countNamed = async (name: string) =>
  Number(
    (
      await db()
        .select({ n: sql<number>`count(*)` })
        .from(offering)
        .where(sql`${offering.name}->>'fi' = ${name}`)
    )[0].n,
  );

const denied = (promise: Promise<unknown>) => expect(promise).rejects.toBeInstanceOf(PermissionDenied);

describe("offering commands", () => {
  it("let the contact person, the region's coordinator and an admin create, update and delete, with audit and search", async () => {
    const org = await anOrganization({ regionCodes: ["maakunta_18"] });
    for (const caller of [
      userWith({ role: "contact_person", organizationId: org.id }),
      userWith({ role: "coordinator", regionCode: "maakunta_18" }),
      userWith({ role: "admin" }),
    ]) {
      const id = await createOffering(caller, input(org.id));
      expect(await db().select().from(offeringSearch).where(eq(offeringSearch.offeringId, id))).toHaveLength(1);
      const renamed = unique("Uusi nimi ");
      await updateOffering(caller, id, input(org.id, { name: { fi: renamed } }));
      const [row] = await db().select().from(offering).where(eq(offering.id, id));
      expect(row.name.fi).toBe(renamed);
      await deleteOffering(caller, id);
      expect(await db().select().from(offering).where(eq(offering.id, id))).toHaveLength(0);
      expect(await db().select().from(offeringSearch).where(eq(offeringSearch.offeringId, id))).toHaveLength(0);
      const events = await db()
        .select({ action: auditEvent.action, actorId: auditEvent.actorUserId })
        .from(auditEvent)
        .where(and(eq(auditEvent.entityType, "offering"), eq(auditEvent.entityId, id)));
      expect(events.map((e) => e.action).sort()).toEqual(["create", "delete", "update"]);
      expect(new Set(events.map((e) => e.actorId))).toEqual(new Set([caller.id]));
    }
  });

  it("refuse other organisations' contact persons, other regions' coordinators, practitioners and anonymous callers", async () => {
    const org = await anOrganization({ regionCodes: ["maakunta_18"] });
    const other = await anOrganization({ regionCodes: ["maakunta_19"] });
    const id = await anOffering(org.id);
    for (const caller of [
      userWith({ role: "contact_person", organizationId: other.id }),
      userWith({ role: "coordinator", regionCode: "maakunta_19" }),
      userWith({ role: "practitioner", practitionerId: "00000000-0000-4000-8000-000000000009" }),
      userWith(),
    ]) {
      const name = unique("Ei saa ");
      await denied(createOffering(caller, input(org.id, { name: { fi: name } })));
      await denied(updateOffering(caller, id, input(org.id, { name: { fi: name } })));
      await denied(deleteOffering(caller, id));
      expect(await countNamed(name)).toBe(0);
    }
    // A contact person cannot move their offering to someone else's organisation either.
    const contact = userWith({ role: "contact_person", organizationId: org.id });
    await denied(updateOffering(contact, id, input(other.id)));
    expect((await db().select().from(offering).where(eq(offering.id, id)))[0].organizationId).toBe(org.id);
  });

  it("reject unknown codes, a 10 kB field, an application period ending before it starts, and write nothing", async () => {
    const org = await anOrganization();
    const name = unique("Virheellinen ");
    const issues = await issuesOf(
      createOffering(
        system,
        input(org.id, {
          name: { fi: name },
          description: { fi: "x".repeat(10_000) },
          educationType: "doctorate" as never,
          fieldCode: "kansallinenkoulutusluokitus2016koulutusalataso1_11",
          teachingLanguages: ["xx" as never],
          fundingForms: ["lottery" as never],
          applicationStart: "2026-06-15",
          applicationEnd: "2026-05-01",
        }),
      ),
    );
    expect(issues).toEqual(
      expect.arrayContaining([
        "description.fi:validation.tooLong",
        "educationType:validation.invalid",
        "fieldCode:validation.invalid",
        "teachingLanguages.0:validation.invalid",
        "fundingForms.0:validation.invalid",
      ]),
    );
    expect(await countNamed(name)).toBe(0);

    expect(await issuesOf(createOffering(system, input(org.id, { name: { fi: name }, applicationStart: "2026-06-15", applicationEnd: "2026-05-01" })))).toEqual(
      ["applicationEnd:validation.endBeforeStart"],
    );
    expect(await issuesOf(createOffering(system, input(org.id, { name: { fi: name }, municipalityCode: "kunta_999" })))).toEqual([
      "municipalityCode:validation.unknownCode",
    ]);
    expect(await issuesOf(createOffering(system, input(org.id, { name: { fi: name }, startDate: "2026-02-30" })))).toEqual([
      "startDate:dates.validation.noSuchDay",
    ]);
    expect(await issuesOf(createOffering(system, input(org.id, { name: { fi: name }, startDate: undefined })))).toEqual(["startDate:validation.startRequired"]);
    expect(await countNamed(name)).toBe(0);

    // A refused update leaves the offering as it was.
    const id = await anOffering(org.id);
    const [before] = await db().select().from(offering).where(eq(offering.id, id));
    await issuesOf(updateOffering(system, id, input(org.id, { name: { fi: "y".repeat(10_000) } })));
    const [after] = await db().select().from(offering).where(eq(offering.id, id));
    expect(after).toEqual(before);
  });
});
