import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "~/kit/db/db.server";
import { anOrganization, userWith } from "../../../tests/support/fixtures";
import { practitioner, service } from "../schema.server";
import { importCsv } from "./import.server";

const bytes = (text: string) => new TextEncoder().encode(text);
const servicesOf = (organizationId: string) => db().select().from(service).where(eq(service.organizationId, organizationId));

describe("CSV import with stable keys (decision 0209)", () => {
  it("imports the same file twice as 0 added and every row unchanged", async () => {
    const org = await anOrganization();
    const contactPerson = userWith({ role: "contact_person", organizationId: org.id });
    const csv = [
      "external_id,organization,name_fi,target_groups,languages,channels",
      `S-1,${org.id},Opintoneuvonta,unemployed|career_changers,fi|sv,phone|chat`,
      `S-2,${org.id},Uraohjaus,,fi,`,
    ].join("\n");
    expect(await importCsv(contactPerson, "services", bytes(csv))).toEqual({ ok: true, created: 2, updated: 0, unchanged: 0 });
    expect(await importCsv(contactPerson, "services", bytes(csv))).toEqual({ ok: true, created: 0, updated: 0, unchanged: 2 });
    const services = await servicesOf(org.id);
    expect(services.map((s) => s.externalId).sort()).toEqual(["S-1", "S-2"]);
    expect(services.every((s) => s.importedAt)).toBe(true);
  });

  it("refuses a file that gives two rows of one organisation the same external id, writing nothing", async () => {
    const org = await anOrganization();
    const contactPerson = userWith({ role: "contact_person", organizationId: org.id });
    const csv = ["external_id,organization,name_fi,languages", `X-1,${org.id},Neuvonta,fi`, `X-1,${org.id},Ohjaus,fi`].join("\n");
    expect(await importCsv(contactPerson, "services", bytes(csv))).toMatchObject({
      ok: false,
      rows: [{ line: 3, issues: [{ column: "external_id", key: "exchange.repeatedExternalId", values: { value: "X-1" } }] }],
    });
    expect(await servicesOf(org.id)).toHaveLength(0);
  });

  it("updates the row that changed, found by its external id even when renamed", async () => {
    const org = await anOrganization();
    const contactPerson = userWith({ role: "contact_person", organizationId: org.id });
    const header = "external_id,organization,name_fi,languages";
    await importCsv(contactPerson, "services", bytes([header, `A,${org.id},Neuvonta,fi`, `B,${org.id},Ohjaus,fi`].join("\n")));
    const result = await importCsv(contactPerson, "services", bytes([header, `A,${org.id},Neuvonta aikuisille,fi`, `B,${org.id},Ohjaus,fi`].join("\n")));
    expect(result).toEqual({ ok: true, created: 0, updated: 1, unchanged: 1 });
    expect((await servicesOf(org.id)).map((s) => s.name.fi).sort()).toEqual(["Neuvonta aikuisille", "Ohjaus"]);
  });

  it("recognises rows of a file without keys by their name in the organisation", async () => {
    const org = await anOrganization();
    const contactPerson = userWith({ role: "contact_person", organizationId: org.id });
    const services = ["organization,name_fi,languages", `${org.id},Opintoneuvonta,fi`].join("\n");
    const people = ["organization,given_name,family_name,languages", `${org.id},Maija,Esimerkki,fi|en`].join("\n");
    expect(await importCsv(contactPerson, "services", bytes(services))).toMatchObject({ created: 1 });
    expect(await importCsv(contactPerson, "services", bytes(services))).toEqual({ ok: true, created: 0, updated: 0, unchanged: 1 });
    expect(await importCsv(contactPerson, "practitioners", bytes(people))).toMatchObject({ created: 1 });
    expect(await importCsv(contactPerson, "practitioners", bytes(people.replace("fi|en", "fi")))).toEqual({
      ok: true,
      created: 0,
      updated: 1,
      unchanged: 0,
    });
    expect(await servicesOf(org.id)).toHaveLength(1);
    const [person] = await db().select().from(practitioner).where(eq(practitioner.organizationId, org.id));
    expect(person.languages).toEqual(["fi"]);
  });
});
