import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { db } from "../../app/kit/db/db.server";
import { createGroup } from "../../app/governance/commands/group.server";
import { createMeeting } from "../../app/governance/meetings/commands/meeting.server";
import { openRound } from "../../app/planning/commands/assessment.server";
import { addCommunicationItem } from "../../app/planning/commands/communication.server";
import { addAction, addGoal, savePlan } from "../../app/planning/commands/plan.server";
import { dimensions } from "../../app/planning/codes";
import { assessmentAnswer, communicationItem, planAction, planGoal } from "../../app/planning/schema.server";
import { anAccount, anOrganization, aPractitioner, system, unique } from "../support/fixtures";
import { get, postForm, signIn } from "../support/http";

// Each planning test file takes its years from a range of its own (2030–49, 2050–69, 2070–99), as they
// share one database and a region's plan and round are one per year.
let nextYear = 2070 + Math.floor(Math.random() * 23);

/** A region's plan, communication row and open round, with an account for each kind of user. */
async function aPlannedRegion() {
  const region = "maakunta_19";
  const year = nextYear++;
  const owner = await anOrganization();
  const member = await anOrganization();
  const elsewhere = await anOrganization({ regionCodes: ["maakunta_18"] });
  const planId = await savePlan(system, { regionCode: region, year, summary: "Yhteenveto" });
  const goalId = await addGoal(system, planId, { title: unique("Tavoite "), strategicGoals: ["quality"], themes: [] });
  const actionId = await addAction(system, goalId, { title: unique("Toimenpide "), ownerOrganizationIds: [owner.id], status: "not_started" });
  const itemId = await addCommunicationItem(
    system,
    { regionCode: region, year },
    { targetGroup: "Jäsenet", months: [2], channel: "intranet", responsible: "Aino", content: unique("Tiedote ") },
  );
  const roundId = await openRound(system, { regionCode: region, year });
  const accounts = {
    coordinator: await anAccount({ role: "coordinator", regionCode: region }),
    ownerContact: await anAccount({ role: "contact_person", organizationId: owner.id }),
    memberContact: await anAccount({ role: "contact_person", organizationId: member.id }),
    otherRegionContact: await anAccount({ role: "contact_person", organizationId: elsewhere.id }),
    otherCoordinator: await anAccount({ role: "coordinator", regionCode: "maakunta_18" }),
    practitioner: await anAccount({ role: "practitioner", practitionerId: await aPractitioner(owner.id) }),
  };
  const base = `/fi/work/planning/${region}/${year}`;
  return { region, year, planId, goalId, actionId, itemId, roundId, accounts, base };
}

const pages = ["action-plan", "communication", "assessment", "action-plan.xlsx", "action-plan.pdf"];

