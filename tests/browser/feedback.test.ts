import { and, eq, sql } from "drizzle-orm";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { submitFeedback } from "../../app/feedback/commands/submit.server";
import { feedback, pageVote } from "../../app/feedback/schema.server";
import { db } from "../../app/kit/db/db.server";
import { outboxMessage } from "../../app/mail/schema.server";
import { appUrl, expectNoAxeViolations, launchBrowser, newPage } from "../support/browser";
import { anAccount, anOrganization, unique } from "../support/fixtures";
import { get, postForm, signIn as signInHttp } from "../support/http";
import { signIn } from "../support/sign-in";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const votesOn = (page: string, language: string) =>
  db()
    .select()
    .from(pageVote)
    .where(and(eq(pageVote.pagePath, page), eq(pageVote.language, language)));
const feedbackWith = (message: string) => db().select().from(feedback).where(eq(feedback.message, message));

describe("did this page help, without JavaScript", { timeout: 120_000 }, () => {
  it("stores a no, thanks the visitor on the same page and takes the follow-up text", async () => {
    const path = `/groups?q=${unique()}`;
    const before = (await votesOn("/groups", "sv")).length;
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(appUrl(`/sv${path}`));
    const [voted] = await Promise.all([page.waitForNavigation(), page.click("#page-feedback button[value=no]")]);
    expect(voted!.status()).toBe(200);
    expect(page.url()).toBe(appUrl(`/sv${path}&feedback=missing#page-feedback`));
    expect(await page.locator("#page-feedback [role=status]").textContent()).toBe("Tack för din respons! Berätta gärna vad som saknades på sidan.");
    expect((await votesOn("/groups", "sv")).length).toBe(before + 1);

    const message = unique("Kontaktuppgifterna saknades ");
    await page.fill("#page-feedback-missing", message);
    await Promise.all([page.waitForNavigation(), page.click("#page-feedback button[type=submit]")]);
    expect(page.url()).toBe(appUrl(`/sv${path}&feedback=sent#page-feedback`));
    expect(await page.locator("#page-feedback [role=status]").textContent()).toBe("Tack, ditt meddelande har tagits emot.");
    const [stored] = await feedbackWith(message);
    expect(stored).toMatchObject({ kind: "general", language: "sv", pagePath: "/groups", email: null });
    await context.close();
  });

  it("sends accessibility feedback with the form, page prefilled, and shows the thank-you", async () => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(appUrl("/fi/feedback?kind=accessibility&page=%2Ffi%2Fmap"));
    expect(await page.inputValue("#f-page")).toBe("/fi/map");
    expect(await page.isChecked("input[name=kind][value=accessibility]")).toBe(true);
    const message = unique("Kartta ei toimi näppäimistöllä ");
    await page.fill("#f-message", message);
    await page.fill("#f-email", "palaute@example.fi");
    const [sent] = await Promise.all([page.waitForNavigation(), page.click("button:has-text('Lähetä palaute')")]);
    expect(sent!.status()).toBe(200);
    expect(page.url()).toBe(appUrl("/fi/feedback?sent=accessibility"));
    expect(await page.getByRole("status").textContent()).toContain("Saavutettavuuspalautteesi on vastaanotettu");
    const [stored] = await feedbackWith(message);
    expect(stored).toMatchObject({ kind: "accessibility", language: "fi", pagePath: "/map", email: "palaute@example.fi" });

    // A refused form keeps what was written and says what is wrong.
    await page.goto(appUrl("/fi/feedback"));
    await page.fill("#f-message", "Viesti");
    await page.fill("#f-page", "https://muu.example/sivu");
    const [refused] = await Promise.all([page.waitForNavigation(), page.click("button:has-text('Lähetä palaute')")]);
    expect(refused!.status()).toBe(400);
    expect(await page.getByRole("alert").textContent()).toContain("Sivun osoite ei kelpaa.");
    expect(await page.inputValue("#f-message")).toBe("Viesti");
    await context.close();
  });

  it("shows no question on signed-in pages", async () => {
    const org = await anOrganization();
    const account = await anAccount({ role: "contact_person", organizationId: org.id });
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await signIn(page, account, "/fi/work");
    expect(await page.locator("#page-feedback").count()).toBe(0);
    await page.goto(appUrl("/fi/groups"));
    expect(await page.locator("#page-feedback").count()).toBe(1);
    await context.close();
  });
});

describe("bad input to the feedback forms", () => {
  it("answers 400 with a translated message and writes nothing", async () => {
    const message = unique("Roskaa ");
    const honeypot = await postForm("/en/feedback", [
      ["kind", "general"],
      ["message", message],
      ["website", "http://spam.example"],
    ]);
    expect(honeypot.status).toBe(400);
    expect(await honeypot.text()).toContain("The feedback was not sent");
    const badPage = await postForm("/fi/feedback", [
      ["kind", "general"],
      ["message", message],
      ["page", "https://evil.example/x"],
    ]);
    expect(badPage.status).toBe(400);
    expect(await badPage.text()).toContain("Sivun osoite ei kelpaa.");
    const badKind = await postForm("/sv/feedback", [
      ["kind", "complaint"],
      ["message", message],
    ]);
    expect(badKind.status).toBe(400);
    const tooLong = await postForm("/fi/feedback", [
      ["kind", "general"],
      ["message", "x".repeat(4001) + message],
    ]);
    expect(tooLong.status).toBe(400);
    expect(await tooLong.text()).toContain("enintään 4\u00a0000 merkkiä");
    expect(await feedbackWith(message)).toHaveLength(0);

    const kindQuery = await get("/en/feedback?kind=complaint");
    expect(kindQuery.status).toBe(400);
    expect(await kindQuery.text()).toContain("The subject of the feedback is not valid.");
    expect((await get("/fi/feedback?page=%2Fde%2Fx")).status).toBe(400);

    const before = (await votesOn("/map", "fi")).length;
    const badVote = await postForm("/fi/feedback/helpful", [
      ["page", "/fi/map"],
      ["helpful", "maybe"],
    ]);
    expect(badVote.status).toBe(400);
    expect(await badVote.text()).toBe("Valitse ”Kyllä” tai ”Ei”.");
    const offSite = await postForm("/fi/feedback/helpful", [
      ["page", "//evil.example/fi"],
      ["helpful", "yes"],
    ]);
    expect(offSite.status).toBe(400);
    expect((await votesOn("/map", "fi")).length).toBe(before);
    const vote = await postForm("/fi/feedback/helpful", [
      ["page", "/fi/map?x=1&feedback=thanks"],
      ["helpful", "yes"],
    ]);
    expect(vote.status).toBe(303);
    expect(vote.headers.get("location")).toBe("/fi/map?x=1&feedback=thanks#page-feedback");
  });
});

