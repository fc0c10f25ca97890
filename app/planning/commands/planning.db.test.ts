import { inflateSync } from "node:zlib";
import { eq, inArray } from "drizzle-orm";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { anAccountUser, anOrganization, aPractitioner, failure, issuesOf, system, unique, userWith } from "../../../tests/support/fixtures";
import { notificationsOf } from "../../notifications/queries.server";
import { createGroup } from "../../governance/commands/group.server";
import { cancelMeeting, createMeeting } from "../../governance/meetings/commands/meeting.server";
import { auditEvent } from "../../audit/schema.server";
import { db } from "../../kit/db/db.server";
import { PermissionDenied } from "../../kit/validation/errors";
import { planPdf, planXlsx } from "../export.server";
import { loadAssessment, loadPlan } from "../queries.server";
import { assessmentAnswer, assessmentRound, communicationItem, planAction, planGoal } from "../schema.server";
import { closeRound, openRound, saveAnswer } from "./assessment.server";
import { addCommunicationItem, deleteCommunicationItem, markReviewed, updateCommunicationItem } from "./communication.server";
import { addAction, addGoal, deleteGoal, savePlan, updateAction, updateActionStatus, updateGoal } from "./plan.server";

const auditOf = (entityId: string) => db().select().from(auditEvent).where(eq(auditEvent.entityId, entityId)).orderBy(auditEvent.id);

/**
 * A region of its own per test (years differ, so plans never collide), with an owner organisation, another
 * member, an organisation of another region, and a user of each kind.
 */
// Each planning test file takes its years from a range of its own (2030–49, 2050–69, 2070–99), as they
// share one database and a region's plan and round are one per year.
let nextYear = 2030 + Math.floor(Math.random() * 8);
async function aNetwork() {
  const region = "maakunta_19";
  const year = nextYear++;
  const owner = await anOrganization();
  const member = await anOrganization();
  const elsewhere = await anOrganization({ regionCodes: ["maakunta_18"] });
  const card = await aPractitioner(owner.id);
  return {
    region,
    year,
    owner,
    member,
    elsewhere,
    coordinator: userWith({ role: "coordinator", regionCode: region }),
    ownerContact: userWith({ role: "contact_person", organizationId: owner.id }),
    memberContact: userWith({ role: "contact_person", organizationId: member.id }),
    otherRegionContact: userWith({ role: "contact_person", organizationId: elsewhere.id }),
    otherCoordinator: userWith({ role: "coordinator", regionCode: "maakunta_18" }),
    practitioner: userWith({ role: "practitioner", practitionerId: card }),
  };
}

const goal = (title = unique("Tavoite ")) => ({
  title,
  description: "Kuvaus",
  strategicGoals: ["availability" as const, "coordination" as const],
  themes: ["multichannel" as const],
});