describe("planning pages over HTTP", { timeout: 120_000 }, () => {
  it("send anonymous visitors to sign in, refuse other regions and practitioners, and open to the region's members", async () => {
    const r = await aPlannedRegion();
    for (const page of pages) {
      const anonymous = await get(`${r.base}/${page}`);
      expect(anonymous.status, page).toBe(303);
      expect(anonymous.headers.get("location")).toContain("/fi/sign-in");
    }
    const anonymousPost = await postForm(`${r.base}/communication`, [
      ["intent", "delete"],
      ["id", r.itemId],
    ]);
    expect(anonymousPost.status).toBe(303);
    expect(anonymousPost.headers.get("location")).toContain("/fi/sign-in");
    expect(await db().select().from(communicationItem).where(eq(communicationItem.id, r.itemId))).toHaveLength(1);
    for (const account of [r.accounts.otherRegionContact, r.accounts.otherCoordinator, r.accounts.practitioner]) {
      const cookie = await signIn(account);
      for (const page of pages) expect((await get(`${r.base}/${page}`, cookie)).status, page).toBe(403);
      expect(
        (
          await postForm(
            `${r.base}/action-plan`,
            [
              ["intent", "status"],
              ["id", r.actionId],
              [`s.${r.actionId}.status`, "done"],
            ],
            cookie,
          )
        ).status,
      ).toBe(403);
      expect(
        (
          await postForm(
            `${r.base}/communication`,
            [
              ["intent", "delete"],
              ["id", r.itemId],
            ],
            cookie,
          )
        ).status,
      ).toBe(403);
      expect(
        (await postForm(`${r.base}/assessment`, [["intent", "answer"], ...dimensions.map((d): [string, string] => [`stages.${d}`, "2"])], cookie)).status,
      ).toBe(403);
    }
    expect(await db().select().from(communicationItem).where(eq(communicationItem.id, r.itemId))).toHaveLength(1);
    expect(await db().select().from(assessmentAnswer).where(eq(assessmentAnswer.roundId, r.roundId))).toHaveLength(0);
    const [untouched] = await db().select().from(planAction).where(eq(planAction.id, r.actionId));
    expect(untouched.status).toBe("not_started");
    const cookie = await signIn(r.accounts.memberContact);
    for (const page of pages) expect((await get(`${r.base}/${page}`, cookie)).status, page).toBe(200);
    expect((await get(`/fi/work/planning/maakunta_99/${r.year}/action-plan`, cookie)).status).toBe(404);
    expect((await get(`/fi/work/planning/${r.region}/20x6/action-plan`, cookie)).status).toBe(404);
  });

  it("let a member contact person read but not write, and the owner's contact person update the status", async () => {
    const r = await aPlannedRegion();
    const member = await signIn(r.accounts.memberContact);
    expect(
      (
        await postForm(
          `${r.base}/action-plan`,
          [
            ["intent", "addGoal"],
            ["newGoal.title", "Ei saa"],
            ["newGoal.strategicGoals", "quality"],
          ],
          member,
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await postForm(
          `${r.base}/action-plan`,
          [
            ["intent", "status"],
            ["id", r.actionId],
            [`s.${r.actionId}.status`, "done"],
          ],
          member,
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await postForm(
          `${r.base}/communication`,
          [
            ["intent", "delete"],
            ["id", r.itemId],
          ],
          member,
        )
      ).status,
    ).toBe(403);
    expect((await postForm(`${r.base}/assessment`, [["intent", "close"]], member)).status).toBe(403);
    expect(await db().select().from(planGoal).where(eq(planGoal.planId, r.planId))).toHaveLength(1);
    expect(await db().select().from(communicationItem).where(eq(communicationItem.id, r.itemId))).toHaveLength(1);

    const owner = await signIn(r.accounts.ownerContact);
    const bad = await postForm(
      `${r.base}/action-plan`,
      [
        ["intent", "status"],
        ["id", r.actionId],
        [`s.${r.actionId}.status`, "in_progress"],
        [`s.${r.actionId}.percent`, "120"],
      ],
      owner,
    );
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("Anna valmiusaste kokonaislukuna 0–100.");
    const ok = await postForm(
      `${r.base}/action-plan`,
      [
        ["intent", "status"],
        ["id", r.actionId],
        [`s.${r.actionId}.status`, "in_progress"],
        [`s.${r.actionId}.percent`, "60"],
      ],
      owner,
    );
    expect(ok.status).toBe(303);
    const [row] = await db().select().from(planAction).where(eq(planAction.id, r.actionId));
    expect(row).toMatchObject({ status: "in_progress", percent: 60 });
  });

  it("answer bad input on every form with 400 and a translated message, writing nothing", async () => {
    const r = await aPlannedRegion();
    const cookie = await signIn(r.accounts.coordinator);
    const goal = await postForm(
      `${r.base}/action-plan`,
      [
        ["intent", "addGoal"],
        ["newGoal.title", "Ilman strategista tavoitetta"],
      ],
      cookie,
    );
    expect(goal.status).toBe(400);
    expect(await goal.text()).toContain("Valitse vähintään yksi strateginen tavoite.");
    const action = await postForm(
      `/sv/work/planning/${r.region}/${r.year}/action-plan`,
      [
        ["intent", "addAction"],
        ["id", r.goalId],
        [`new.${r.goalId}.title`, "X"],
        [`new.${r.goalId}.status`, "not_started"],
      ],
      cookie,
    );
    expect(action.status).toBe(400);
    expect(await action.text()).toContain("Välj minst en ansvarig organisation.");
    expect(await db().select().from(planGoal).where(eq(planGoal.planId, r.planId))).toHaveLength(1);
    expect(await db().select().from(planAction).where(eq(planAction.goalId, r.goalId))).toHaveLength(1);

    const row = await postForm(
      `/en/work/planning/${r.region}/${r.year}/communication`,
      [
        ["intent", "add"],
        ["new.content", "Uutinen"],
        ["new.channel", "web"],
      ],
      cookie,
    );
    expect(row.status).toBe(400);
    const rowText = await row.text();
    expect(rowText).toContain("Choose at least one month.");
    expect(await db().select().from(communicationItem).where(eq(communicationItem.content, "Uutinen"))).toHaveLength(0);
    const review = await postForm(
      `${r.base}/communication`,
      [
        ["intent", "review"],
        ["id", r.itemId],
        [`r.${r.itemId}.reviewedOn`, "huomenna"],
      ],
      cookie,
    );
    expect(review.status).toBe(400);
    expect(await review.text()).toContain("Kokouksen päivä: anna päivämäärä muodossa 15.2.2027.");
    const unknownMeeting = await postForm(
      `${r.base}/communication`,
      [
        ["intent", "review"],
        ["id", r.itemId],
        [`r.${r.itemId}.reviewedOn`, "2026-03-10"],
        [`r.${r.itemId}.reviewedAtMeetingId`, "00000000-0000-4000-8000-000000000000"],
      ],
      cookie,
    );
    expect(unknownMeeting.status).toBe(400);
    expect(await unknownMeeting.text()).toContain("Valitse alueen ryhmän pidetty kokous.");
    expect((await db().select().from(communicationItem).where(eq(communicationItem.id, r.itemId)))[0].reviewedAtMeetingId).toBeNull();

    const answer = await postForm(
      `${r.base}/assessment`,
      [
        ["intent", "answer"],
        ["stages.general_situation", "4"],
      ],
      cookie,
    );
    expect(answer.status).toBe(400);
    expect(await answer.text()).toContain("Valitse vaihe 1, 2 tai 3.");
    expect(await db().select().from(assessmentAnswer).where(eq(assessmentAnswer.roundId, r.roundId))).toHaveLength(0);
  });

  it("mark a communication row reviewed at a held meeting of the region's groups, chosen from a list", async () => {
    const r = await aPlannedRegion();
    const year = new Date().getUTCFullYear();
    const groupId = await createGroup(system, { regionCode: r.region, type: "cooperation", name: { fi: unique("Ohjausryhmä ") }, description: {} });
    const meetingId = await createMeeting(system, groupId, {
      theme: unique("Viestintä "),
      date: `${year - 1}-12-01`,
      startTime: "13:00",
      endTime: "15:00",
      place: "Rovaniemi",
      agendaDeadline: `${year - 1}-11-20`,
    });
    const itemId = await addCommunicationItem(
      system,
      { regionCode: r.region, year },
      { targetGroup: "Jäsenet", months: [2], channel: "intranet", responsible: "Aino", content: unique("Tiedote ") },
    );
    const cookie = await signIn(r.accounts.coordinator);
    const path = `/fi/work/planning/${r.region}/${year}/communication`;
    expect(await (await get(path, cookie)).text()).toContain(`<option value="${meetingId}">`);
    const saved = await postForm(
      path,
      [
        ["intent", "review"],
        ["id", itemId],
        [`r.${itemId}.reviewedOn`, `${year - 1}-12-01`],
        [`r.${itemId}.reviewedAtMeetingId`, meetingId],
        [`r.${itemId}.reviewNote`, "Kohta 4"],
      ],
      cookie,
    );
    expect(saved.status).toBe(303);
    const [row] = await db().select().from(communicationItem).where(eq(communicationItem.id, itemId));
    expect([row.reviewedAtMeetingId, row.reviewNote]).toEqual([meetingId, "Kohta 4"]);
    expect(await (await get(path, cookie)).text()).toContain(`href="/fi/work/meetings/${meetingId}"`);
  });

  it("download the plan as XLSX and PDF", async () => {
    const r = await aPlannedRegion();
    const cookie = await signIn(r.accounts.ownerContact);
    const xlsx = await get(`${r.base}/action-plan.xlsx`, cookie);
    expect(xlsx.headers.get("content-type")).toContain("spreadsheetml");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    expect(workbook.getWorksheet("Toimenpiteet")!.rowCount).toBe(2);
    const pdf = await get(`${r.base}/action-plan.pdf`, cookie);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString("latin1"),
    ).toBe("%PDF-");
    expect((await get(`/fi/work/planning/${r.region}/${r.year + 100}/action-plan.pdf`, cookie)).status).toBe(404);
  });
});
