import { eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "~/kit/db/db.server";
import { isValidBusinessId } from "~/kit/validation/business-id";
import { aPractitioner, aService, anOrganization, unique, userWith } from "../../../tests/support/fixtures";
import { networkMembership, organization, practitioner, service, serviceChannel } from "../schema.server";
import { importCsv } from "./import.server";

const bytes = (text: string) => new TextEncoder().encode(text);

/** A random valid Y-tunnus, so that each test's organisations are its own. */
function aBusinessId(): string {
  for (;;) {
    const digits = String(Math.floor(Math.random() * 9_000_000) + 1_000_000);
    for (let check = 0; check <= 9; check++) if (isValidBusinessId(`${digits}-${check}`)) return `${digits}-${check}`;
  }
}

const coordinator = userWith({ role: "coordinator", regionCode: "maakunta_19" });

const organizationsNamed = (marker: string) =>
  db()
    .select()
    .from(organization)
    .where(sql`${organization.name}->>'fi' like ${`%${marker}%`}`);

const servicesOf = (organizationId: string) => db().select().from(service).where(eq(service.organizationId, organizationId));
const practitionersOf = (organizationId: string) => db().select().from(practitioner).where(eq(practitioner.organizationId, organizationId));

describe("CSV import", () => {
  it("imports every row of a valid organisation file (BOM, semicolons, multilingual and list columns)", async () => {
    const marker = unique("imp");
    const businessId = aBusinessId();
    const csv = [
      "\uFEFFname_fi;name_sv;name_en;type;business_id;website;region_codes",
      `Opisto A ${marker};Institutet A ${marker};College A;adult_education_centre;${businessId};https://a.example.fi;maakunta_19`,
      `Kirjasto B ${marker};;;library;;;maakunta_19`,
      `"Järjestö C; ry ${marker}";;;third_sector;;;maakunta_19`,
    ].join("\r\n");
    const result = await importCsv(coordinator, "organizations", bytes(csv));
    expect(result).toEqual({ ok: true, created: 3, updated: 0, unchanged: 0 });
    const created = await organizationsNamed(marker);
    expect(created.map((o) => o.name.fi).sort()).toEqual([`Järjestö C; ry ${marker}`, `Kirjasto B ${marker}`, `Opisto A ${marker}`]);
    const a = created.find((o) => o.name.fi === `Opisto A ${marker}`)!;
    expect(a).toMatchObject({ name: { fi: `Opisto A ${marker}`, sv: `Institutet A ${marker}`, en: "College A" }, businessId, type: "adult_education_centre" });
    const memberships = await db()
      .select()
      .from(networkMembership)
      .where(
        inArray(
          networkMembership.organizationId,
          created.map((o) => o.id),
        ),
      );
    expect(memberships.map((m) => m.regionCode)).toEqual(["maakunta_19", "maakunta_19", "maakunta_19"]);
  });

  it("imports services with commas, referring to the organisation by Y-tunnus or by id", async () => {
    const businessId = aBusinessId();
    const org = await anOrganization({ businessId });
    const contactPerson = userWith({ role: "contact_person", organizationId: org.id });
    const csv = [
      "organization,name_fi,target_groups,topics,languages,area_municipalities,channels",
      `${businessId},Opintoneuvonta,career_changers|unemployed,choosing_education,fi|sv,kunta_698|kunta_851,phone|chat`,
      `${org.id},Uraohjaus,,career_planning,fi,,`,
    ].join("\n");
    expect(await importCsv(contactPerson, "services", bytes(csv))).toEqual({ ok: true, created: 2, updated: 0, unchanged: 0 });
    const services = await servicesOf(org.id);
    expect(services.map((s) => s.name.fi).sort()).toEqual(["Opintoneuvonta", "Uraohjaus"]);
    const counselling = services.find((s) => s.name.fi === "Opintoneuvonta")!;
    expect(counselling).toMatchObject({
      targetGroups: ["career_changers", "unemployed"],
      languages: ["fi", "sv"],
      areaMunicipalities: ["kunta_698", "kunta_851"],
    });
  });

  const good = (name: string) => `${name},career_planning,fi,kunta_698`;
  const badRows: [string, string, string, unknown][] = [
    ["unknown municipality code", `Huono,career_planning,fi,kunta_999`, "area_municipalities", "Tuntematon arvo: kunta_999."],
    [
      "unknown code in a list column",
      `Huono,career_plannin,fi,kunta_698`,
      "topics",
      expect.stringMatching(/^Tuntematon koodi: career_plannin\. Sallitut koodit: choosing_education \(Koulutuksen valinta \/ .+ \/ .+\), /),
    ],
    ["a 10 kB field", `${"x".repeat(10_000)},career_planning,fi,kunta_698`, "name_fi", "Teksti on liian pitkä (enintään 200 merkkiä)."],
    ["a missing required field", `,career_planning,fi,kunta_698`, "name_fi", "Tämä tieto on pakollinen."],
  ];

  it.each(badRows)("refuses a service file with one bad row (%s), reports the row and field and writes nothing", async (_, bad, column, message) => {
    const org = await anOrganization();
    const contactPerson = userWith({ role: "contact_person", organizationId: org.id });
    const csv = ["organization,name_fi,topics,languages,area_municipalities", ...[good("Hyvä 1"), bad, good("Hyvä 2")].map((r) => `${org.id},${r}`)].join("\n");
    const result = await importCsv(contactPerson, "services", bytes(csv));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0].line).toBe(3);
    const { translator } = await import("~/kit/i18n/catalogue");
    const t = translator("fi");
    expect(result.rows[0].issues.map((i) => [i.column, t(i.key, i.values)])).toContainEqual([column, message]);
    expect(await servicesOf(org.id)).toHaveLength(0);
  });

  it("refuses an organisation file with a wrong Y-tunnus and writes none of its rows", async () => {
    const marker = unique("bid");
    const csv = [
      "name_fi;type;business_id;region_codes",
      `Hyvä ${marker};other;${aBusinessId()};maakunta_19`,
      `Väärä ${marker};other;1234567-2;maakunta_19`,
      `Tuntematon maakunta ${marker};other;;maakunta_99`,
    ].join("\n");
    const admin = userWith({ role: "admin" });
    const result = await importCsv(admin, "organizations", bytes(csv));
    expect(result).toMatchObject({
      ok: false,
      rows: [
        { line: 3, issues: [{ column: "business_id", key: "validation.businessId" }] },
        { line: 4, issues: [{ column: "region_codes", key: "validation.unknownCode", values: { value: "maakunta_99" } }] },
      ],
    });
    expect(await organizationsNamed(marker)).toHaveLength(0);
  });

  it("refuses a service row whose organisation Y-tunnus is wrong or unknown", async () => {
    const org = await anOrganization();
    const contactPerson = userWith({ role: "contact_person", organizationId: org.id });
    const unknown = aBusinessId();
    const csv = ["organization;name_fi;languages", `${org.id};Hyvä;fi`, `1234567-2;Väärä;fi`, `${unknown};Tuntematon;fi`].join("\n");
    const result = await importCsv(contactPerson, "services", bytes(csv));
    expect(result).toMatchObject({
      ok: false,
      rows: [
        { line: 3, issues: [{ column: "organization", key: "exchange.organizationReference" }] },
        { line: 4, issues: [{ column: "organization", key: "exchange.unknownOrganization", values: { value: unknown } }] },
      ],
    });
    expect(await servicesOf(org.id)).toHaveLength(0);
  });

  it("refuses a contact person's rows for another organisation and writes nothing, not even their own", async () => {
    const own = await anOrganization();
    const other = await anOrganization();
    const contactPerson = userWith({ role: "contact_person", organizationId: own.id });
    const csv = [
      "organization;given_name;family_name;competence_areas;languages;phone_visibility;is_contact_person",
      `${own.id};Maija;Oma;career_guidance;fi;network;kyllä`,
      `${other.id};Matti;Vieras;career_guidance;fi;;`,
    ].join("\n");
    const result = await importCsv(contactPerson, "practitioners", bytes(csv));
    expect(result).toEqual({ ok: false, fileIssues: [], rows: [{ line: 3, issues: [{ column: "organization", key: "exchange.notAllowed" }] }] });
    expect(await practitionersOf(own.id)).toHaveLength(0);
    expect(await practitionersOf(other.id)).toHaveLength(0);

    // The same file without the foreign row goes in.
    const ownOnly = csv.split("\n").slice(0, 2).join("\n");
    expect(await importCsv(contactPerson, "practitioners", bytes(ownOnly))).toEqual({ ok: true, created: 1, updated: 0, unchanged: 0 });
    expect(await practitionersOf(own.id)).toMatchObject([{ familyName: "Oma", isContactPerson: true, visibility: { phone: "network" } }]);
  });

  it("refuses organisations outside the coordinator's region", async () => {
    const marker = unique("reg");
    const csv = ["name_fi;type;region_codes", `Kainuun opisto ${marker};other;maakunta_18`].join("\n");
    const result = await importCsv(coordinator, "organizations", bytes(csv));
    expect(result).toMatchObject({ ok: false, rows: [{ line: 2, issues: [{ column: "region_codes", key: "exchange.notAllowed" }] }] });
    expect(await organizationsNamed(marker)).toHaveLength(0);
  });

  it("reports problems of the file itself before reading any row", async () => {
    expect(await importCsv(coordinator, "organizations", bytes("name_fi;type;colour;region_codes\nA;other;red;maakunta_19"))).toMatchObject({
      ok: false,
      fileIssues: [{ column: "_", key: "exchange.unknownColumn", values: { column: "colour" } }],
    });
    expect(await importCsv(coordinator, "organizations", bytes("name_fi;region_codes\nA;maakunta_19"))).toMatchObject({
      ok: false,
      fileIssues: [{ key: "exchange.missingColumn", values: { column: "type" } }],
    });
    expect(await importCsv(coordinator, "organizations", bytes("name_fi;type;region_codes\n"))).toMatchObject({
      ok: false,
      fileIssues: [{ key: "exchange.noRows" }],
    });
    expect(await importCsv(coordinator, "organizations", bytes("name_fi;type;region_codes\nA;other\n"))).toMatchObject({
      ok: false,
      rows: [{ line: 2, issues: [{ key: "exchange.columnCount", values: { expected: 3, actual: 2 } }] }],
    });
    const unknownId = "00000000-0000-4000-8000-000000000000";
    expect(
      await importCsv(coordinator, "organizations", bytes(`id;name_fi;type;region_codes\nabc;A;other;maakunta_19\n${unknownId};B;other;maakunta_19`)),
    ).toMatchObject({
      ok: false,
      rows: [
        { line: 2, issues: [{ column: "id", key: "validation.uuid" }] },
        { line: 3, issues: [{ column: "id", key: "exchange.unknownId", values: { value: unknownId } }] },
      ],
    });
  });

  describe("rows with an id", () => {
    it("update that entry, keeping the columns the file leaves out", async () => {
      const org = await anOrganization({ website: "https://vanha.example.fi" });
      const contactPerson = userWith({ role: "contact_person", organizationId: org.id });
      const serviceId = await aService(org.id, { channels: [{ channel: "phone", contact: "+358 40 765 4321", hours: { fi: "ma–pe 9–16" } }] });
      const practitionerId = await aPractitioner(org.id, { givenName: "Vanha", phone: "+358 40 111 2222" });

      const services = `id;name_fi;topics\n${serviceId};Uusi nimi;career_planning|employment`;
      const practitioners = `id;given_name\n${practitionerId};Uusi`;
      const organizations = `id;website\n${org.id};https://uusi.example.fi`;
      expect(await importCsv(contactPerson, "services", bytes(services))).toEqual({ ok: true, created: 0, updated: 1, unchanged: 0 });
      expect(await importCsv(contactPerson, "practitioners", bytes(practitioners))).toEqual({ ok: true, created: 0, updated: 1, unchanged: 0 });
      expect(await importCsv(contactPerson, "organizations", bytes(organizations))).toEqual({ ok: true, created: 0, updated: 1, unchanged: 0 });

      const [updatedService] = await servicesOf(org.id);
      expect(updatedService).toMatchObject({ id: serviceId, name: { fi: "Uusi nimi" }, topics: ["career_planning", "employment"], languages: ["fi"] });
      const channels = await db().select().from(serviceChannel).where(eq(serviceChannel.serviceId, serviceId));
      expect(channels).toMatchObject([{ channel: "phone", contact: "+358 40 765 4321", hours: { fi: "ma–pe 9–16" } }]);
      expect(await practitionersOf(org.id)).toMatchObject([{ id: practitionerId, givenName: "Uusi", phone: "+358 40 111 2222" }]);
      const [updatedOrganization] = await db().select().from(organization).where(eq(organization.id, org.id));
      expect(updatedOrganization).toMatchObject({ website: "https://uusi.example.fi", name: { fi: org.name } });
    });

    it("are refused for entries of other organisations, and the whole file is rolled back", async () => {
      const own = await anOrganization();
      const other = await anOrganization();
      const ownService = await aService(own.id, { name: { fi: "Oma" } });
      const otherService = await aService(other.id, { name: { fi: "Vieras" } });
      const contactPerson = userWith({ role: "contact_person", organizationId: own.id });
      const csv = `id;name_fi\n${ownService};Oma muutettu\n${otherService};Vieras muutettu`;
      expect(await importCsv(contactPerson, "services", bytes(csv))).toEqual({
        ok: false,
        fileIssues: [],
        rows: [{ line: 3, issues: [{ column: "organization", key: "exchange.notAllowed" }] }],
      });
      expect((await servicesOf(own.id)).map((s) => s.name.fi)).toEqual(["Oma"]);
      expect((await servicesOf(other.id)).map((s) => s.name.fi)).toEqual(["Vieras"]);
    });
  });
});
