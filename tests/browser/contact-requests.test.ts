import { eq } from "drizzle-orm";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contactRequest } from "../../app/contact-requests/schema.server";
import { db } from "../../app/kit/db/db.server";
import { appUrl, expectNoAxeViolations, launchBrowser, newPage } from "../support/browser";
import { anAccount, anOrganization, aPractitioner, aService, unique } from "../support/fixtures";
import { signIn } from "../support/sign-in";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const requestsOf = (serviceId: string) => db().select().from(contactRequest).where(eq(contactRequest.serviceId, serviceId));

async function aServiceWithQueue() {
  const org = await anOrganization({ regionCodes: ["maakunta_18"] });
  const serviceId = await aService(org.id, { name: { fi: unique("Uraohjaus ") }, languages: ["fi", "sv"] });
  return { org, serviceId };
}

/** Presses Tab until the element with this id has the focus, as a keyboard user moves through the page. */
async function tabTo(page: Page, id: string) {
  for (let presses = 0; presses < 80; presses++) {
    await page.keyboard.press("Tab");
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
  }
  throw new Error(`Tab never reached #${id}`);
}

describe("asking to be contacted, without JavaScript", { timeout: 180_000 }, () => {
  it("goes from the service page to the form, refuses a request without contact details, sends one, follows and withdraws it", async () => {
    const { serviceId } = await aServiceWithQueue();
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(appUrl(`/fi/services/${serviceId}`));
    await Promise.all([page.waitForURL(appUrl(`/fi/services/${serviceId}/contact`)), page.click("a:has-text('Pyydä yhteydenottoa')")]);
    expect(await page.locator("script").count()).toBe(0);
    expect(await page.locator("#f-topic").inputValue()).toBe("career_planning");

    await page.fill("#f-preferredTimes", "Tiistaisin iltapäivällä");
    await page.fill("#f-name", "Liisa Kokeilija");
    await page.fill("#f-note", "Mietin alanvaihtoa.");
    await page.check("#f-consent");
    const [refused] = await Promise.all([page.waitForNavigation(), page.click("button:has-text('Lähetä pyyntö')")]);
    expect(refused!.status()).toBe(400);
    expect(await page.getByRole("alert").textContent()).toContain("Anna puhelinnumero tai sähköpostiosoite.");
    expect(await page.inputValue("#f-name")).toBe("Liisa Kokeilija");
    expect(await requestsOf(serviceId)).toHaveLength(0);

    await page.fill("#f-phone", "040 123 4567");
    const [sent] = await Promise.all([page.waitForNavigation(), page.click("button:has-text('Lähetä pyyntö')")]);
    expect(sent!.status()).toBe(200);
    expect(page.url()).toMatch(/\/fi\/contact-requests\/[A-Za-z0-9_-]{43}\?sent=1$/);
    expect(sent!.headers()["cache-control"]).toBe("private, no-store");
    // The site's own policy comes first; the last one a browser knows wins.
    expect(
      sent!
        .headers()
        ["referrer-policy"].split(/[\n,]\s*/)
        .at(-1),
    ).toBe("same-origin");
    expect(await page.getByRole("status").textContent()).toContain("Pyyntösi on vastaanotettu");
    expect(await page.textContent("#request-status")).toBe("Vastaanotettu");
    const [stored] = await requestsOf(serviceId);
    expect(stored).toMatchObject({
      name: "Liisa Kokeilija",
      phone: "040 123 4567",
      channel: "phone",
      preferredTimes: "Tiistaisin iltapäivällä",
      status: "received",
    });

    const followUp = page.url().replace("?sent=1", "");
    const [withdrawn] = await Promise.all([page.waitForNavigation(), page.click("button:has-text('Peru pyyntö')")]);
    expect(withdrawn!.status()).toBe(200);
    expect(page.url()).toBe(`${followUp}?withdrawn=1`);
    expect(await page.textContent("#request-status")).toBe("Peruttu");
    expect(await page.locator("button:has-text('Peru pyyntö')").count()).toBe(0);

    const unknown = await page.goto(appUrl("/fi/contact-requests/" + "A".repeat(43)));
    expect(unknown!.status()).toBe(404);
    expect(await page.textContent("body")).toContain("Linkki ei ole voimassa.");
    await context.close();
  });

  it("works with the keyboard alone, in Swedish, and axe finds nothing on the form, its errors or the follow-up page", async () => {
    const { serviceId } = await aServiceWithQueue();
    const { context, page } = await newPage(browser);
    await page.goto(appUrl(`/sv/services/${serviceId}`));
    await tabTo(page, "contact-request-link");
    await Promise.all([page.waitForURL(appUrl(`/sv/services/${serviceId}/contact`)), page.keyboard.press("Enter")]);
    await expectNoAxeViolations(page);

    // Tab reaches the chosen radio button of the group; an arrow key moves to the next and chooses it.
    await tabTo(page, "f-channel--phone");
    await page.keyboard.press("ArrowDown");
    await tabTo(page, "f-preferredTimes");
    await page.keyboard.type("Måndagar");
    await tabTo(page, "f-name");
    await page.keyboard.type("Sara Testare");
    await tabTo(page, "f-consent");
    await page.keyboard.press("Space");
    await tabTo(page, "f-submit");
    const [refused] = await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
    expect(refused!.status()).toBe(400);
    expect(await page.getByRole("alert").textContent()).toContain("Ange telefonnummer eller e-postadress.");
    await expectNoAxeViolations(page);

    await tabTo(page, "f-email");
    await page.keyboard.type("sara@example.fi");
    await tabTo(page, "f-submit");
    await Promise.all([page.waitForURL(/\/sv\/contact-requests\//), page.keyboard.press("Enter")]);
    expect(await page.textContent("#request-status")).toBe("Mottagen");
    await expectNoAxeViolations(page);
    const [stored] = await requestsOf(serviceId);
    expect(stored).toMatchObject({ channel: "email", email: "sara@example.fi", language: "sv", pageLanguage: "sv" });
    await context.close();
  });
});

describe("the queue and a referral between two organisations", { timeout: 240_000 }, () => {
  it("the organisation's practitioner claims and answers a request; the citizen sees it answered", async () => {
    const { org, serviceId } = await aServiceWithQueue();
    const practitionerId = await aPractitioner(org.id);
    const account = await anAccount({ role: "practitioner", practitionerId });
    const citizen = await newPage(browser, { javaScriptEnabled: false });
    await citizen.page.goto(appUrl(`/fi/services/${serviceId}/contact`));
    await citizen.page.fill("#f-preferredTimes", "Aamuisin");
    await citizen.page.fill("#f-name", "Matti Jonossa");
    await citizen.page.fill("#f-phone", "040 765 4321");
    await citizen.page.check("#f-consent");
    await Promise.all([citizen.page.waitForNavigation(), citizen.page.click("button:has-text('Lähetä pyyntö')")]);
    const followUp = citizen.page.url().replace("?sent=1", "");
    const [stored] = await requestsOf(serviceId);

    const { context, page } = await newPage(browser);
    await signIn(page, account, "/fi/work/contact-requests");
    await page.waitForLoadState("networkidle");
    await expectNoAxeViolations(page);
    await Promise.all([page.waitForURL(appUrl(`/fi/work/contact-requests/${stored.id}`)), page.click(`a[href$='/work/contact-requests/${stored.id}']`)]);
    await page.getByText("Matti Jonossa").waitFor();
    await page.waitForLoadState("networkidle");
    await page.getByRole("button", { name: "Ota käsittelyyn" }).click();
    await page.getByText("Pyyntö on otettu käsittelyyn.").waitFor();
    await page.getByLabel("Puhelimella").check();
    await page.getByRole("button", { name: "Merkitse vastatuksi" }).click();
    await page.getByText("Pyyntö on merkitty vastatuksi.").waitFor();
    await expectNoAxeViolations(page);
    await context.close();

    await citizen.page.goto(followUp);
    expect(await citizen.page.textContent("#request-status")).toBe("Vastattu");
    await citizen.context.close();
  });

  it("passes a referral from one organisation's practitioner to the partner, who accepts it and records the outcome", async () => {
    const from = await anOrganization({ regionCodes: ["maakunta_18"] });
    const to = await anOrganization({ regionCodes: ["maakunta_18"] });
    const serviceName = unique("Oppisopimusneuvonta ");
    const serviceId = await aService(to.id, { name: { fi: serviceName } });
    const referrer = await anAccount({ role: "practitioner", practitionerId: await aPractitioner(from.id) });
    const receiver = await anAccount({ role: "contact_person", organizationId: to.id });

    const sender = await newPage(browser);
    await signIn(sender.page, referrer, "/fi/work/referrals/new");
    await sender.page.waitForLoadState("networkidle");
    await sender.page.selectOption("#f-serviceId", serviceId);
    await sender.page.fill("#f-purpose", "Asiakas haluaa oppisopimukseen.");
    await sender.page.fill("#f-clientName", "Kalle Asiakas");
    await sender.page.fill("#f-clientPhone", "040 222 3333");
    await sender.page.fill("#f-consentUntil", "31.12.2099");
    await sender.page.check("#f-consent");
    await sender.page.getByRole("button", { name: "Lähetä lähete" }).click();
    // A consent for ever is refused, and the form keeps what was typed.
    await sender.page.getByText("Suostumuksen päättymispäivän on oltava").first().waitFor();
    expect(await sender.page.inputValue("#f-clientName")).toBe("Kalle Asiakas");
    const nextMonth = new Date(Date.now() + 30 * 24 * 3600 * 1000);
    await sender.page.fill("#f-consentUntil", `${nextMonth.getDate()}.${nextMonth.getMonth() + 1}.${nextMonth.getFullYear()}`);
    await sender.page.getByRole("button", { name: "Lähetä lähete" }).click();
    await sender.page.getByText("Lähete on lähetetty.").waitFor();
    await expectNoAxeViolations(sender.page);

    const partner = await newPage(browser);
    await signIn(partner.page, receiver, "/fi/work/referrals");
    await partner.page.waitForLoadState("networkidle");
    await partner.page.getByRole("link", { name: serviceName }).click();
    await partner.page.getByText("Kalle Asiakas").waitFor();
    await expectNoAxeViolations(partner.page);
    await partner.page.getByRole("button", { name: "Hyväksy lähete" }).click();
    await partner.page.getByText("Lähete on hyväksytty.").waitFor();
    await partner.page.getByLabel("Asiakkaalle varattiin aika").check();
    await partner.page.getByRole("button", { name: "Kirjaa lopputulos" }).click();
    await partner.page.getByText("Lopputulos on kirjattu.").waitFor();
    await partner.context.close();

    await sender.page.goto(appUrl("/fi/work/referrals"));
    await sender.page.waitForLoadState("networkidle");
    await sender.page.getByRole("link", { name: serviceName }).click();
    await sender.page.locator("#referral-outcome").waitFor();
    expect(await sender.page.textContent("#referral-status")).toContain("Valmis");
    expect(await sender.page.textContent("#referral-outcome")).toBe("Asiakkaalle varattiin aika");
    await sender.context.close();
  });
});
