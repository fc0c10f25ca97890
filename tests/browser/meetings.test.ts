import ICAL from "ical.js";
import { eq, inArray } from "drizzle-orm";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../app/kit/db/db.server";
import { todayInFinland } from "../../app/kit/dates/calendar";
import { createMeeting } from "../../app/governance/meetings/commands/meeting.server";
import { meeting } from "../../app/governance/meetings/schema.server";
import { outboxMessage } from "../../app/mail/schema.server";
import { practitioner } from "../../app/network-map/schema.server";
import { appUrl, expectNoAxeViolations, launchBrowser, newPage } from "../support/browser";
import { aGroupWithOfficers, anAccount, system, unique } from "../support/fixtures";
import { signIn } from "../support/sign-in";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function aGroup() {
  const { org, other, groupId, chairCard, secretaryCard, memberCard } = await aGroupWithOfficers({ type: "cooperation", name: "Lapin ELO " });
  const emails = (
    await db()
      .select({ email: practitioner.email })
      .from(practitioner)
      .where(inArray(practitioner.id, [chairCard, secretaryCard, memberCard]))
  ).map((r) => r.email!.toLowerCase());
  return {
    groupId,
    org,
    other,
    emails,
    secretary: await anAccount({ role: "practitioner", practitionerId: secretaryCard }),
    member: await anAccount({ role: "practitioner", practitionerId: memberCard }),
  };
}

