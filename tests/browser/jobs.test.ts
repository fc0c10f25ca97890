import { sql } from "drizzle-orm";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defineTask } from "../../app/jobs/define.server";
import { enqueueJob } from "../../app/jobs/enqueue.server";
import { db } from "../../app/kit/db/db.server";
import { anAccount, unique } from "../support/fixtures";
import { appUrl, expectNoAxeViolations, launchBrowser, newPage } from "../support/browser";
import { get, postForm, signIn as signInHttp } from "../support/http";
import { signIn } from "../support/sign-in";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// The test server runs no job runner: a job stays where the test puts it.
const probe = defineTask<{ note: string }>("test.browser-probe", { run: async () => {} });

/** A job that has used up its tries, with its last error (graphile-worker's own way to fail one). */
async function aFailedJob(): Promise<string> {
  const key = unique("test.browser-probe:");
  await enqueueJob(db(), probe, { note: "probe" }, { key });
  const {
    rows: [job],
  } = await db().execute<{ id: string }>(sql`select id::text from graphile_worker.jobs where key = ${key}`);
  await db().execute(sql`select graphile_worker.permanently_fail_jobs(array[${job.id}::bigint], 'Connection refused by smtp.example.fi')`);
  return job.id;
}

const attemptsOf = async (id: string) =>
  (await db().execute<{ attempts: number }>(sql`select attempts from graphile_worker.jobs where id = ${id}::bigint`)).rows[0].attempts;

describe("the jobs page", { timeout: 90_000 }, () => {
  it("shows an admin the failed job with its error and retries it, accessibly, from the work dashboard", async () => {
    const id = await aFailedJob();
    const admin = await anAccount({ role: "admin" });
    const { context, page } = await newPage(browser);
    await signIn(page, admin, "/fi/work");
    await page.getByRole("link", { name: "Taustatyöt" }).click();
    await page.waitForURL(appUrl("/fi/work/jobs"));
    await page.locator("h1", { hasText: "Taustatyöt" }).waitFor();
    const row = page.locator(`#jobs-failed-table #job-${id}`);
    expect(await row.textContent()).toContain("Connection refused by smtp.example.fi");
    expect(await page.locator("#jobs-failed-table caption").textContent()).toContain("Epäonnistuneet");
    // The test server schedules no reminders (ELO_REMINDERS=false) and no limit clean-up
    // (ELO_RATE_LIMIT=false); the purges of personal data and deleted files run daily everywhere:
    // deleted documents, expired satisfaction questions, bookings', contact requests', referrals' and
    // event registrations' details, chat transcripts.
    const schedules = await page.locator("section[aria-labelledby='jobs-schedules'] tbody tr").allTextContents();
    expect(schedules).toHaveLength(7);
    expect(schedules).toContainEqual(expect.stringContaining("Poistettujen asiakirjojen tiedostojen hävitys"));
    await expectNoAxeViolations(page);

    await row.getByRole("button", { name: `Yritä nyt (työ ${id})` }).click();
    await page.getByRole("status").waitFor();
    expect(await page.getByRole("status").textContent()).toBe("Työ on jonossa ja käynnistyy hetken kuluttua.");
    // Queued jobs list by when they run, 50 at most: in a full test run the (runner-less) server's
    // queue holds many older mail jobs, so the retried job is checked in the queue itself.
    expect(await page.locator("#jobs-queued-table").count()).toBe(1);
    expect(await page.locator(`#jobs-failed-table #job-${id}`).count()).toBe(0);
    expect(await attemptsOf(id)).toBe(0);
    await expectNoAxeViolations(page);
    await context.close();
  });

  it("refuses everyone but admins, and answers bad and pointless retries", async () => {
    const id = await aFailedJob();
    const coordinator = await signInHttp(await anAccount({ role: "coordinator", regionCode: "maakunta_19" }));
    expect((await get("/fi/work/jobs", coordinator)).status).toBe(403);
    expect(
      (
        await postForm(
          "/fi/work/jobs",
          [
            ["intent", "retry"],
            ["id", id],
          ],
          coordinator,
        )
      ).status,
    ).toBe(403);
    expect(await attemptsOf(id)).toBeGreaterThan(0);
    const anonymous = await postForm("/fi/work/jobs", [
      ["intent", "retry"],
      ["id", id],
    ]);
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get("location")).toMatch(/^\/fi\/sign-in/);
    expect(await attemptsOf(id)).toBeGreaterThan(0);

    const admin = await signInHttp(await anAccount({ role: "admin" }));
    expect(
      (
        await postForm(
          "/en/work/jobs",
          [
            ["intent", "retry"],
            ["id", "1 or 1=1"],
          ],
          admin,
        )
      ).status,
    ).toBe(404);
    expect(
      (
        await postForm(
          "/en/work/jobs",
          [
            ["intent", "delete"],
            ["id", id],
          ],
          admin,
        )
      ).status,
    ).toBe(400);
    const retried = await postForm(
      "/sv/work/jobs",
      [
        ["intent", "retry"],
        ["id", id],
      ],
      admin,
    );
    expect(retried.status).toBe(303);
    expect(retried.headers.get("location")).toBe("/sv/work/jobs?notice=retried");
    // Queued now: a second retry has nothing to do.
    const again = await postForm(
      "/en/work/jobs",
      [
        ["intent", "retry"],
        ["id", id],
      ],
      admin,
    );
    expect(again.status).toBe(400);
    expect(await again.text()).toContain("The job cannot be started again");
    expect(await (await get("/sv/work/jobs", admin)).text()).toContain("<h1>Bakgrundsjobb</h1>");
  });
});
