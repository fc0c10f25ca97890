import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { aPractitioner, aService, aServicePoint, anOrganization, userWith } from "../../../tests/support/fixtures";
import { columnNames } from "./columns";
import { readCsv } from "./csv";
import { exportCsv, exportRecords, exportScope, exportXlsx } from "./export.server";
import { importCsv } from "./import.server";

const parse = (text: string) => {
  const result = readCsv(new TextEncoder().encode(text));
  if (!result.ok) throw new Error(`unreadable CSV: ${result.problem}`);
  return result.rows.map((row) => Object.fromEntries(result.header.map((name, i) => [name, row.values[i]])));
};

async function aNetwork() {
  const org = await anOrganization({ businessId: undefined, website: "https://opisto.example.fi", regionCodes: ["maakunta_19"] });
  const point = await aServicePoint(org.id);
  const serviceId = await aService(org.id, {
    targetGroups: ["immigrants", "unemployed"],
    areaMunicipalities: ["kunta_698"],
    servicePointIds: [point],
    channels: [{ channel: "chat", hours: {} }],
  });
  const open = await aPractitioner(org.id, { givenName: "Avoin", email: "avoin@example.fi", phone: "+358 40 111 1111" });
  const discreet = await aPractitioner(org.id, {
    givenName: "Verkosto",
    email: "verkosto@example.fi",
    phone: "+358 40 222 2222",
    title: { fi: "Uraohjaaja" },
    servicePointIds: [point],
    visibility: { phone: "network", title: "network", servicePoints: "network" },
  });
  return { org, point, serviceId, open, discreet };
}