describe("accessibility of the feedback pages (axe needs JavaScript)", { timeout: 120_000 }, () => {
  it("has no axe violations on the form, its errors and the thank-you under a page", async () => {
    const { context, page } = await newPage(browser);
    await page.goto(appUrl("/fi/feedback?kind=accessibility"));
    await expectNoAxeViolations(page);
    await page.fill("#f-message", "x");
    await page.fill("#f-page", "/de/seite");
    await page.click("button:has-text('Lähetä palaute')");
    await page.waitForSelector(".error-summary");
    await expectNoAxeViolations(page);
    await page.goto(appUrl("/en/groups?feedback=missing#page-feedback"));
    await page.waitForSelector("#page-feedback-missing");
    await expectNoAxeViolations(page);
    await context.close();
  });
});

describe("the feedback inbox", { timeout: 120_000 }, () => {
  it("shows coordinators the feedback with due dates and overdue ones, and answers by e-mail in the feedback's language", async () => {
    const account = await anAccount({ role: "coordinator", regionCode: "maakunta_19" });
    const pagePath = `/education/${unique()}`;
    const email = `${unique("sender-")}@example.fi`;
    const overdueId = await submitFeedback({ kind: "accessibility", language: "sv", message: "Kontrasten är för svag.", page: `/sv${pagePath}`, email });
    await db()
      .update(feedback)
      .set({ receivedAt: sql`now() - interval '20 days'` })
      .where(eq(feedback.id, overdueId));
    await submitFeedback({ kind: "general", language: "fi", message: "Hyvä sivu", page: `/fi${pagePath}` });

    const { context, page } = await newPage(browser);
    await signIn(page, account, "/fi/work");
    await page.goto(appUrl(`/fi/work/feedback?page=${encodeURIComponent(pagePath)}`));
    expect(await page.textContent("#feedback-counts")).toBe("Avoimia palautteita 2, joista saavutettavuuspalautteita 1. Myöhässä: 1.");
    const item = page.locator(`#feedback-${overdueId}`);
    expect(await item.locator("h3").textContent()).toContain("MYÖHÄSSÄ");
    expect(await item.textContent()).toContain("Vastattava viimeistään");
    expect(await item.textContent()).toContain(`Lähettäjän sähköposti: ${email}`);
    await expectNoAxeViolations(page);

    await item.locator("textarea").fill("Tack, vi har förbättrat kontrasten.");
    await item.locator("button").click();
    await page.waitForSelector(`#feedback-${overdueId} .feedback-item__reply`);
    expect(await page.getByRole("status").textContent()).toBe("Palaute on merkitty vastatuksi.");
    expect(await page.textContent("#feedback-counts")).toBe("Avoimia palautteita 1, joista saavutettavuuspalautteita 0. Myöhässä: 0.");
    const [mail] = await db().select().from(outboxMessage).where(eq(outboxMessage.recipient, email));
    expect(mail.subject).toBe("Svar på din respons");
    await expectNoAxeViolations(page);

    await page.goto(appUrl(`/fi/work/feedback?page=${encodeURIComponent(pagePath)}&status=answered&language=sv&kind=accessibility`));
    expect(await page.locator("article.feedback-item").count()).toBe(1);
    await context.close();
  });

  it("is closed to contact persons and practitioners and refuses bad filters with 400", async () => {
    const org = await anOrganization();
    const contact = await signInHttp(await anAccount({ role: "contact_person", organizationId: org.id }));
    expect((await get("/fi/work/feedback", contact)).status).toBe(403);
    const admin = await signInHttp(await anAccount({ role: "admin" }));
    expect((await get("/fi/work/feedback", admin)).status).toBe(200);
    const bad = await get("/en/work/feedback?status=maybe", admin);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("The filter value is not valid.");
    expect((await get("/fi/work/feedback?page=%3Cscript%3E", admin)).status).toBe(400);
    const id = await submitFeedback({ kind: "general", language: "fi", message: unique("Viesti ") });
    const refused = await postForm(
      "/fi/work/feedback",
      [
        ["id", id],
        ["reply", "Hei"],
      ],
      contact,
    );
    expect(refused.status).toBe(403);
    const empty = await postForm(
      "/fi/work/feedback",
      [
        ["id", id],
        ["reply", " "],
      ],
      admin,
    );
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain("Tämä tieto on pakollinen.");
    expect((await db().select().from(feedback).where(eq(feedback.id, id)))[0].answeredAt).toBeNull();
  });
});
