import ICAL from "ical.js";
import { eq } from "drizzle-orm";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveBookable } from "../../app/booking/commands/publish.server";
import { booking } from "../../app/booking/schema.server";
import { db } from "../../app/kit/db/db.server";
import { outboxMessage } from "../../app/mail/schema.server";
import { deliverMail } from "../../app/mail/send-mail.server";
import { appUrl, launchBrowser, newPage } from "../support/browser";
import { aPractitioner, aService, aServicePoint, anOrganization, system, unique } from "../support/fixtures";
import { smtpSinkForTests } from "../support/smtp-sink";

const sink = smtpSinkForTests();
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function aBookableService() {
  const org = await anOrganization();
  const serviceId = await aService(org.id);
  const pointId = await aServicePoint(org.id);
  const practitionerId = await aPractitioner(org.id);
  const id = await saveBookable(system, {
    serviceId,
    scope: "practitioner",
    kind: "individual",
    capacity: 1,
    practitionerIds: [practitionerId],
    durationMinutes: 45,
    bufferMinutes: 15,
    minimumNoticeHours: 0,
    horizonDays: 60,
    dailyCap: null,
    channels: ["in_person", "video"],
    servicePointId: pointId,
    languages: ["fi"],
    topics: [],
    weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startsAt: "09:00", endsAt: "12:00" })),
    exceptions: [],
  });
  return { id, serviceId };
}

/** The citizen's mail, delivered over SMTP to the sink, its text and its .ics. */
async function mailTo(address: string) {
  process.env.SMTP_URL = sink.url;
  const [queued] = await db().select().from(outboxMessage).where(eq(outboxMessage.recipient, address)).orderBy(outboxMessage.createdAt);
  expect(await deliverMail(queued.id, { attempt: 1, maxAttempts: 1 })).toBe("sent");
  expect(sink.mails.some((m) => m.envelopeTo.includes(address))).toBe(true);
  const calendar = new ICAL.Component(ICAL.parse(queued.attachments[0].content));
  return { text: queued.body, calendar };
}