describe("export", () => {
  it("writes CSV with the import's columns that reads back to the same data", async () => {
    const { org, point, serviceId } = await aNetwork();
    const coordinator = userWith({ role: "coordinator", regionCode: "maakunta_19" });
    const scope = exportScope(coordinator, null)!;

    const organizations = parse(exportCsv("organizations", await exportRecords(coordinator, "organizations", scope)));
    expect(Object.keys(organizations[0])).toEqual(columnNames("organizations"));
    expect(organizations.find((o) => o.id === org.id)).toMatchObject({
      name_fi: org.name,
      name_sv: `${org.name} sv`,
      type: "vocational_college",
      website: "https://opisto.example.fi",
      region_codes: "maakunta_19",
    });

    const services = parse(exportCsv("services", await exportRecords(coordinator, "services", scope)));
    expect(services.find((s) => s.id === serviceId)).toMatchObject({
      organization: org.id,
      target_groups: "immigrants|unemployed",
      area_municipalities: "kunta_698",
      channels: "chat",
      service_point_ids: point,
      cost: "free",
      status: "active",
    });
  });

  it("exports rows that import again as new entries", async () => {
    const { org } = await aNetwork();
    const contactPerson = userWith({ role: "contact_person", organizationId: org.id });
    const records = await exportRecords(contactPerson, "services", exportScope(contactPerson, null)!);
    expect(records.map((r) => r.organization)).toEqual([org.id]);
    // The id column names the exported entry; a copy is imported without it, under another key (decision 0209).
    const copy = exportCsv(
      "services",
      records.map((r) => ({ ...r, id: "", external_id: "COPY-1" })),
    );
    expect(await importCsv(contactPerson, "services", new TextEncoder().encode(copy))).toEqual({ ok: true, created: 1, updated: 0, unchanged: 0 });
    const again = await exportRecords(contactPerson, "services", exportScope(contactPerson, null)!);
    expect(again).toHaveLength(2);
    const strip = ({ id: _, external_id: _key, ...rest }: Record<string, string>) => rest;
    expect(strip(again[0])).toEqual(strip(again[1]));
  });

  it("exports a file that, imported as it is, finds every entry unchanged", async () => {
    const { org } = await aNetwork();
    const contactPerson = userWith({ role: "contact_person", organizationId: org.id });
    const scope = exportScope(contactPerson, null)!;
    for (const kind of ["organizations", "services", "practitioners"] as const) {
      const before = await exportRecords(contactPerson, kind, scope);
      const file = new TextEncoder().encode(exportCsv(kind, before));
      expect(await importCsv(contactPerson, kind, file)).toEqual({ ok: true, created: 0, updated: 0, unchanged: before.length });
      expect(await exportRecords(contactPerson, kind, scope)).toEqual(before);
    }
  });

  it("gives practitioner fields shared with the network only to network members", async () => {
    const { org, discreet, point } = await aNetwork();
    const byId = (records: Record<string, string>[]) => Object.fromEntries(records.map((r) => [r.id, r]));
    const region = exportScope(null, "maakunta_19")!;

    const publicRows = byId(await exportRecords(null, "practitioners", region));
    expect(publicRows[discreet]).toMatchObject({ email: "verkosto@example.fi", phone: "", title_fi: "", service_point_ids: "", phone_visibility: "network" });

    const member = userWith({ role: "practitioner", practitionerId: discreet });
    const memberRows = byId(await exportRecords(member, "practitioners", region));
    expect(memberRows[discreet]).toMatchObject({ phone: "+358 40 222 2222", title_fi: "Uraohjaaja", service_point_ids: point });

    // Someone signed in without any role is not a network member.
    const outsider = userWith();
    expect(byId(await exportRecords(outsider, "practitioners", region))[discreet].phone).toBe("");
    expect(Object.values(publicRows).every((r) => r.organization)).toBe(true);
    expect(publicRows[discreet].organization).toBe(org.id);
  });

  it("limits a contact person to their organisation and asks others for a region", async () => {
    const own = await aNetwork();
    const other = await aNetwork();
    const contactPerson = userWith({ role: "contact_person", organizationId: own.org.id });
    const rows = await exportRecords(contactPerson, "practitioners", exportScope(contactPerson, null)!);
    expect(rows.map((r) => r.id).sort()).toEqual([own.open, own.discreet].sort());
    expect(rows.map((r) => r.id)).not.toContain(other.open);
    expect(exportScope(null, null)).toBeNull();
    expect(exportScope(userWith({ role: "practitioner", practitionerId: own.open }), null)).toBeNull();
    expect(exportScope(userWith({ role: "admin" }), null)).toEqual({ kind: "all" });
  });

  it("writes an XLSX workbook with translated headers and the rows", async () => {
    const { org, serviceId } = await aNetwork();
    const contactPerson = userWith({ role: "contact_person", organizationId: org.id });
    const records = await exportRecords(contactPerson, "services", exportScope(contactPerson, null)!);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exportXlsx("services", records, "sv")).buffer);
    const sheet = workbook.getWorksheet("Tjänster")!;
    expect(sheet?.name).toBe("Tjänster");
    const header = sheet.getRow(1).values as unknown[];
    expect(header.slice(1, 4)).toEqual(["Identifierare", "Egen identifierare", "Organisation (identifierare eller FO-nummer)"]);
    expect(sheet.rowCount).toBe(2);
    const row = sheet.getRow(2).values as unknown[];
    expect(row[1]).toBe(serviceId);
    expect(row[3]).toBe(org.id);
    expect(row[columnNames("services").indexOf("target_groups") + 1]).toBe("immigrants|unemployed");
  });

  it("writes cells a spreadsheet would run as formulas as text, and they import back unchanged", async () => {
    const org = await anOrganization({ name: { fi: '=HYPERLINK("https://evil.example","Avaa")', sv: "+SUM(1)", en: "@cmd" } });
    await aService(org.id, { name: { fi: "-2+3" }, description: { fi: "\t=1" } });
    const contactPerson = userWith({ role: "contact_person", organizationId: org.id });
    const scope = exportScope(contactPerson, null)!;
    const organizations = exportCsv("organizations", await exportRecords(contactPerson, "organizations", scope));
    expect(organizations).toContain(`;"'=HYPERLINK(""https://evil.example"",""Avaa"")";'+SUM(1);'@cmd;`);
    const services = exportCsv("services", await exportRecords(contactPerson, "services", scope));
    expect(services).toContain(";'-2+3;");
    for (const kind of ["organizations", "services"] as const) {
      const before = await exportRecords(contactPerson, kind, scope);
      expect(await importCsv(contactPerson, kind, new TextEncoder().encode(exportCsv(kind, before)))).toEqual({
        ok: true,
        created: 0,
        updated: 0,
        unchanged: 1,
      });
      expect(await exportRecords(contactPerson, kind, scope)).toEqual(before);
    }
  });

  it("writes formula-like text into XLSX as text cells, never as formulas", async () => {
    const org = await anOrganization({ name: { fi: "=1+1", sv: "+A1", en: "@SUM(A1)" } });
    const contactPerson = userWith({ role: "contact_person", organizationId: org.id });
    const records = await exportRecords(contactPerson, "organizations", exportScope(contactPerson, null)!);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exportXlsx("organizations", records, "fi")).buffer);
    const row = workbook.worksheets[0].getRow(2);
    const nameFi = row.getCell(columnNames("organizations").indexOf("name_fi") + 1);
    expect(nameFi.type).toBe(ExcelJS.ValueType.String);
    expect(nameFi.value).toBe("=1+1");
  });
});
