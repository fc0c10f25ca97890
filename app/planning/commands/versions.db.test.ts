import { describe, expect, it } from "vitest";
import { anOrganization, failure, unique, userWith } from "../../../tests/support/fixtures";
import { expectVersionGuard } from "../../../tests/support/version-guard";
import { EditConflict } from "../../kit/validation/errors";
import type { ActionInput, AnswerInput, CommunicationInput, GoalInput } from "../inputs";
import { communicationItems, loadAssessment, loadPlan } from "../queries.server";
import { openRound, saveAnswer } from "./assessment.server";
import { addCommunicationItem, markReviewed, updateCommunicationItem } from "./communication.server";
import { addAction, addGoal, savePlan, updateAction, updateActionStatus, updateGoal } from "./plan.server";

const region = "maakunta_19";
const year = 2099;

async function loadItem(id: string) {
  const item = (await communicationItems(region, year)).find((i) => i.id === id)!;
  const values: CommunicationInput = { ...item, channel: item.channel as CommunicationInput["channel"] };
  return { version: item.version, values };
}

describe("a communication plan row's edit names the version it was loaded with", () => {
  it("refuses a second save from the same loaded form and keeps the first", async () => {
    const coordinator = { ...userWith({ role: "coordinator", regionCode: region }), name: "Kaisa Koordinaattori" };
    const input = { targetGroup: "Ohjaustoimijat", months: [3], channel: "email" as const, responsible: "Aino", content: unique("Uutiskirje ") };
    const id = await addCommunicationItem(coordinator, { regionCode: region, year }, input);
    await expectVersionGuard({
      load: () => loadItem(id),
      save: (values) => updateCommunicationItem(coordinator, id, values),
      edit: (values, mark) => ({ ...values, content: mark }),
      stored: async () => (await loadItem(id)).values.content,
      savedBy: "Kaisa Koordinaattori",
    });
    // Marking the row reviewed changes it too: a form opened before is stale.
    const opened = await loadItem(id);
    await markReviewed(coordinator, id, { reviewedOn: "2099-03-10" });
    expect(await failure(updateCommunicationItem(coordinator, id, { ...opened.values, content: "Myöhässä" }))).toBeInstanceOf(EditConflict);
  });
});

// Plans and rounds are one per region and year: this file's years are 2000–29, a plan of a former run is only saved over.
const planYear = 2000 + Math.floor(Math.random() * 30);
const coordinator = { ...userWith({ role: "coordinator", regionCode: region }), name: "Kaisa Koordinaattori" };

async function loadGoal(goalId: string) {
  const goal = (await loadPlan(region, planYear))!.goals.find((g) => g.id === goalId)!;
  const values: GoalInput = { title: goal.title, description: goal.description, strategicGoals: ["availability"], themes: [] };
  return { version: goal.version, values };
}

async function loadAction(actionId: string) {
  const a = (await loadPlan(region, planYear))!.goals.flatMap((g) => g.actions).find((x) => x.id === actionId)!;
  const values: ActionInput = {
    title: a.title,
    ownerOrganizationIds: a.ownerOrganizationIds,
    deadline: a.deadline ?? "",
    indicator: a.indicator,
    status: a.status,
    percent: a.percent ?? "",
    statusNote: a.statusNote,
  };
  return { version: a.version, values };
}