describe("action plan", () => {
  it("is written by the region's coordinators only, audited, with nothing written for the refused", async () => {
    const n = await aNetwork();
    const input = { regionCode: n.region, year: n.year, summary: "Vuoden painopisteet." };
    for (const caller of [n.ownerContact, n.otherCoordinator, n.otherRegionContact, n.practitioner])
      expect(await failure(savePlan(caller, input))).toBeInstanceOf(PermissionDenied);
    expect(await loadPlan(n.region, n.year)).toBeNull();
    const planId = await savePlan(n.coordinator, input);
    expect(await savePlan(n.coordinator, { ...input, summary: "Uusi yhteenveto." })).toBe(planId);
    expect((await auditOf(planId)).map((e) => e.action).sort()).toEqual(["create", "update"]);

    for (const caller of [n.ownerContact, n.otherCoordinator, n.practitioner])
      expect(await failure(addGoal(caller, planId, goal()))).toBeInstanceOf(PermissionDenied);
    const goalId = await addGoal(n.coordinator, planId, goal());
    const actionInput = {
      title: "Verkostokartan päivitys",
      ownerOrganizationIds: [n.owner.id],
      deadline: "2026-06-30",
      indicator: "Päivitettyjä kortteja 100",
      status: "not_started" as const,
    };
    for (const caller of [n.ownerContact, n.memberContact, n.otherCoordinator, n.practitioner]) {
      expect(await failure(addAction(caller, goalId, actionInput))).toBeInstanceOf(PermissionDenied);
      expect(await failure(updateGoal(caller, goalId, goal("Muutettu")))).toBeInstanceOf(PermissionDenied);
      expect(await failure(deleteGoal(caller, goalId))).toBeInstanceOf(PermissionDenied);
    }
    const actionId = await addAction(n.coordinator, goalId, actionInput);
    expect(await failure(updateAction(n.ownerContact, actionId, { ...actionInput, title: "Kaapattu" }))).toBeInstanceOf(PermissionDenied);
    const plan = await loadPlan(n.region, n.year);
    expect(plan?.goals.map((g) => g.actions.map((a) => a.title))).toEqual([["Verkostokartan päivitys"]]);
    expect((await auditOf(actionId)).map((e) => e.action)).toEqual(["create"]);
  });

  it("lets contact persons of an owner organisation update their action's status, and rolls progress up", async () => {
    const n = await aNetwork();
    const planId = await savePlan(n.coordinator, { regionCode: n.region, year: n.year });
    const goalId = await addGoal(n.coordinator, planId, goal());
    const mine = await addAction(n.coordinator, goalId, { title: "Oma", ownerOrganizationIds: [n.owner.id], status: "not_started" });
    await addAction(n.coordinator, goalId, { title: "Valmis", ownerOrganizationIds: [n.member.id], status: "done" });
    for (const caller of [n.memberContact, n.otherRegionContact, n.otherCoordinator, n.practitioner])
      expect(await failure(updateActionStatus(caller, mine, { status: "done" }))).toBeInstanceOf(PermissionDenied);
    expect(await issuesOf(updateActionStatus(n.ownerContact, mine, { status: "in_progress", percent: "150" }))).toEqual([
      "percent:planning.validation.percent",
    ]);
    expect(await issuesOf(updateActionStatus(n.ownerContact, mine, { status: "finished" as never }))).toEqual(["status:validation.invalid"]);
    let plan = await loadPlan(n.region, n.year);
    expect(plan?.goals[0].actions[0].status).toBe("not_started");
    expect(plan?.progress).toBe(50);

    await updateActionStatus(n.ownerContact, mine, { status: "in_progress", percent: "40", statusNote: "Kysely lähetetty." });
    plan = await loadPlan(n.region, n.year);
    expect(plan?.goals[0].actions[0]).toMatchObject({ status: "in_progress", percent: 40, statusNote: "Kysely lähetetty." });
    expect(plan?.goals[0].progress).toBe(70);
    const events = await auditOf(mine);
    expect(events.map((e) => e.action)).toEqual(["create", "update"]);
    expect(events[1].changes).toMatchObject({ status: { old: "not_started", new: "in_progress" } });
  });

  it("refuses bad goals and actions with translated issues and writes nothing", async () => {
    const n = await aNetwork();
    const planId = await savePlan(n.coordinator, { regionCode: n.region, year: n.year });
    expect(await issuesOf(savePlan(n.coordinator, { regionCode: n.region, year: "20x6" }))).toEqual(["year:planning.validation.year"]);
    expect(await issuesOf(addGoal(n.coordinator, planId, { title: " ", strategicGoals: [], themes: ["nonsense" as never] }))).toEqual(
      expect.arrayContaining(["title:validation.required", "themes.0:validation.invalid"]),
    );
    expect(await issuesOf(addGoal(n.coordinator, planId, { title: "Ilman strategista tavoitetta", strategicGoals: [], themes: [] }))).toEqual([
      "strategicGoals:planning.validation.strategicGoal",
    ]);
    expect(await db().select().from(planGoal).where(eq(planGoal.planId, planId))).toHaveLength(0);
    const goalId = await addGoal(n.coordinator, planId, goal());
    expect(await issuesOf(addAction(n.coordinator, goalId, { title: "X", ownerOrganizationIds: [n.elsewhere.id], status: "not_started" }))).toEqual([
      "ownerOrganizationIds:planning.validation.ownerOutsideRegion",
    ]);
    expect(await issuesOf(addAction(n.coordinator, goalId, { title: "X", ownerOrganizationIds: [], deadline: "2026-02-30", status: "not_started" }))).toEqual(
      expect.arrayContaining(["ownerOrganizationIds:planning.validation.owner", "deadline:dates.validation.noSuchDay"]),
    );
    expect(await db().select().from(planAction).where(eq(planAction.goalId, goalId))).toHaveLength(0);
  });

  it("exports as an XLSX that opens with its rows and as a PDF with the plan's text", async () => {
    const n = await aNetwork();
    const planId = await savePlan(n.coordinator, { regionCode: n.region, year: n.year, summary: "Yhteenveto äöå." });
    const goalId = await addGoal(n.coordinator, planId, goal("Ohjauspalvelujen saavutettavuus"));
    await addAction(n.coordinator, goalId, {
      title: "Liikkuva ohjauspiste kylille",
      ownerOrganizationIds: [n.owner.id],
      deadline: "2026-09-30",
      indicator: "Käyntejä 40",
      status: "in_progress",
      percent: "25",
    });
    await addAction(n.coordinator, goalId, { title: "Yhteinen chat-päivystys", ownerOrganizationIds: [n.owner.id, n.member.id], status: "done" });
    const plan = (await loadPlan(n.region, n.year))!;

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await planXlsx(plan, { regionName: "Lappi", lang: "fi" })).buffer);
    const actions = workbook.getWorksheet("Toimenpiteet")!;
    expect(actions.getRow(1).getCell(2).value).toBe("Toimenpide");
    expect(actions.rowCount).toBe(3);
    expect(actions.getRow(2).getCell(2).value).toBe("Liikkuva ohjauspiste kylille");
    expect(actions.getRow(2).getCell(3).value).toBe(n.owner.name);
    expect(actions.getRow(2).getCell(6).value).toBe("Käynnissä");
    expect(actions.getRow(2).getCell(7).value).toBe(25);
    expect(actions.getRow(3).getCell(3).value).toBe(`${n.owner.name}; ${n.member.name}`);
    const goals = workbook.getWorksheet("Tavoitteet")!;
    expect(goals.getRow(2).getCell(1).value).toBe("Ohjauspalvelujen saavutettavuus");
    expect(goals.getRow(2).getCell(6).value).toBe(63);

    const pdf = await planPdf(plan, { regionName: "Lappi", lang: "fi" });
    expect(Buffer.from(pdf.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    const text = pdfText(Buffer.from(pdf));
    expect(text).toContain(`Toimintasuunnitelma ${n.year}: Lappi`);
    expect(text).toContain("Liikkuva ohjauspiste kylille");
    expect(text).toContain("Yhteenveto äöå.");
    expect(text).toContain("Tila: Käynnissä (25 %)");
    // A deadline reads as a Finnish date in the PDF; the spreadsheet keeps the ISO date.
    expect(text).toContain("30.9.2026");
    expect(text).not.toContain("2026-09-30");
  });
});

