import ExcelJS from "exceljs";
import { and, count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { anOrganization, failure, issuesOf, system, unique, userWith } from "../../tests/support/fixtures";
import { auditEvent } from "../audit/schema.server";
import { db } from "../kit/db/db.server";
import { translator } from "../kit/i18n/catalogue";
import { EditConflict, PermissionDenied } from "../kit/validation/errors";
import { addAction, addGoal, savePlan } from "../planning/commands/plan.server";
import { createProject, updateProject } from "./commands/project.server";
import { registerCsv, registerTable, registerXlsx } from "./export.server";
import type { ProjectInput } from "./inputs";
import { projectCard, projectRegister, projectsOf } from "./queries.server";
import { developmentProject } from "./schema.server";

const kainuu = "maakunta_18";
const lapland = "maakunta_19";
const coordinator = userWith({ role: "coordinator", regionCode: kainuu });
const t = translator("fi");

const card = (organizationIds: string[], overrides: Partial<ProjectInput> = {}): ProjectInput => ({
  code: unique("S"),
  name: { fi: "Aikuiskoulutuksen ohjauspalvelut - Kainuu-verkosto" },
  summary: { fi: "Palvelumalli aikuisten ohjaukseen Kainuussa." },
  funder: "Euroopan sosiaalirahasto (ESR)",
  programme: "Toimintalinja 3",
  startsOn: "1.5.2009",
  endsOn: "31.10.2011",
  budget: "245 764",
  realised: "230 657,50 €",
  regionCodes: [kainuu],
  organizationIds,
  targetGroups: ["job_seekers"],
  indicators: { participants: { plannedTotal: "", realisedTotal: "86", realisedWomen: "71" } },
  outputs: "Opinraitti.fi\nPalvelumalli",
  planActionIds: [],
  ...overrides,
});

const rows = async () => (await db().select({ n: count() }).from(developmentProject))[0].n;

describe("project cards", { timeout: 60_000 }, () => {
  it("store the card's figures typed the Finnish way, its partners and plan actions, and audit the change", async () => {
    const partner = await anOrganization({ regionCodes: [kainuu] });
    const planId = await savePlan(system, { regionCode: kainuu, year: 2031, summary: "" });
    const goalId = await addGoal(system, planId, { title: "Ohjaus saatavilla", strategicGoals: ["availability"], themes: [] });
    const actionId = await addAction(system, goalId, { title: unique("Verkostotoimijakoulutus "), ownerOrganizationIds: [partner.id], status: "not_started" });
    const id = await createProject(coordinator, card([partner.id], { planActionIds: [actionId] }));
    const loaded = (await projectCard(id))!;
    expect(loaded.project.budgetCents).toBe(24_576_400);
    expect(loaded.project.realisedCents).toBe(23_065_750);
    expect(loaded.project.indicators).toEqual({ participants: { realisedTotal: 86, realisedWomen: 71 } });
    expect(loaded.project.startsOn).toBe("2009-05-01");
    expect(loaded.partners.map((p) => p.id)).toEqual([partner.id]);
    expect(loaded.actions.map((a) => a.id)).toEqual([actionId]);
    const audit = await db()
      .select({ action: auditEvent.action })
      .from(auditEvent)
      .where(and(eq(auditEvent.entityType, "development_project"), eq(auditEvent.entityId, id)));
    expect(audit.map((a) => a.action)).toEqual(["create"]);
    expect((await projectRegister(kainuu)).some((p) => p.id === id)).toBe(true);
    expect((await projectRegister(lapland)).some((p) => p.id === id)).toBe(false);
  });

  it("refuse bad input with field errors and write nothing", async () => {
    const partner = await anOrganization({ regionCodes: [kainuu] });
    const before = await rows();
    const issues = await issuesOf(
      createProject(
        coordinator,
        card([partner.id], {
          code: "",
          budget: "paljon",
          endsOn: "1.1.2009",
          indicators: { participants: { realisedTotal: "10", realisedWomen: "11" } },
          planActionIds: ["00000000-0000-4000-8000-000000000000"],
        }),
      ),
    );
    expect(issues).toEqual(
      expect.arrayContaining([
        "code:validation.required",
        "budget:validation.number",
        "indicators.participants.realisedWomen:projects.validation.womenOverTotal",
      ]),
    );
    expect(await issuesOf(createProject(coordinator, card([partner.id], { endsOn: "1.1.2009" })))).toEqual(["endsOn:projects.validation.endBeforeStart"]);
    expect(await issuesOf(createProject(coordinator, card([partner.id], { planActionIds: ["00000000-0000-4000-8000-000000000000"] })))).toEqual([
      "planActionIds:projects.validation.unknownAction",
    ]);
    const code = unique("S");
    await createProject(coordinator, card([partner.id], { code }));
    expect(await issuesOf(createProject(coordinator, card([partner.id], { code })))).toEqual(["code:projects.validation.codeTaken"]);
    expect(await rows()).toBe(before + 1);
  });

  it("are kept by the region's coordinators and the partners' contact persons only, and refuse a stale edit (409)", async () => {
    const partner = await anOrganization({ regionCodes: [kainuu] });
    const stranger = await anOrganization({ regionCodes: [lapland] });
    const contact = userWith({ role: "contact_person", organizationId: partner.id });
    const otherContact = userWith({ role: "contact_person", organizationId: stranger.id });
    expect(await failure(createProject(userWith({ role: "coordinator", regionCode: lapland }), card([partner.id])))).toBeInstanceOf(PermissionDenied);
    const id = await createProject(contact, card([partner.id]));
    expect(await failure(updateProject(otherContact, id, { ...card([partner.id]), version: 1 }))).toBeInstanceOf(PermissionDenied);
    await updateProject(contact, id, { ...card([partner.id]), funder: "ESR", version: 1 });
    expect(await failure(updateProject(coordinator, id, { ...card([partner.id]), funder: "Toinen", version: 1 }))).toBeInstanceOf(EditConflict);
    const [row] = await db().select().from(developmentProject).where(eq(developmentProject.id, id));
    expect(row.funder).toBe("ESR");
    expect(row.version).toBe(2);
    expect((await projectsOf(contact)).map((p) => p.id)).toContain(id);
    expect((await projectsOf(otherContact)).map((p) => p.id)).not.toContain(id);
  });

  it("export the register spreadsheet-safe, as CSV and XLSX", async () => {
    const partner = await anOrganization({ regionCodes: [kainuu], name: { fi: '=HYPERLINK("http://evil")' } });
    const id = await createProject(coordinator, card([partner.id], { funder: "@SUM(1+1)", outputs: "-2+3" }));
    const projects = (await projectRegister(kainuu)).filter((p) => p.id === id);
    const table = registerTable(projects, t, "fi", (code) => code);
    const csv = registerCsv(table);
    expect(csv).toContain("'@SUM(1+1)");
    expect(csv).toContain("'=HYPERLINK");
    expect(csv).not.toMatch(/;[=@+-]/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await registerXlsx(table, "Hankkeet", "Elo")).buffer);
    const values = workbook.worksheets[0].getRow(2).values as unknown[];
    expect(values).toContain("'@SUM(1+1)");
    expect(values).toContain(245764);
    expect(values).toContain(86);
  });
});
