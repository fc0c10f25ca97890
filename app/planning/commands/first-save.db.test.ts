import { expect, it } from "vitest";
import { failure, userWith } from "../../../tests/support/fixtures";
import { db } from "../../kit/db/db.server";
import { EditConflict } from "../../kit/validation/errors";
import { loadPlan } from "../queries.server";
import { savePlan } from "./plan.server";

// Years 2030–59 are this file's own: other files use theirs, and a plan is one per region and year.
const region = "maakunta_18";
const year = 2030 + Math.floor(Math.random() * 30);
const coordinator = { ...userWith({ role: "coordinator", regionCode: region }), name: "Kaisa Koordinaattori" };

it("two first saves of one plan: the one that loses the race gets a conflict, not a database error", async () => {
  if (await loadPlan(region, year)) return; // a former run's plan: nothing to race for
  let releaseFirst!: () => void;
  const firstMayCommit = new Promise<void>((resolve) => (releaseFirst = resolve));
  let firstInserted!: () => void;
  const inserted = new Promise<void>((resolve) => (firstInserted = resolve));
  // The first save inserts the plan and holds its transaction open until the second has started.
  const first = db().transaction(async (tx) => {
    await savePlan(coordinator, { regionCode: region, year, summary: "Ensimmäinen", version: 0 }, tx);
    firstInserted();
    await firstMayCommit;
  });
  await inserted;
  const second = failure(savePlan(coordinator, { regionCode: region, year, summary: "Toinen", version: 0 }));
  // The second's insert waits on the first's uncommitted row; let the first commit.
  setTimeout(releaseFirst, 300);
  await first;
  expect(await second).toBeInstanceOf(EditConflict);
  expect((await loadPlan(region, year))!.summary).toBe("Ensimmäinen");
});