/** The text a PDF shows: its content streams inflated, the hex strings of their text operators decoded (WinAnsi). */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString("latin1");
  const lines: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = raw.indexOf("endstream", start);
    let content: string;
    try {
      content = inflateSync(pdf.subarray(start, end)).toString("latin1");
    } catch {
      continue;
    }
    for (const op of content.matchAll(/\[((?:<[0-9a-f]*>|[^\]])*)\] TJ/gi))
      lines.push([...op[1].matchAll(/<([0-9a-f]*)>/gi)].map((h) => Buffer.from(h[1], "hex").toString("latin1")).join(""));
  }
  return lines.join("\n");
}

describe("communication plan", () => {
  it("rows are kept by coordinators, marked reviewed with date and name, audited, refused to others", async () => {
    const n = await aNetwork();
    const input = {
      targetGroup: "Ohjaustoimijat",
      months: [3, 9],
      timing: "ennen yhteishakua",
      channel: "email" as const,
      responsible: "Aino Esimerkki",
      content: unique("Uutiskirje "),
      aim: "Verkosto tietää ajankohtaiset asiat",
    };
    for (const caller of [n.ownerContact, n.otherCoordinator, n.practitioner])
      expect(await failure(addCommunicationItem(caller, { regionCode: n.region, year: n.year }, input))).toBeInstanceOf(PermissionDenied);
    const id = await addCommunicationItem(n.coordinator, { regionCode: n.region, year: n.year }, input);
    for (const caller of [n.ownerContact, n.otherCoordinator, n.practitioner]) {
      expect(await failure(updateCommunicationItem(caller, id, { ...input, content: "X" }))).toBeInstanceOf(PermissionDenied);
      expect(await failure(markReviewed(caller, id, { reviewedOn: "2026-03-10" }))).toBeInstanceOf(PermissionDenied);
      expect(await failure(deleteCommunicationItem(caller, id))).toBeInstanceOf(PermissionDenied);
    }
    await markReviewed({ ...n.coordinator, name: "Kaisa Koordinaattori" }, id, { reviewedOn: "2026-03-10", reviewNote: "Ohjausryhmän kokous 1/2026" });
    const [row] = await db().select().from(communicationItem).where(eq(communicationItem.id, id));
    expect(row).toMatchObject({
      content: input.content,
      months: [3, 9],
      reviewedOn: "2026-03-10",
      reviewedBy: "Kaisa Koordinaattori",
      reviewNote: "Ohjausryhmän kokous 1/2026",
    });
    await deleteCommunicationItem(n.coordinator, id);
    expect((await auditOf(id)).map((e) => e.action)).toEqual(["create", "review", "delete"]);
  });

  it("may name a held meeting of the region's groups as where a row was reviewed, keeping the note; other meetings are refused", async () => {
    const n = await aNetwork();
    const meetingOf = async (regionCode: string, date: string) => {
      const groupId = await createGroup(system, { regionCode, type: "cooperation", name: { fi: unique("Ohjausryhmä ") }, description: {} });
      return createMeeting(system, groupId, { theme: "Viestintä", date, startTime: "13:00", endTime: "15:00", place: "Rovaniemi", agendaDeadline: date });
    };
    const held = await meetingOf(n.region, "2024-05-02");
    const cancelled = await meetingOf(n.region, "2024-06-02");
    await cancelMeeting(system, cancelled);
    const future = await meetingOf(n.region, "2099-06-02");
    const elsewhere = await meetingOf("maakunta_18", "2024-06-02");
    const input = { targetGroup: "Oppilaitokset", months: [3], channel: "email" as const, responsible: "Kaisa", content: unique("Uutiskirje ") };
    const id = await addCommunicationItem(n.coordinator, { regionCode: n.region, year: n.year }, input);
    for (const other of [cancelled, future, elsewhere, "00000000-0000-4000-8000-000000000000"])
      expect(await issuesOf(markReviewed(n.coordinator, id, { reviewedOn: "2024-05-02", reviewedAtMeetingId: other }))).toEqual([
        "reviewedAtMeetingId:planning.validation.reviewMeeting",
      ]);
    expect(await issuesOf(markReviewed(n.coordinator, id, { reviewedOn: "2024-05-02", reviewedAtMeetingId: "kokous" }))).toEqual([
      "reviewedAtMeetingId:validation.uuid",
    ]);
    expect((await db().select().from(communicationItem).where(eq(communicationItem.id, id)))[0].reviewedOn).toBeNull();
    await markReviewed(n.coordinator, id, { reviewedOn: "2024-05-02", reviewedAtMeetingId: held, reviewNote: "Kohta 5" });
    const [row] = await db().select().from(communicationItem).where(eq(communicationItem.id, id));
    expect(row).toMatchObject({ reviewedOn: "2024-05-02", reviewedAtMeetingId: held, reviewNote: "Kohta 5" });
    expect((await auditOf(id)).map((e) => e.action)).toEqual(["create", "review"]);
  });

  it("refuses bad rows with translated issues and writes nothing", async () => {
    const n = await aNetwork();
    const content = unique("Virheellinen ");
    expect(
      await issuesOf(
        addCommunicationItem(
          n.coordinator,
          { regionCode: n.region, year: n.year },
          { targetGroup: "", months: [], channel: "pigeon" as never, responsible: "", content },
        ),
      ),
    ).toEqual(
      expect.arrayContaining([
        "targetGroup:validation.required",
        "months:planning.validation.month",
        "channel:validation.invalid",
        "responsible:validation.required",
      ]),
    );
    expect(
      await issuesOf(
        addCommunicationItem(
          n.coordinator,
          { regionCode: n.region, year: n.year },
          { targetGroup: "A", months: [13], channel: "web", responsible: "B", content },
        ),
      ),
    ).toEqual(["months.0:validation.invalid"]);
    const rows = await db().select().from(communicationItem).where(eq(communicationItem.content, content));
    expect(rows).toHaveLength(0);
    const id = await addCommunicationItem(
      n.coordinator,
      { regionCode: n.region, year: n.year },
      { targetGroup: "A", months: [1], channel: "web", responsible: "B", content },
    );
    expect(await issuesOf(markReviewed(n.coordinator, id, { reviewedOn: "31.2.2026" }))).toEqual(["reviewedOn:dates.validation.noSuchDay"]);
    const [row] = await db().select().from(communicationItem).where(eq(communicationItem.id, id));
    expect(row.reviewedOn).toBeNull();
  });
});

