import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { anOffering, anOrganization, userWith } from "../../../tests/support/fixtures";
import { auditEvent } from "../../audit/schema.server";
import { db } from "../../kit/db/db.server";
import { readCsv } from "../../network-map/exchange/csv";
import { offering, offeringSearch } from "../schema.server";
import { readImportRun, runImport, startImport, inRequestRows } from "../../network-map/exchange/runs.server";
import { exportOfferingRecords, importOfferings, offeringImportSpec, offeringsCsv } from "./exchange.server";
import { offeringImportTask } from "./import-task.server";

const bytes = (text: string) => new TextEncoder().encode(text);
const offeringsOf = (organizationId: string) => db().select().from(offering).where(eq(offering.organizationId, organizationId)).orderBy(offering.name);

const header =
  "organization;name_fi;name_sv;education_type;field_code;teaching_languages;teaching_method;municipality_code;start_date;personal_start;duration_value;duration_unit;price;application_start;application_end;funding_forms;target_groups";
const goodRows = (org: string) => [
  `${org};Liiketoiminnan perustutkinto;Grundexamen i affärsverksamhet;vocational_qualification;kansallinenkoulutusluokitus2016koulutusalataso1_04;fi|sv;blended;kunta_698;;true;18;months;0;2026-01-01;2026-12-31;self_motivated_study|apprenticeship;career_changers`,
  `${org};Avoimen AMK:n opinnot;;open_uas_studies;kansallinenkoulutusluokitus2016koulutusalataso1_07;fi;distance;kunta_205;2026-09-01;false;;;"1 200,50";;;;`,
];

describe("CSV import of education offerings", () => {
  it("imports a file of more rows than the request takes as a run of the offerings' own job", async () => {
    const org = await anOrganization();
    const contact = userWith({ role: "contact_person", organizationId: org.id });
    const rows = Array.from({ length: inRequestRows + 1 }, (_, i) => goodRows(org.id)[i % 2].replace(/^([^;]*);/, `$1;${i} `));
    const started = await startImport(contact, "offerings", bytes([header, ...rows].join("\r\n")), offeringImportSpec(contact), offeringImportTask);
    if (!("runId" in started)) throw new Error("expected a run");
    expect(await offeringsOf(org.id)).toHaveLength(0);
    await runImport(started.runId, (caller) => offeringImportSpec(caller));
    expect(await readImportRun(contact, started.runId)).toMatchObject({
      kind: "offerings",
      status: "done",
      report: { ok: true, created: inRequestRows + 1, updated: 0, unchanged: 0 },
    });
    expect(await offeringsOf(org.id)).toHaveLength(inRequestRows + 1);
  });

  it("imports a good file for the contact person's own organisation with the national codes", async () => {
    const org = await anOrganization();
    const contact = userWith({ role: "contact_person", organizationId: org.id });
    const result = await importOfferings(contact, bytes([header, ...goodRows(org.id)].join("\r\n")));
    expect(result).toEqual({ ok: true, created: 2, updated: 0, unchanged: 0 });
    const rows = await offeringsOf(org.id);
    expect(rows.map((r) => r.name.fi)).toEqual(["Avoimen AMK:n opinnot", "Liiketoiminnan perustutkinto"]);
    expect(rows[1]).toMatchObject({
      name: { fi: "Liiketoiminnan perustutkinto", sv: "Grundexamen i affärsverksamhet" },
      fieldCode: "kansallinenkoulutusluokitus2016koulutusalataso1_04",
      teachingLanguages: ["fi", "sv"],
      municipalityCode: "kunta_698",
      startDate: null,
      personalStart: true,
      durationValue: 18,
      durationUnit: "months",
      applicationEnd: "2026-12-31",
      fundingForms: ["self_motivated_study", "apprenticeship"],
    });
    expect(rows[0]).toMatchObject({ price: 1200.5, startDate: "2026-09-01", personalStart: false });
    // Each row went through the command: audited like a form.
    expect(await db().select().from(auditEvent).where(eq(auditEvent.entityId, rows[0].id))).toHaveLength(1);
  });

  it("puts every imported offering in the search index once the file is in, and none of a refused file", async () => {
    const org = await anOrganization();
    const contact = userWith({ role: "contact_person", organizationId: org.id });
    const indexed = async () =>
      (await db().select({ name: offeringSearch.sortName }).from(offeringSearch).where(eq(offeringSearch.organizationId, org.id))).map((r) => r.name).sort();
    expect(await importOfferings(contact, bytes([header, ...goodRows(org.id)].join("\n")))).toMatchObject({ ok: true, created: 2 });
    expect(await indexed()).toEqual(["Avoimen AMK:n opinnot", "Liiketoiminnan perustutkinto"]);
    const refused = goodRows(org.id)[0].replace("Liiketoiminnan perustutkinto", "Uusi koulutus").replace("kunta_698", "kunta_000");
    expect((await importOfferings(contact, bytes([header, goodRows(org.id)[1], refused].join("\n")))).ok).toBe(false);
    expect(await indexed()).toEqual(["Avoimen AMK:n opinnot", "Liiketoiminnan perustutkinto"]);
  });

  it("imports nothing from a file with a bad row and reports every bad row by line and column", async () => {
    const org = await anOrganization();
    const contact = userWith({ role: "contact_person", organizationId: org.id });
    const [good, second] = goodRows(org.id);
    const bad1 = good.replace("kansallinenkoulutusluokitus2016koulutusalataso1_04", "ala_04").replace("fi|sv", "fi|xx");
    const bad2 = second.replace("2026-09-01", "2026-02-30").replace(";false;", ";false;");
    const noStart = second.replace("2026-09-01", "");
    const result = await importOfferings(contact, bytes([header, good, bad1, bad2, noStart].join("\n")));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.rows.map((r) => [r.line, r.issues.map((i) => `${i.column} ${i.key}`)])).toEqual([
      [3, ["field_code validation.invalid", "teaching_languages validation.unknownCode"]],
      [4, ["start_date dates.validation.noSuchDay"]],
      [5, ["start_date validation.startRequired"]],
    ]);
    expect(result.rows[0].issues[1].values).toEqual({ value: "xx" });
    expect(await offeringsOf(org.id)).toHaveLength(0);
  });

  it("refuses a file with unknown or missing columns before reading rows", async () => {
    const org = await anOrganization();
    const contact = userWith({ role: "contact_person", organizationId: org.id });
    const result = await importOfferings(contact, bytes("organization;name_fi;colour\nx;y;z"));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fileIssues.map((i) => `${i.key} ${i.values?.column}`)).toEqual(
      expect.arrayContaining(["exchange.unknownColumn colour", "exchange.missingColumn education_type", "exchange.missingColumn municipality_code"]),
    );
    expect(await offeringsOf(org.id)).toHaveLength(0);
  });
});

