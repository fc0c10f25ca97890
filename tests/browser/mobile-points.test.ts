import { eq } from "drizzle-orm";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, todayInFinland } from "../../app/kit/dates/calendar";
import { finnishDate } from "../../app/kit/dates/finnish-format";
import { db } from "../../app/kit/db/db.server";
import { createMobilePoint } from "../../app/mobile-point/commands/point.server";
import { cancelVisit, createVisit } from "../../app/mobile-point/commands/visit.server";
import type { VisitInput } from "../../app/mobile-point/inputs";
import { mobilePointVisit } from "../../app/mobile-point/schema.server";
import { appUrl, expectNoAxeViolations, launchBrowser, newPage } from "../support/browser";
import { anAccount, anOrganization, unique, userWith } from "../support/fixtures";
import { signIn } from "../support/sign-in";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const lapland = "maakunta_19";
const coordinator = userWith({ role: "coordinator", regionCode: lapland });

/** A point with one visit to come and one cancelled, in Kittilä (kunta_261), which no other test visits. */
async function aTimetable() {
  const staff = await anOrganization({ regionCodes: [lapland] });
  const pointId = await createMobilePoint(coordinator, {
    name: { fi: unique("Tunturiauto ") },
    description: {},
    kind: "vehicle",
    regionCodes: [lapland],
    organizationIds: [staff.id],
  });
  const visit = (placeName: string, days: number): VisitInput => ({
    municipalityCode: "kunta_261",
    placeName,
    streetAddress: "Valtatie 15",
    postalCode: "99100",
    date: finnishDate(addDays(todayInFinland(), days)),
    startTime: "10.00",
    endTime: "14.00",
    languages: ["fi", "se"],
    organizationIds: [staff.id],
  });
  const place = unique("Kittilän kirjasto ");
  const coming = await createVisit(coordinator, pointId, visit(place, 2));
  const cancelledPlace = unique("Levin kylätalo ");
  const cancelled = await createVisit(coordinator, pointId, visit(cancelledPlace, 3));
  await cancelVisit(coordinator, cancelled, { reason: "Tie on poikki" });
  return { staff, pointId, place, coming, cancelledPlace, cancelled };
}

/** axe runs in the page, so it needs scripts: the same address in a page that allows them (public pages ship none anyway). */
async function expectAccessible(path: string) {
  const { context, page } = await newPage(browser);
  await page.goto(appUrl(path));
  await expectNoAxeViolations(page);
  await context.close();
}

/** Presses Tab until the element with the id has focus, as a keyboard user would. */
async function tabTo(page: Page, id: string) {
  for (let i = 0; i < 300; i++) {
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`#${id} cannot be reached with the Tab key`);
}

describe("the mobile point's public timetable", { timeout: 240_000 }, () => {
  it("works without JavaScript and with the keyboard, shows the cancellation prominently, and links the region's feed", async () => {
    const { place, coming, cancelledPlace, cancelled } = await aTimetable();
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    page.setDefaultTimeout(15_000);
    const response = await page.goto(appUrl("/fi/mobile-points"));
    expect(response?.status()).toBe(200);
    expect(response?.headers()["cache-control"]).toMatch(/^public, max-age=0, s-maxage=\d+/);
    const html = await page.content();
    expect((html.match(/<script\b[^>]*>/g) ?? []).filter((tag) => !tag.includes("application/ld+json"))).toEqual([]);
    await expectAccessible("/fi/mobile-points");

    // Choose Kittilä with the keyboard: type its name on the focused list, then submit.
    await tabTo(page, "mp-municipality");
    await page.keyboard.type("Kittilä");
    await tabTo(page, "mp-submit");
    await Promise.all([page.waitForURL(/municipality=kunta_261/), page.keyboard.press("Enter")]);
    expect(await page.textContent("h1")).toBe("Liikkuva ohjauspiste: Kittilä");
    await expectAccessible("/fi/mobile-points?region=&municipality=kunta_261");

    const changes = page.locator("section.alert--warning");
    expect(await changes.textContent()).toContain(`PERUTTU: ${cancelledPlace}`);
    expect(await changes.textContent()).toContain("Tie on poikki");
    expect(await page.textContent(`#visit-${cancelled}`)).toContain("Käynti on peruttu. Syy: Tie on poikki");
    expect(await page.textContent(`#visit-${coming}`)).toContain(place);
    expect(await page.textContent(`#visit-${coming}`)).toContain("suomi, saame");

    // The map's marker leads to the visit in the list.
    const marker = page.locator(`svg a[href="#visit-${coming}"]`);
    expect(await marker.getAttribute("aria-label")).toContain(place);
    await marker.focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(new RegExp(`#visit-${coming}$`));

    // schema.org events for search engines, the cancelled one marked so.
    const events = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "[]") as { name: string; eventStatus: string }[];
    expect(events.find((e) => e.name.endsWith(cancelledPlace))?.eventStatus).toBe("https://schema.org/EventCancelled");

    // The region's calendar feed, linked from the page.
    const feed = page.getByRole("link", { name: "Liikkuva ohjauspiste, Lappi" });
    expect(await feed.getAttribute("href")).toBe(`/fi/mobile-points/${lapland}.ics`);
    const ics = await fetch(appUrl(`/fi/mobile-points/${lapland}.ics`));
    expect(ics.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const [row] = await db().select().from(mobilePointVisit).where(eq(mobilePointVisit.id, cancelled));
    const body = (await ics.text()).replace(/\r\n[ \t]/g, "");
    const event = body.slice(body.indexOf(`UID:${row.icsUid}`));
    expect(event.slice(0, event.indexOf("END:VEVENT"))).toContain("STATUS:CANCELLED");
    expect(event.slice(0, event.indexOf("END:VEVENT"))).toContain("SEQUENCE:1");
    expect((await fetch(appUrl("/fi/mobile-points/maakunta_99.ics"))).status).toBe(404);
    expect((await page.goto(appUrl("/fi/mobile-points?region=nowhere")))?.status()).toBe(400);

    // The next visit near the searcher, in the search and on the front page.
    await page.goto(appUrl("/fi/search?municipality=kunta_261"));
    expect(await page.textContent("aside.search-note")).toContain(place);
    await expectAccessible("/fi/search?municipality=kunta_261");
    await page.goto(appUrl("/fi"));
    expect(await page.textContent("#next-visits-heading")).toBe("Liikkuva ohjauspiste tulee lähellesi");
    await context.close();
  });
});