describe("self-assessment", () => {
  const answer = (stage: number, comment?: string) => ({
    stages: { general_situation: stage, guidance_concept: stage, operating_models: 2, forums: 3, effectiveness: 1 },
    comments: { general_situation: comment },
  });

  it("rounds are opened and closed by coordinators; members answer once each, editable while open", async () => {
    const n = await aNetwork();
    for (const caller of [n.ownerContact, n.otherCoordinator, n.practitioner])
      expect(await failure(openRound(caller, { regionCode: n.region, year: n.year }))).toBeInstanceOf(PermissionDenied);
    expect(await db().select().from(assessmentRound).where(eq(assessmentRound.year, n.year))).toHaveLength(0);
    const roundId = await openRound(n.coordinator, { regionCode: n.region, year: n.year });
    for (const caller of [n.otherRegionContact, n.otherCoordinator, n.practitioner])
      expect(await failure(saveAnswer(caller, roundId, answer(2)))).toBeInstanceOf(PermissionDenied);

    const first = await saveAnswer(n.memberContact, roundId, answer(1, "Toimijat eivät vielä tunne toisiaan."));
    expect(await saveAnswer(n.memberContact, roundId, answer(2))).toBe(first);
    await saveAnswer(n.coordinator, roundId, answer(3));
    const rows = await db().select().from(assessmentAnswer).where(eq(assessmentAnswer.roundId, roundId));
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.id === first)?.stages.general_situation).toBe(2);
    expect((await auditOf(first)).map((e) => e.action)).toEqual(["create", "update"]);

    expect(await failure(closeRound(n.memberContact, roundId))).toBeInstanceOf(PermissionDenied);
    await closeRound(n.coordinator, roundId);
    expect(await failure(saveAnswer(n.memberContact, roundId, answer(3)))).toBeInstanceOf(PermissionDenied);
    const view = await loadAssessment(n.region, n.year, n.memberContact.id);
    expect(view.round).toMatchObject({ status: "closed", answers: 2 });
    expect(view.round?.results[0]).toMatchObject({ dimension: "general_situation", counts: [0, 1, 1], mean: 2.5 });
    expect(view.myAnswer?.stages.general_situation).toBe(2);
    expect((await auditOf(roundId)).map((e) => e.action)).toEqual(["create", "update"]);
  });

  it("refuses an answer with a missing or impossible stage and writes nothing", async () => {
    const n = await aNetwork();
    const roundId = await openRound(n.coordinator, { regionCode: n.region, year: n.year });
    expect(await issuesOf(saveAnswer(n.memberContact, roundId, { stages: { ...answer(2).stages, forums: 4, effectiveness: "" }, comments: {} }))).toEqual(
      expect.arrayContaining(["stages.forums:planning.validation.stage", "stages.effectiveness:planning.validation.stage"]),
    );
    expect(
      await db()
        .select()
        .from(assessmentAnswer)
        .where(inArray(assessmentAnswer.roundId, [roundId])),
    ).toHaveLength(0);
  });
});