describe("the action plan's edits name the version they were loaded with", () => {
  it("summary: a stale save is refused, and so is creating a plan that someone created meanwhile", async () => {
    const planId = await savePlan(coordinator, { regionCode: region, year: planYear, summary: "Alku" });
    const loadSummary = async () => {
      const plan = (await loadPlan(region, planYear))!;
      return { version: plan.version, values: { regionCode: region, year: planYear, summary: plan.summary } };
    };
    await expectVersionGuard({
      load: loadSummary,
      save: (values) => savePlan(coordinator, values),
      edit: (values, mark) => ({ ...values, summary: mark }),
      stored: async () => (await loadSummary()).values.summary,
      savedBy: "Kaisa Koordinaattori",
    });
    // The form that creates the plan names version 0: the plan exists now, so it is stale.
    expect(await failure(savePlan(coordinator, { regionCode: region, year: planYear, summary: "Toinen luonnos", version: 0 }))).toBeInstanceOf(EditConflict);
    expect((await loadPlan(region, planYear))!.id).toBe(planId);
  });

  it("goal: a second save from the same loaded form is refused and the first kept", async () => {
    const planId = await savePlan(coordinator, { regionCode: region, year: planYear });
    const goalId = await addGoal(coordinator, planId, { title: unique("Tavoite "), strategicGoals: ["availability"], themes: [] });
    await expectVersionGuard({
      load: () => loadGoal(goalId),
      save: (values) => updateGoal(coordinator, goalId, values),
      edit: (values, mark) => ({ ...values, description: mark }),
      stored: async () => (await loadGoal(goalId)).values.description,
      savedBy: "Kaisa Koordinaattori",
    });
  });

  it("action: the whole form and the status form guard the same version", async () => {
    const owner = await anOrganization();
    const planId = await savePlan(coordinator, { regionCode: region, year: planYear });
    const goalId = await addGoal(coordinator, planId, { title: unique("Tavoite "), strategicGoals: ["availability"], themes: [] });
    const actionId = await addAction(coordinator, goalId, { title: unique("Toimenpide "), ownerOrganizationIds: [owner.id], status: "not_started" });
    await expectVersionGuard({
      load: () => loadAction(actionId),
      save: (values) => updateAction(coordinator, actionId, values),
      edit: (values, mark) => ({ ...values, indicator: mark }),
      stored: async () => (await loadAction(actionId)).values.indicator,
      savedBy: "Kaisa Koordinaattori",
    });
    const ownerContact = { ...userWith({ role: "contact_person", organizationId: owner.id }), name: "Olli Omistaja" };
    await expectVersionGuard({
      load: () => loadAction(actionId),
      save: ({ status, percent, statusNote, version }) => updateActionStatus(ownerContact, actionId, { status, percent, statusNote, version }),
      edit: (values, mark) => ({ ...values, statusNote: mark }),
      stored: async () => (await loadAction(actionId)).values.statusNote,
      savedBy: "Olli Omistaja",
    });
    // A status report changes the action: the coordinator's form opened before it is stale.
    const opened = await loadAction(actionId);
    await updateActionStatus(ownerContact, actionId, { status: "in_progress", percent: 40, version: opened.version });
    expect(await failure(updateAction(coordinator, actionId, { ...opened.values, title: "Myöhässä", version: opened.version }))).toBeInstanceOf(EditConflict);
    expect((await loadAction(actionId)).values.title).toBe(opened.values.title);
  });
});

describe("a self-assessment answer names the version it was loaded with", () => {
  it("refuses a second save from the same loaded form (another tab) and keeps the first", async () => {
    const member = await anOrganization();
    const contact = { ...userWith({ role: "contact_person", organizationId: member.id }), name: "Maija Jäsen" };
    const roundId = await openRound(coordinator, { regionCode: region, year: planYear });
    const stages = { general_situation: 1, guidance_concept: 2, operating_models: 2, forums: 3, effectiveness: 1 };
    // The form names version 0 while the person has no answer; an answer saved meanwhile makes it stale.
    await saveAnswer(contact, roundId, { stages, comments: {}, version: 0 });
    expect(await failure(saveAnswer(contact, roundId, { stages, comments: { forums: "Toinen välilehti" }, version: 0 }))).toBeInstanceOf(EditConflict);
    const loadAnswer = async () => {
      const mine = (await loadAssessment(region, planYear, contact.id)).myAnswer!;
      const values: AnswerInput = { stages: mine.stages as AnswerInput["stages"], comments: mine.comments };
      return { version: mine.version, values };
    };
    await expectVersionGuard({
      load: loadAnswer,
      save: (values) => saveAnswer(contact, roundId, values),
      edit: (values, mark) => ({ ...values, comments: { ...values.comments, general_situation: mark } }),
      stored: async () => (await loadAnswer()).values.comments.general_situation,
      savedBy: "Maija Jäsen",
    });
  });
});