describe("booking a time without JavaScript", { timeout: 90_000 }, () => {
  it("books from the week of free times, e-mails the invitation, and cancels through the manage link", async () => {
    const { id } = await aBookableService();
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    page.setDefaultTimeout(20_000);
    const week = await page.goto(appUrl(`/fi/book/${id}?week=${new Date(Date.now() + 8 * 86_400_000).toISOString().slice(0, 10)}`));
    expect(week!.status()).toBe(200);
    expect(await page.locator("h1").textContent()).toContain("Varaa aika:");
    await Promise.all([page.waitForNavigation(), page.locator("main .booking-times a").first().click()]);
    expect(page.url()).toContain(`/fi/book/${id}/confirm?start=`);
    const email = `${unique()}@example.fi`;
    await page.fill("#f-name", "Maija Meikäläinen");
    await page.fill("#f-email", email);
    await page.check("input[name=consent]");
    const [booked] = await Promise.all([page.waitForNavigation(), page.click("main button[type=submit]")]);
    expect(booked!.status()).toBe(200);
    expect(booked!.headers()["cache-control"]).toBe("private, no-store");
    expect(page.url()).toMatch(/\/fi\/book\/manage\/[A-Za-z0-9_-]{43}\?booked=1$/);
    expect(await page.getByRole("status").textContent()).toContain("Aika on varattu.");

    const { text, calendar } = await mailTo(email);
    expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
    expect(calendar.getFirstSubcomponent("vevent")!.getFirstPropertyValue("sequence")).toBe(0);
    const link = /https?:\/\/\S+\/fi\/book\/manage\/[A-Za-z0-9_-]{43}/.exec(text)![0];
    const manage = await context.newPage();
    await manage.goto(appUrl(new URL(link).pathname));
    await Promise.all([manage.waitForNavigation(), manage.click("main button:has-text('Peru aika')")]);
    expect(await manage.getByRole("status").textContent()).toContain("Aika on peruttu.");
    const [row] = await db().select().from(booking).where(eq(booking.email, email));
    expect([row.status, row.icsSequence]).toEqual(["cancelled", 1]);
    const cancellation = (await db().select().from(outboxMessage).where(eq(outboxMessage.recipient, email))).find((m) =>
      m.subject.startsWith("Ajanvaraus peruttu"),
    )!;
    expect(new ICAL.Component(ICAL.parse(cancellation.attachments[0].content)).getFirstPropertyValue("method")).toBe("CANCEL");
    await context.close();
  });

  it("books with the keyboard alone, and a time taken meanwhile answers 409 with the nearest free times", async () => {
    const { id } = await aBookableService();
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(appUrl(`/fi/book/${id}?week=${new Date(Date.now() + 9 * 86_400_000).toISOString().slice(0, 10)}`));
    const firstTime = page.locator("main .booking-times a").first();
    const href = await firstTime.getAttribute("href");
    // Tab until the first time has focus, then Enter.
    for (let i = 0; i < 60 && !(await firstTime.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
    expect(page.url()).toBe(appUrl(href!));
    await page.focus("#f-name");
    await page.keyboard.type("Matti Meikäläinen");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.type("+358 40 765 4321");
    const consent = page.locator("input[name=consent]");
    for (let i = 0; i < 10 && !(await consent.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    await page.keyboard.press("Space");
    await page.keyboard.press("Tab");
    const [booked] = await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
    expect(booked!.status()).toBe(200);
    expect(page.url()).toContain("/fi/book/manage/");

    const again = await page.goto(appUrl(href!));
    expect(again!.status()).toBe(409);
    expect(await page.getByRole("alert").textContent()).toBe("Tämä aika ehdittiin juuri varata.");
    expect(await page.locator("main .booking-times a").count()).toBeGreaterThan(0);
    await context.close();
  });
});

describe("the public booking API", { timeout: 120_000 }, () => {
  it("lists free times with offsets, books with 201, refuses a taken time with 409 and bad input with 422, writing nothing", async () => {
    const { serviceId } = await aBookableService();
    const from = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    const slotsAnswer = await fetch(appUrl(`/api/v1/services/${serviceId}/slots?from=${from}&to=${from}`));
    expect(slotsAnswer.status).toBe(200);
    const { slots } = (await slotsAnswer.json()) as { slots: { start: string; end: string; channel: string; practitionerId: string | null }[] };
    expect(slots.length).toBeGreaterThan(0);
    expect(slots[0].start).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+0[23]:00$/);
    expect(new Set(slots.map((s) => s.channel))).toEqual(new Set(["in_person", "video"]));
    const post = (body: unknown) =>
      fetch(appUrl("/api/v1/bookings"), { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    const email = `${unique()}@example.fi`;
    const body = { serviceId, start: slots[0].start, channel: "video", name: "Api Asiakas", email, language: "sv", consent: true };
    const created = await post(body);
    expect(created.status).toBe(201);
    const { id, manageUrl } = (await created.json()) as { id: string; manageUrl: string };
    expect(manageUrl).toMatch(/\/sv\/book\/manage\/[A-Za-z0-9_-]{43}$/);
    const taken = await post({ ...body, email: `${unique()}@example.fi` });
    expect(taken.status).toBe(409);
    const refusal = (await taken.json()) as { alternatives: { start: string }[] };
    expect(refusal.alternatives.length).toBeGreaterThan(0);
    const bad = await post({ ...body, start: slots[2].start, email: "no", consent: false });
    expect(bad.status).toBe(422);
    expect(Object.keys(((await bad.json()) as { errors: Record<string, string> }).errors).sort()).toEqual(["consent", "email"]);
    expect((await post("not json")).status).toBe(400);
    const rows = await db()
      .select()
      .from(booking)
      .where(eq(booking.bookableServiceId, (await db().select().from(booking).where(eq(booking.id, id)))[0].bookableServiceId));
    expect(rows).toHaveLength(1);
  });
});