describe("the mobile point's work pages", { timeout: 180_000 }, () => {
  it("let a staff contact person add, move and cancel visits with the keyboard-reachable forms, with reasons, 409 on a stale form and no axe violations", async () => {
    const { staff, pointId } = await aTimetable();
    const account = await anAccount({ role: "contact_person", organizationId: staff.id });
    const { context, page } = await newPage(browser);
    page.setDefaultTimeout(15_000);
    await signIn(page, account, "/fi/work/mobile-points");
    await expectNoAxeViolations(page);
    await page.locator(`a[href="/fi/work/mobile-points/${pointId}"]`).click();
    await page.waitForURL(new RegExp(`/fi/work/mobile-points/${pointId}$`));
    await expectNoAxeViolations(page);

    // A new visit, typed as Finns write dates and times; no coordinates, so the postcode places it.
    const date = finnishDate(addDays(todayInFinland(), 5));
    const placeName = unique("Kittilän kunnantalo ");
    await page.selectOption("#f-municipalityCode", "kunta_261");
    await page.fill("#f-placeName", placeName);
    await page.fill("#f-streetAddress", "Valtatie 15");
    await page.fill("#f-postalCode", "99100");
    await page.fill("#f-date", date);
    await page.fill("#f-startTime", "14");
    await page.fill("#f-endTime", "9.30");
    await page.getByRole("button", { name: "Lisää käynti" }).click();
    // The end before the start is refused with the field named, and still accessible.
    await page.waitForSelector(".error-summary");
    expect(await page.textContent(".error-summary")).toContain("Päättymisajan pitää olla alkamisajan jälkeen.");
    await expectNoAxeViolations(page);
    await page.fill("#f-endTime", "16.30");
    await page.getByRole("button", { name: "Lisää käynti" }).click();
    await page.waitForURL(/notice=created/);
    const [visit] = await db().select().from(mobilePointVisit).where(eq(mobilePointVisit.placeName, placeName));
    expect([visit.locationSource, visit.icsSequence]).toEqual(["postcode", 0]);

    await page.getByRole("link", { name: placeName + ", Kittilä" }).click();
    await page.waitForURL(new RegExp(`/fi/work/mobile-point-visits/${visit.id}$`));
    await expectNoAxeViolations(page);
    // A second window loads the same visit before the first one moves it.
    const stale = await context.newPage();
    await stale.goto(appUrl(`/fi/work/mobile-point-visits/${visit.id}`));

    await page.fill("#f-startTime", "15");
    await page.getByRole("button", { name: "Tallenna" }).click();
    await page.waitForSelector(".error-summary");
    expect(await page.textContent(".error-summary")).toContain("Kerro, miksi aika tai paikka muuttuu.");
    await page.fill("#f-changeReason", "Kunnantalon sali vapautuu vasta klo 15");
    await page.getByRole("button", { name: "Tallenna" }).click();
    await page.waitForURL(/notice=saved/);
    // The address changes before the page shows the saved visit: wait for the page itself.
    await page.waitForSelector("text=Aika tai paikka on muuttunut. Syy: Kunnantalon sali vapautuu vasta klo 15");

    await stale.fill("#f-note", "Kahvitarjoilu");
    await stale.getByRole("button", { name: "Tallenna" }).click();
    await stale.waitForSelector(".alert--error[role=alert]");
    const [afterStale] = await db().select().from(mobilePointVisit).where(eq(mobilePointVisit.id, visit.id));
    expect([afterStale.note, afterStale.version]).toEqual(["", 2]);
    await stale.close();

    await page.fill("#f-reason", "Sairastuminen");
    await page.getByRole("button", { name: "Peru käynti" }).click();
    await page.waitForSelector("text=Käynti on peruttu. Syy: Sairastuminen");
    await expectNoAxeViolations(page);
    const [cancelled] = await db().select().from(mobilePointVisit).where(eq(mobilePointVisit.id, visit.id));
    expect([cancelled.status, cancelled.icsSequence]).toEqual(["cancelled", 2]);
    await context.close();
  });

  it("are closed to a coordinator of another region", async () => {
    const { pointId } = await aTimetable();
    const other = await anAccount({ role: "coordinator", regionCode: "maakunta_18" });
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await signIn(page, other, "/fi/work/mobile-points");
    expect(await page.textContent("main")).not.toContain("Tunturiauto");
    expect((await page.goto(appUrl(`/fi/work/mobile-points/${pointId}`)))?.status()).toBe(403);
    await context.close();
  });
});
