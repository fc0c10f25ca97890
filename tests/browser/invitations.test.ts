import { eq } from "drizzle-orm";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { invitation, roleAssignment, user } from "../../app/accounts/schema.server";
import { db } from "../../app/kit/db/db.server";
import { outboxMessage } from "../../app/mail/schema.server";
import { updateOrganization } from "../../app/network-map/commands/organization.server";
import { appUrl, expectNoAxeViolations, launchBrowser, newPage } from "../support/browser";
import { anAccount, anOrganization, aPractitioner, system, unique } from "../support/fixtures";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Signs in through the sign-in form, as a browser without JavaScript would, and returns the cookie. */
async function signIn(account: { email: string; password: string }): Promise<string> {
  const response = await fetch(appUrl("/fi/sign-in"), {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: appUrl() },
    body: new URLSearchParams({ email: account.email, password: account.password, next: "/fi" }),
  });
  expect(response.status).toBe(302);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

const post = (path: string, cookie: string, fields: Record<string, string>) =>
  fetch(appUrl(path), {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: appUrl(), cookie },
    body: new URLSearchParams(fields),
  });

async function tokenMailedTo(address: string): Promise<string> {
  const [mail] = await db().select().from(outboxMessage).where(eq(outboxMessage.recipient, address));
  const match = mail?.body.match(/\/invitations\/([A-Za-z0-9_-]+)/);
  if (!match) throw new Error(`no invitation mailed to ${address}`);
  return match[1];
}