describe("who may import offerings", () => {
  it("lets a contact person import only for their own organisation", async () => {
    const own = await anOrganization();
    const other = await anOrganization();
    const contact = userWith({ role: "contact_person", organizationId: own.id });
    const result = await importOfferings(contact, bytes([header, goodRows(own.id)[0], goodRows(other.id)[0]].join("\n")));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.rows).toEqual([{ line: 3, issues: [{ column: "organization", key: "exchange.notAllowed" }] }]);
    expect(await offeringsOf(own.id)).toHaveLength(0);
    expect(await offeringsOf(other.id)).toHaveLength(0);
  });

  it("lets a coordinator import for the organisations of their region and no other", async () => {
    const lapland = await anOrganization({ regionCodes: ["maakunta_19"] });
    const kainuu = await anOrganization({ regionCodes: ["maakunta_18"] });
    const coordinator = userWith({ role: "coordinator", regionCode: "maakunta_19" });
    expect(await importOfferings(coordinator, bytes([header, goodRows(lapland.id)[0]].join("\n")))).toEqual({ ok: true, created: 1, updated: 0, unchanged: 0 });
    const refused = await importOfferings(coordinator, bytes([header, goodRows(kainuu.id)[0]].join("\n")));
    expect(refused.ok).toBe(false);
    expect(await offeringsOf(kainuu.id)).toHaveLength(0);
    const practitioner = userWith({ role: "practitioner", practitionerId: "00000000-0000-4000-8000-000000000002" });
    expect((await importOfferings(practitioner, bytes([header, goodRows(lapland.id)[1]].join("\n")))).ok).toBe(false);
    expect(await offeringsOf(lapland.id)).toHaveLength(1);
  });
});

describe("CSV export of offerings", () => {
  it("exports the offerings the user keeps, and the export reads back in unchanged", async () => {
    const org = await anOrganization();
    const other = await anOrganization();
    await anOffering(org.id, {
      name: { fi: "Kokin tutkinto", en: "Cook" },
      price: 120.5,
      durationValue: 2,
      durationUnit: "years",
      targetGroups: ["unemployed"],
      fundingForms: ["apprenticeship"],
    });
    await anOffering(org.id, { name: { fi: "Joustava koulutus" }, startDate: undefined, personalStart: true, teachingLanguages: ["fi", "en"] });
    await anOffering(other.id);
    const contact = userWith({ role: "contact_person", organizationId: org.id });

    const records = await exportOfferingRecords(contact);
    expect(records.map((r) => r.name_fi)).toEqual(["Joustava koulutus", "Kokin tutkinto"]);
    expect(records[1]).toMatchObject({
      organization: org.id,
      price: "120.5",
      duration_value: "2",
      duration_unit: "years",
      target_groups: "unemployed",
      personal_start: "false",
    });
    expect(records[0]).toMatchObject({ start_date: "", personal_start: "true", teaching_languages: "fi|en" });

    const csv = offeringsCsv(records);
    const before = await offeringsOf(org.id);
    expect(await importOfferings(contact, bytes(csv))).toEqual({ ok: true, created: 0, updated: 0, unchanged: 2 });
    const after = await offeringsOf(org.id);
    // Rows that change nothing write nothing (decision 0209): a form opened before stays current.
    expect(after).toEqual(before);

    // The same file without ids finds the same offerings by name and start date (decision 0209).
    const parsed = readCsv(bytes(csv));
    if (!parsed.ok) throw new Error("export is not readable CSV");
    const withoutIds = [
      parsed.header.slice(1).join(";"),
      ...parsed.rows.map((r) =>
        r.values
          .slice(1)
          .map((v) => (v.includes(";") ? `"${v}"` : v))
          .join(";"),
      ),
    ].join("\n");
    expect(await importOfferings(contact, bytes(withoutIds))).toEqual({ ok: true, created: 0, updated: 0, unchanged: 2 });
    expect(await offeringsOf(org.id)).toHaveLength(2);
    expect(await offeringsOf(other.id)).toHaveLength(1);
  });
});