describe("audit trail of plans", () => {
  it("shows a region's planning changes to its coordinators, not to another region's", async () => {
    const { listAuditEvents } = await import("../../audit/queries.server");
    const n = await aNetwork();
    const planId = await savePlan(n.coordinator, { regionCode: n.region, year: n.year });
    const goalId = await addGoal(n.coordinator, planId, goal());
    const itemId = await addCommunicationItem(
      n.coordinator,
      { regionCode: n.region, year: n.year },
      { targetGroup: "A", months: [5], channel: "web", responsible: "B", content: unique("Poistettava ") },
    );
    await deleteCommunicationItem(n.coordinator, itemId);
    const seen = async (caller: typeof n.coordinator, entityId: string) => (await listAuditEvents(caller, { entityId })).rows.map((r) => r.action);
    expect(await seen(n.coordinator, planId)).toEqual(["create"]);
    expect(await seen(n.coordinator, goalId)).toEqual(["create"]);
    expect((await seen(n.coordinator, itemId)).sort()).toEqual(["create", "delete"]);
    expect(await seen(n.otherCoordinator, planId)).toEqual([]);
    expect(await seen(n.otherCoordinator, itemId)).toEqual([]);
  });
});

describe("notifications", () => {
  it("tell owner organisations' contact persons of their actions and the region's people of an opened round; refused commands notify nobody", async () => {
    const n = await aNetwork();
    const ownerContact = await anAccountUser({ role: "contact_person", organizationId: n.owner.id });
    const memberContact = await anAccountUser({ role: "contact_person", organizationId: n.member.id });
    const elsewhereContact = await anAccountUser({ role: "contact_person", organizationId: n.elsewhere.id });
    const coordinator = await anAccountUser({ role: "coordinator", regionCode: n.region });
    const otherCoordinator = await anAccountUser({ role: "coordinator", regionCode: "maakunta_18" });
    const kinds = async (userId: string) => (await notificationsOf(userId)).map((x) => x.kind).sort();
    const planId = await savePlan(coordinator, { regionCode: n.region, year: n.year, summary: "" });
    const goalId = await addGoal(coordinator, planId, goal());
    const actionInput = { title: unique("Toimenpide "), ownerOrganizationIds: [n.owner.id], status: "not_started" as const };

    expect(await failure(addAction(ownerContact, goalId, actionInput))).toBeInstanceOf(PermissionDenied);
    expect(await issuesOf(addAction(coordinator, goalId, { ...actionInput, ownerOrganizationIds: [n.owner.id, n.elsewhere.id] }))).toEqual([
      "ownerOrganizationIds:planning.validation.ownerOutsideRegion",
    ]);
    expect(await kinds(ownerContact.id)).toEqual([]);
    const actionId = await addAction(coordinator, goalId, actionInput);
    expect(await kinds(ownerContact.id)).toEqual(["plan_action.assigned"]);
    expect((await notificationsOf(ownerContact.id))[0].link).toBe(`/work/planning/${n.region}/${n.year}/action-plan`);
    expect(await kinds(memberContact.id)).toEqual([]);
    // Only organisations newly named as owners are told.
    await updateAction(coordinator, actionId, { ...actionInput, ownerOrganizationIds: [n.owner.id, n.member.id] });
    expect(await kinds(ownerContact.id)).toEqual(["plan_action.assigned"]);
    expect(await kinds(memberContact.id)).toEqual(["plan_action.assigned"]);

    expect(await failure(openRound(ownerContact, { regionCode: n.region, year: n.year }))).toBeInstanceOf(PermissionDenied);
    expect(await kinds(coordinator.id)).toEqual([]);
    await openRound(coordinator, { regionCode: n.region, year: n.year });
    await openRound(coordinator, { regionCode: n.region, year: n.year });
    for (const who of [ownerContact, memberContact]) expect(await kinds(who.id)).toEqual(["assessment_round.opened", "plan_action.assigned"]);
    expect(await kinds(coordinator.id)).toEqual(["assessment_round.opened"]);
    expect(await kinds(elsewhereContact.id)).toEqual([]);
    expect(await kinds(otherCoordinator.id)).toEqual([]);
  });
});