describe("inviting a contact person, end to end", () => {
  it("a coordinator invites, the invitee sets a password through the mailed link and lands signed in", async () => {
    const org = await anOrganization({ regionCodes: ["maakunta_19"] });
    const coordinator = await anAccount({ role: "coordinator", regionCode: "maakunta_19" });
    const invitee = `${unique("contact-")}@example.fi`;

    const { context, page } = await newPage(browser);
    await page.goto(appUrl("/fi/sign-in"));
    await page.getByLabel("Sähköposti").fill(coordinator.email);
    await page.getByLabel("Salasana").fill(coordinator.password);
    await page.getByRole("button", { name: "Kirjaudu" }).click();
    await page.waitForURL(/\/fi\/work/);

    await page.goto(appUrl("/fi/work/invitations"));
    expect(await page.textContent("h1")).toBe("Kutsut");
    await expectNoAxeViolations(page);
    // A wrong address first: the error is announced and tied to its field.
    await page.getByLabel("Sähköposti", { exact: true }).fill("ei-osoite");
    await page.getByRole("button", { name: "Lähetä kutsu" }).click();
    await page.locator("#invite-email-error").waitFor();
    expect(await page.getByRole("alert").textContent()).toBe("Lomakkeessa on virheitä. Korjaa merkityt kentät.");
    expect(await page.getAttribute("#invite-email", "aria-describedby")).toBe("invite-email-error");
    await expectNoAxeViolations(page);
    await page.getByLabel("Sähköposti", { exact: true }).fill(invitee);
    await page.getByLabel("Rooli").selectOption("contact_person");
    await page.getByLabel("Organisaatio (yhdyshenkilö)").selectOption(org.id);
    await page.getByRole("button", { name: "Lähetä kutsu" }).click();
    await page.getByRole("status").waitFor();
    expect(await page.getByRole("status").textContent()).toContain(invitee);
    expect(await page.locator("table.data").textContent()).toContain(invitee);
    await expectNoAxeViolations(page);
    await context.close();

    const token = await tokenMailedTo(invitee);
    const [mail] = await db().select().from(outboxMessage).where(eq(outboxMessage.recipient, invitee));
    expect(mail.subject).toBe("Kutsu Eloon");
    expect(mail.body).toContain("roolissa organisaation yhdyshenkilö");

    // The invitee, in a browser of their own.
    const visitor = await newPage(browser);
    await visitor.page.goto(appUrl(`/fi/invitations/${token}`));
    expect(await visitor.page.textContent("h1")).toBe("Ota tunnus käyttöön");
    await expectNoAxeViolations(visitor.page);
    await visitor.page.getByLabel("Nimi").fill("Kaisa Kutsuttu");
    await visitor.page.getByLabel("Salasana (vähintään 12 merkkiä)").fill("lyhyt");
    await visitor.page.getByRole("button", { name: "Ota tunnus käyttöön" }).click();
    await visitor.page.locator("#invitation-password-error").waitFor();
    expect(await visitor.page.textContent("#invitation-password-error")).toBe("Salasanassa on oltava vähintään 12 merkkiä.");
    expect(await visitor.page.getAttribute("#invitation-password", "aria-describedby")).toBe("invitation-password-error");
    await expectNoAxeViolations(visitor.page);
    await visitor.page.getByLabel("Salasana (vähintään 12 merkkiä)").fill("poro juoksee tunturin yli iltaisin");
    await visitor.page.getByRole("button", { name: "Ota tunnus käyttöön" }).click();
    await visitor.page.waitForURL(/\/fi\/work$/);
    await visitor.page.goto(appUrl("/fi"));
    expect(await visitor.page.getByRole("button", { name: /Kirjaudu ulos \(Kaisa Kutsuttu\)/ }).count()).toBe(1);
    await visitor.context.close();

    const [created] = await db().select().from(user).where(eq(user.email, invitee));
    const grants = await db().select().from(roleAssignment).where(eq(roleAssignment.userId, created.id));
    expect(grants).toMatchObject([{ role: "contact_person", organizationId: org.id }]);

    // Single use: the link now answers 410 with a clear message.
    const again = await fetch(appUrl(`/fi/invitations/${token}`));
    expect(again.status).toBe(410);
    expect(await again.text()).toContain("Kutsu on vanhentunut, jo käytetty tai virheellinen.");
    // Two browsers and five axe scans: more than the default time on two shared cores.
  }, 90_000);

  it("works without JavaScript", async () => {
    const org = await anOrganization({ regionCodes: ["maakunta_19"] });
    const card = await aPractitioner(org.id);
    const contact = await anAccount({ role: "contact_person", organizationId: org.id });
    const invitee = `${unique("practitioner-")}@example.fi`;
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(appUrl("/sv/sign-in"));
    await page.getByLabel("E-post").fill(contact.email);
    await page.getByLabel("Lösenord").fill(contact.password);
    await page.getByRole("button", { name: "Logga in" }).click();
    await page.goto(appUrl("/sv/work/invitations"));
    await page.getByLabel("E-post", { exact: true }).fill(invitee);
    await page.getByLabel("Vägledarens kort (vägledare)").selectOption(card);
    await page.getByRole("button", { name: "Skicka inbjudan" }).click();
    expect(await page.getByRole("status").textContent()).toContain(invitee);
    await context.close();
    const [row] = await db().select().from(invitation).where(eq(invitation.email, invitee));
    expect(row).toMatchObject({ role: "practitioner", practitionerId: card, organizationId: org.id });
    expect(await tokenMailedTo(invitee)).toBeTruthy();
  });
});