describe("the meeting cycle in the browser", { timeout: 180_000 }, () => {
  it("plan, propose, accept, invite, attend, minutes, approve – with no axe violations on the way", async () => {
    const g = await aGroup();
    const today = todayInFinland();
    const theme = unique("Ohjaamo-yhteistyö ");
    const { context, page } = await newPage(browser);
    await signIn(page, g.secretary, `/fi/work/groups/${g.groupId}/meetings`);
    await expectNoAxeViolations(page);

    // Plan: a bad form first (errors announced, axe clean), then a meeting of today at 00:00, so that it has been
    // held (the test assumes it does not run in the first half hour after midnight in Finland).
    await page.getByRole("button", { name: "Lisää kokous suunnitelmaan" }).click();
    await page.waitForSelector(".error-summary");
    await expectNoAxeViolations(page);
    await page.fill("#f-theme", theme);
    await page.fill("#f-date", today);
    await page.fill("#f-startTime", "00:00");
    await page.fill("#f-endTime", "00:10");
    await page.fill("#f-place", "Hallituskatu 5, Rovaniemi");
    await page.fill("#f-agendaDeadline", today);
    await Promise.all([
      page.waitForURL(/\/fi\/work\/meetings\/[0-9a-f-]{36}\?notice=created/),
      page.getByRole("button", { name: "Lisää kokous suunnitelmaan" }).click(),
    ]);
    const meetingUrl = page.url().replace(/\?.*$/, "");
    const meetingId = meetingUrl.split("/").pop()!;
    await page.getByRole("status").filter({ hasText: "Kokous lisätty suunnitelmaan." }).waitFor();
    await expectNoAxeViolations(page);
    // The group's next meeting, also begun already, at which the minutes are approved.
    await createMeeting(system, g.groupId, { theme: "Seuraava", date: today, startTime: "00:20", endTime: "00:30", place: "Kemi", agendaDeadline: today });

    // Propose: a member proposes an item before the deadline.
    const member = await newPage(browser);
    await signIn(member.page, g.member, new URL(meetingUrl).pathname);
    await expectNoAxeViolations(member.page);
    await member.page.fill("#f-title", "Ohjaajaverkostokartan päivitys");
    await member.page.fill("#f-description", "Kartan tiedot tarkistetaan ennen kevättä.");
    await Promise.all([member.page.waitForURL(/notice=proposed/), member.page.getByRole("button", { name: "Lähetä ehdotus" }).click()]);
    // The URL changes as the navigation commits; the page may render a moment later.
    await member.page.getByText("Ohjaajaverkostokartan päivitys").first().waitFor();

    // Accept: the secretary accepts it onto the agenda.
    await page.goto(meetingUrl);
    const statusSelect = page.locator("select[name$='.status'][name^='items.']");
    await statusSelect.selectOption("accepted");
    await Promise.all([page.waitForURL(/notice=agendaSaved/), page.getByRole("button", { name: "Tallenna asialista" }).click()]);
    await page.getByRole("heading", { name: "1. Ohjaajaverkostokartan päivitys" }).waitFor();

    // Invite: every member gets an invitation with a calendar file.
    await Promise.all([page.waitForURL(/notice=invited/), page.getByRole("button", { name: "Lähetä kokouskutsu" }).click()]);
    const invitations = await db().select().from(outboxMessage).where(inArray(outboxMessage.recipient, g.emails));
    expect(invitations).toHaveLength(3);
    const calendar = new ICAL.Component(ICAL.parse(invitations[0].attachments[0].content));
    expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
    expect(calendar.getFirstSubcomponent("vevent")!.getFirstPropertyValue("uid")).toBe(
      (await db().select().from(meeting).where(eq(meeting.id, meetingId)))[0].icsUid,
    );

    // Attend: both member organisations present, so the meeting has a quorum.
    for (const box of await page.locator("input[name='present']").all()) await box.check();
    await Promise.all([page.waitForURL(/notice=attendanceSaved/), page.getByRole("button", { name: "Tallenna läsnäolot" }).click()]);
    await page.getByText("Kokous oli päätösvaltainen: 2/2").waitFor();

    // Decision and an action item under the agenda item.
    await page.locator("textarea[name^='decision.']").fill("Kartta päivitetään maaliskuussa.");
    await Promise.all([page.waitForURL(/notice=decisionSaved/), page.getByRole("button", { name: "Tallenna päätös" }).click()]);
    await page.getByText("Lisää toimenpide").first().click();
    await page.locator("input[name$='.description'][name^='action.']").fill("Lähetä tarkistuspyyntö organisaatioille");
    await page.locator("input[name$='.owner'][name^='action.']").fill("Sanna Sihteeri");
    await page.locator("select[name$='.organizationId'][name^='action.']").selectOption({ label: g.org.name });
    await page.locator("input[name$='.dueOn'][name^='action.']").fill("2030-03-31");
    await Promise.all([page.waitForURL(/notice=actionAdded/), page.getByRole("button", { name: "Lisää toimenpide" }).last().click()]);
    await page.getByRole("cell", { name: "Lähetä tarkistuspyyntö organisaatioille", exact: true }).waitFor();

    // The year plan follows the open action item up.
    await page.goto(appUrl(`/fi/work/groups/${g.groupId}/meetings`));
    expect(await page.locator("#actions-heading + .table-wrap").textContent()).toContain("Lähetä tarkistuspyyntö organisaatioille");
    await expectNoAxeViolations(page);
    await page.goto(meetingUrl);

    // Minutes: written, circulated, approved at the next meeting.
    await page.fill("#f-text", `# Pöytäkirja\n\n1. Ohjaajaverkostokartan päivitys: **kartta päivitetään**.`);
    await Promise.all([page.waitForURL(/notice=minutesSaved/), page.getByRole("button", { name: "Tallenna pöytäkirja" }).click()]);
    await page.locator(".minutes strong", { hasText: "kartta päivitetään" }).waitFor();
    await Promise.all([page.waitForURL(/notice=circulated/), page.getByRole("button", { name: "Lähetä kommenttikierrokselle" }).click()]);
    await expectNoAxeViolations(page);
    await Promise.all([page.waitForURL(/notice=approved/), page.getByRole("button", { name: "Merkitse hyväksytyksi seuraavassa kokouksessa" }).click()]);
    await page.getByText("Pöytäkirja: hyväksytty").waitFor();
    await expectNoAxeViolations(page);

    // The work dashboard lists the group's meetings.
    await page.goto(appUrl("/fi/work"));
    await page.getByRole("heading", { name: "Kokoukset", exact: true }).waitFor();
    await expectNoAxeViolations(page);

    // The member now reads the approved minutes.
    await member.page.goto(meetingUrl);
    await member.page.locator(".minutes h2", { hasText: "Pöytäkirja" }).waitFor();
    await member.context.close();
    await context.close();
  });

  it("a concurrent minutes edit shows the conflict and keeps the text, with and without JavaScript, with no axe violations", async () => {
    const g = await aGroup();
    const id = await createMeeting(system, g.groupId, {
      theme: unique("Teema "),
      date: "2030-01-10",
      startTime: "10:00",
      endTime: "12:00",
      onlineUrl: "https://meet.example/elo",
      agendaDeadline: "2030-01-05",
    });
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    page.setDefaultTimeout(20_000);
    await signIn(page, g.secretary, `/fi/work/meetings/${id}`);
    const { saveMinutes } = await import("../../app/governance/meetings/commands/minutes.server");
    await saveMinutes({ ...system, name: "Toinen Kirjaaja" }, id, { version: 1, text: "Toisen teksti" });
    await page.fill("#f-text", "Oma tekstini");
    const [response] = await Promise.all([page.waitForNavigation(), page.getByRole("button", { name: "Tallenna pöytäkirja" }).click()]);
    expect(response!.status()).toBe(409);
    expect(await page.getByRole("alert").first().textContent()).toContain("Toinen Kirjaaja tallensi muutoksia");
    expect(await page.inputValue("#f-text")).toBe("Oma tekstini");
    await context.close();

    // With JavaScript the same answer shows in place; axe needs JavaScript to run.
    const js = await newPage(browser);
    await signIn(js.page, g.secretary, `/fi/work/meetings/${id}`);
    await saveMinutes({ ...system, name: "Kolmas Kirjaaja" }, id, { version: 2, text: "Kolmannen teksti" });
    // Let the page hydrate first: a field filled before it keeps the server's text beside the typed one.
    await js.page.waitForLoadState("networkidle");
    await js.page.fill("#f-text", "Toinen oma tekstini");
    await js.page.getByRole("button", { name: "Tallenna pöytäkirja" }).click();
    await js.page.getByText("Kolmas Kirjaaja tallensi muutoksia").waitFor();
    expect(await js.page.inputValue("#f-text")).toBe("Toinen oma tekstini");
    await expectNoAxeViolations(js.page);
    await js.context.close();
  });
});
