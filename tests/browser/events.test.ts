import { and, eq } from "drizzle-orm";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEvent } from "../../app/events/commands/event.server";
import { registerForEvent } from "../../app/events/commands/register.server";
import { addSession } from "../../app/events/commands/session.server";
import { eventRegistration } from "../../app/events/schema.server";
import { feedbackTokenOf } from "../../app/events/tokens.server";
import { addDays, todayInFinland } from "../../app/kit/dates/calendar";
import { db } from "../../app/kit/db/db.server";
import { outboxMessage } from "../../app/mail/schema.server";
import { appUrl, expectNoAxeViolations, launchBrowser, newPage } from "../support/browser";
import { anAccount, anOrganization, system, unique } from "../support/fixtures";
import { signIn } from "../support/sign-in";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function anEvent(capacity: number, visibility: "public" | "network" = "public") {
  const organizer = await anOrganization({ regionCodes: ["maakunta_18"] });
  const day = addDays(todayInFinland(), 15);
  const id = await createEvent(system, {
    kind: "training",
    audience: "practitioners",
    visibility,
    regionCode: "maakunta_18",
    organizerId: organizer.id,
    title: { fi: unique("Erkkeri-koulutus ") },
    description: { fi: "Verkoston työtapa Erkkeri tutuksi." },
    address: "Kauppakatu 1, 87100 Kajaani",
    date: day,
    startTime: "9",
    endTime: "12",
    capacity: String(capacity),
  });
  await addSession(system, id, { title: { fi: "Erkkeri käytännössä" }, date: day, startTime: "9", endTime: "10" });
  return { id, organizer };
}

describe("events without JavaScript", { timeout: 120_000 }, () => {
  it("lists the event, registers to the waiting list when full, and cancels through the link, promoting the next", async () => {
    const { id } = await anEvent(1);
    const first = await registerForEvent({ eventId: id, name: "Eka Osallistuja", email: `${unique()}@example.fi`, language: "fi", consent: true });
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    page.setDefaultTimeout(20_000);
    const list = await page.goto(appUrl("/fi/events?region=maakunta_18&audience=practitioners"));
    expect(list!.status()).toBe(200);
    await Promise.all([page.waitForNavigation(), page.locator(`main a[href="/fi/events/${id}"]`).click()]);
    expect(await page.locator("h1").textContent()).toContain("Erkkeri-koulutus");
    expect(await page.locator('script[type="application/ld+json"]').textContent()).toContain('"@type":"Event"');
    expect(await page.locator("main").textContent()).toContain("Erkkeri käytännössä");

    // Bad input past the browser's own checks: a 400 with the reasons in Finnish, nothing written.
    const refused = await page.request.post(appUrl(`/fi/events/${id}`), { form: { name: "", email: "ei-osoite", consent: "yes" } });
    expect(refused.status()).toBe(400);
    expect(await refused.text()).toContain("nimi@esimerkki.fi");
    expect(await db().select().from(eventRegistration).where(eq(eventRegistration.eventId, id))).toHaveLength(1);

    const email = `${unique()}@example.fi`;
    await page.fill("#f-name", "Toka Osallistuja");
    await page.fill("#f-email", email);
    await page.check("#f-consent");
    const [registered] = await Promise.all([page.waitForNavigation(), page.click("#f-submit")]);
    expect(registered!.status()).toBe(200);
    expect(registered!.headers()["cache-control"]).toBe("private, no-store");
    await page.getByRole("status").waitFor();
    expect(await page.getByRole("status").textContent()).toContain("olet jonossa sijalla 1");

    // The first person cancels through the link in their e-mail; the second gets the place.
    const cancel = await context.newPage();
    await cancel.goto(appUrl(`/fi/events/registrations/${first.token}`));
    await Promise.all([cancel.waitForNavigation(), cancel.click("#cancel-registration")]);
    await cancel.getByRole("status").waitFor();
    expect(await cancel.getByRole("status").textContent()).toContain("Ilmoittautumisesi on peruttu.");
    const [second] = await db()
      .select()
      .from(eventRegistration)
      .where(and(eq(eventRegistration.eventId, id), eq(eventRegistration.email, email)));
    expect(second.status).toBe("confirmed");
    const mails = await db().select().from(outboxMessage).where(eq(outboxMessage.recipient, email));
    expect(mails.map((m) => m.subject)).toContainEqual(expect.stringContaining("Sait paikan"));

    const ics = await page.request.get(appUrl(`/fi/events/${id}/calendar.ics`));
    expect(ics.headers()["content-type"]).toContain("text/calendar");
    expect(await ics.text()).toContain(`UID:event-${id}@elo`);
    const feed = await page.request.get(appUrl("/fi/events/feeds/maakunta_18.ics"));
    expect(await feed.text()).toContain(`UID:event-${id}@elo`);
    await context.close();
  });

  it("hides a network-only event from visitors", async () => {
    const { id } = await anEvent(5, "network");
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    expect((await page.goto(appUrl(`/fi/events/${id}`)))!.status()).toBe(404);
    await context.close();
  });
});

describe("the events' pages for axe", { timeout: 180_000 }, () => {
  it("find no violations on the list, the event, the registration, the feedback form and the work pages", async () => {
    const { id, organizer } = await anEvent(3);
    const registration = await registerForEvent({ eventId: id, name: "Axe Osallistuja", email: `${unique()}@example.fi`, language: "fi", consent: true });
    const { context, page } = await newPage(browser);
    for (const path of [
      "/fi/events",
      `/fi/events/${id}`,
      `/fi/events/registrations/${registration.token}`,
      `/fi/events/feedback/${feedbackTokenOf(registration.id)}`,
    ]) {
      expect((await page.goto(appUrl(path)))!.status(), path).toBe(200);
      await expectNoAxeViolations(page);
    }
    const contact = await anAccount({ role: "contact_person", organizationId: organizer.id });
    await signIn(page, contact, "/fi/work/events");
    await page.locator("h1", { hasText: "Tapahtumat ja koulutukset" }).waitFor();
    await expectNoAxeViolations(page);
    for (const path of [`/fi/work/events/${id}`, `/fi/work/events/${id}/check-in`, `/fi/work/events/${id}/print`]) {
      expect((await page.goto(appUrl(path)))!.status(), path).toBe(200);
      await expectNoAxeViolations(page);
    }
    // One tap checks the person in.
    await page.goto(appUrl(`/fi/work/events/${id}/check-in`));
    await Promise.all([page.waitForURL(/check-in/), page.locator("main .check-in-button").first().click()]);
    await page.locator("main .check-in-button--arrived").waitFor();
    const [row] = await db().select().from(eventRegistration).where(eq(eventRegistration.id, registration.id));
    expect(row.checkedInAt).not.toBeNull();
    await context.close();
  });
});