describe("invitation pages over HTTP", () => {
  it("send anonymous visitors to sign in", async () => {
    for (const path of ["/fi/work/invitations", "/fi/work/outbox", "/fi/work/audit"]) {
      const response = await fetch(appUrl(path), { redirect: "manual" });
      expect(response.status, path).toBe(303);
      expect(response.headers.get("location"), path).toBe(`/fi/sign-in?next=${encodeURIComponent(path)}`);
    }
    const posted = await post("/fi/work/invitations", "", { email: "x@example.fi", role: "admin", language: "fi" });
    expect(posted.status).toBe(303);
  });

  it("refuse practitioners the invitations page and an invitation outside the inviter's region, writing nothing", async () => {
    const org = await anOrganization({ regionCodes: ["maakunta_19"] });
    const card = await aPractitioner(org.id);
    const practitioner = await signIn(await anAccount({ role: "practitioner", practitionerId: card }));
    expect((await fetch(appUrl("/fi/work/invitations"), { headers: { cookie: practitioner } })).status).toBe(403);

    const coordinator = await signIn(await anAccount({ role: "coordinator", regionCode: "maakunta_19" }));
    const address = `${unique()}@example.fi`;
    const response = await post("/fi/work/invitations", coordinator, { email: address, role: "coordinator", regionCode: "maakunta_18", language: "fi" });
    expect(response.status).toBe(403);
    const response2 = await post("/fi/work/invitations", practitioner, { email: address, role: "practitioner", practitionerId: card, language: "fi" });
    expect(response2.status).toBe(403);
    expect(await db().select().from(invitation).where(eq(invitation.email, address))).toHaveLength(0);
  });

  it("answer bad input with 400 and a message tied to the field, writing nothing", async () => {
    const coordinator = await signIn(await anAccount({ role: "coordinator", regionCode: "maakunta_19" }));
    const bad = await post("/fi/work/invitations", coordinator, { email: "ei osoite", role: "coordinator", regionCode: "maakunta_19", language: "fi" });
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).toContain('aria-describedby="invite-email-error"');
    expect(html).toContain("Anna sähköpostiosoite muodossa nimi@esimerkki.fi.");
    expect(await db().select().from(invitation).where(eq(invitation.email, "ei osoite"))).toHaveLength(0);

    const missing = await post("/fi/work/invitations", coordinator, { email: `${unique()}@example.fi`, role: "contact_person", language: "fi" });
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain("Tämä tieto on pakollinen.");

    const address = `${unique()}@example.fi`;
    const sent = await post("/fi/work/invitations", coordinator, { email: address, role: "coordinator", regionCode: "maakunta_19", language: "en" });
    expect(sent.status).toBe(302);
    const token = await tokenMailedTo(address);
    const longName = await post(`/en/invitations/${token}`, "", { name: "n".repeat(10_000), password: "long enough password" });
    expect(longName.status).toBe(400);
    expect(await longName.text()).toContain("The text is too long (at most 100 characters).");
    const shortPassword = await post(`/en/invitations/${token}`, "", { name: "Name", password: "short" });
    expect(shortPassword.status).toBe(400);
    expect(await shortPassword.text()).toContain("The password must have at least 12 characters.");
    expect(await db().select().from(user).where(eq(user.email, address))).toHaveLength(0);
    const [row] = await db().select().from(invitation).where(eq(invitation.email, address));
    expect(row.acceptedAt).toBeNull();
  });

  it("let the owner of an existing account accept only after signing in as themselves", async () => {
    const org = await anOrganization({ regionCodes: ["maakunta_19"] });
    const existing = await anAccount({ role: "coordinator", regionCode: "maakunta_18" });
    const coordinator = await signIn(await anAccount({ role: "coordinator", regionCode: "maakunta_19" }));
    expect(
      (await post("/fi/work/invitations", coordinator, { email: existing.email, role: "contact_person", organizationId: org.id, language: "fi" })).status,
    ).toBe(302);
    const token = await tokenMailedTo(existing.email);

    const anonymous = await fetch(appUrl(`/fi/invitations/${token}`));
    expect(await anonymous.text()).toContain(`/fi/sign-in?next=${encodeURIComponent(`/fi/invitations/${token}`)}`);
    const sneaky = await post(`/fi/invitations/${token}`, "", { name: "Someone", password: "long enough password" });
    expect(sneaky.status).toBe(409);

    const other = await signIn(await anAccount({ role: "practitioner" }));
    expect(await (await fetch(appUrl(`/fi/invitations/${token}`), { headers: { cookie: other } })).text()).toContain("Olet kirjautunut tunnuksella");
    expect((await post(`/fi/invitations/${token}`, other, { intent: "accept-as-user" })).status).toBe(409);

    const owner = await signIn(existing);
    const accepted = await post(`/fi/invitations/${token}`, owner, { intent: "accept-as-user" });
    expect(accepted.status).toBe(302);
    expect(accepted.headers.get("location")).toBe("/fi/work");
    const grants = await db().select().from(roleAssignment).where(eq(roleAssignment.userId, existing.id));
    expect(grants.map((g) => g.role).sort()).toEqual(["contact_person", "coordinator"]);
  });

  it("answer an unknown token with 404 and a clear message", async () => {
    const response = await fetch(appUrl("/sv/invitations/no-such-token"));
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("Inbjudan har gått ut, redan använts eller är felaktig.");
  });

  it("show the outbox to admins only", async () => {
    const admin = await anAccount({ role: "admin" });
    const coordinator = await signIn(await anAccount({ role: "coordinator", regionCode: "maakunta_19" }));
    expect((await fetch(appUrl("/fi/work/outbox"), { headers: { cookie: coordinator } })).status).toBe(403);

    const { context, page } = await newPage(browser);
    await page.goto(appUrl(`/fi/sign-in?next=${encodeURIComponent("/fi/work/outbox")}`));
    await page.getByLabel("Sähköposti").fill(admin.email);
    await page.getByLabel("Salasana").fill(admin.password);
    await page.getByRole("button", { name: "Kirjaudu" }).click();
    await page.waitForURL(/\/fi\/work\/outbox$/);
    // The client-side navigation renders just after the address changes.
    await page.getByRole("heading", { level: 1, name: "Lähtevät viestit" }).waitFor();
    expect(await page.locator("table.data tbody tr").count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
    await context.close();
  });
});

