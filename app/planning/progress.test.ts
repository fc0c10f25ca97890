import { describe, expect, it } from "vitest";
import { summarizeAnswers } from "./assessment-results";
import { actionProgress, goalProgress, planProgress, statusCounts } from "./progress";

describe("progress roll-up", () => {
  it("counts an action by its status and percentage; cancelled does not count", () => {
    expect(actionProgress({ status: "done", percent: 10 })).toBe(100);
    expect(actionProgress({ status: "not_started", percent: 40 })).toBe(0);
    expect(actionProgress({ status: "in_progress", percent: 30 })).toBe(30);
    expect(actionProgress({ status: "in_progress", percent: null })).toBe(50);
    expect(actionProgress({ status: "cancelled", percent: 80 })).toBeNull();
  });

  it("averages actions into goals and goals into the plan, each goal weighing the same", () => {
    const a = {
      actions: [
        { status: "done", percent: null },
        { status: "not_started", percent: null },
        { status: "cancelled", percent: null },
      ],
    };
    const b = { actions: [{ status: "in_progress", percent: 20 }] };
    const empty = { actions: [] };
    expect(goalProgress(a.actions)).toBe(50);
    expect(goalProgress(b.actions)).toBe(20);
    expect(goalProgress([])).toBeNull();
    expect(planProgress([a, b, empty])).toBe(35);
    expect(planProgress([empty])).toBeNull();
    expect(statusCounts(a.actions)).toEqual({ not_started: 1, in_progress: 0, done: 1, cancelled: 1 });
  });
});

describe("self-assessment summary", () => {
  it("counts stages per dimension and gives their mean", () => {
    const results = summarizeAnswers([{ general_situation: 1, guidance_concept: 2 }, { general_situation: 3, guidance_concept: 2 }, { general_situation: 3 }]);
    expect(results[0]).toEqual({ dimension: "general_situation", counts: [1, 0, 2], answers: 3, mean: 2.3 });
    expect(results[1]).toEqual({ dimension: "guidance_concept", counts: [0, 2, 0], answers: 2, mean: 2 });
    expect(results[4]).toEqual({ dimension: "effectiveness", counts: [0, 0, 0], answers: 0, mean: null });
  });
});