describe("the audit trail page", () => {
  it("shows a coordinator their region's events only, and refuses contact persons", async () => {
    const lappi = await anOrganization({ regionCodes: ["maakunta_19"] });
    const kainuu = await anOrganization({ regionCodes: ["maakunta_18"] });
    await updateOrganization(system, lappi.id, {
      name: { fi: `${lappi.name} uusi` },
      description: {},
      type: "vocational_college",
      regionCodes: ["maakunta_19"],
    });
    const lappiCoordinator = await signIn(await anAccount({ role: "coordinator", regionCode: "maakunta_19" }));
    const kainuuCoordinator = await signIn(await anAccount({ role: "coordinator", regionCode: "maakunta_18" }));
    const contact = await signIn(await anAccount({ role: "contact_person", organizationId: lappi.id }));

    const page = async (cookie: string, entityId: string) => {
      const response = await fetch(appUrl(`/fi/work/audit?entityId=${entityId}`), { headers: { cookie } });
      return { status: response.status, html: await response.text() };
    };
    const own = await page(lappiCoordinator, lappi.id);
    expect(own.status).toBe(200);
    expect(own.html).toContain(`${lappi.name} uusi`);
    expect(own.html).toContain("muutos");
    expect((await page(lappiCoordinator, kainuu.id)).html).toContain("Ei tapahtumia.");
    expect((await page(kainuuCoordinator, lappi.id)).html).toContain("Ei tapahtumia.");
    expect((await page(kainuuCoordinator, kainuu.id)).html).toContain(kainuu.name);
    expect((await page(contact, lappi.id)).status).toBe(403);
  });

  it("passes axe for an admin", async () => {
    const admin = await anAccount({ role: "admin" });
    const { context, page } = await newPage(browser);
    await page.goto(appUrl(`/fi/sign-in?next=${encodeURIComponent("/fi/work/audit")}`));
    await page.getByLabel("Sähköposti").fill(admin.email);
    await page.getByLabel("Salasana").fill(admin.password);
    await page.getByRole("button", { name: "Kirjaudu" }).click();
    await page.waitForURL(/\/fi\/work\/audit$/);
    await page.getByRole("heading", { level: 1, name: "Muutoshistoria" }).waitFor();
    expect(await page.locator("table.data tbody tr").count(), (await page.textContent("main")) ?? "").toBeGreaterThan(0);
    await expectNoAxeViolations(page);
    await context.close();
  });
});
