import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { unique, userWith } from "../../tests/support/fixtures";
import { auditEvent } from "../audit/schema.server";
import { db } from "../kit/db/db.server";
import { InvalidInput, PermissionDenied } from "../kit/validation/errors";
import { outboxMessage } from "../mail/schema.server";
import { answerFeedback } from "./commands/answer.server";
import { recordVote, submitFeedback } from "./commands/submit.server";
import { helpfulness, inboxCounts, inboxItems } from "./queries.server";
import { feedback, pageVote } from "./schema.server";

const coordinator = () => userWith({ role: "coordinator", regionCode: "maakunta_19" });
const feedbackOn = (page: string) => db().select().from(feedback).where(eq(feedback.pagePath, page));

describe("sending feedback", () => {
  it("stores feedback per page and language, the page without its language prefix", async () => {
    const page = `/education/${unique()}`;
    const id = await submitFeedback({
      kind: "accessibility",
      language: "sv",
      message: "  Knappen går inte att nå med tangentbordet.  ",
      page: `/sv${page}?q=x`,
      email: "anna@example.fi",
    });
    const [row] = await feedbackOn(page);
    expect(row).toMatchObject({
      id,
      kind: "accessibility",
      language: "sv",
      message: "Knappen går inte att nå med tangentbordet.",
      email: "anna@example.fi",
      answeredAt: null,
    });
  });

  it("refuses bad input with every problem and writes nothing", async () => {
    const page = `/map/${unique()}`;
    const attempt = submitFeedback({ kind: "complaint" as never, language: "fi", message: " ", page: "/fi/work/feedback", email: "not-an-address" });
    await expect(attempt).rejects.toBeInstanceOf(InvalidInput);
    const issues = await attempt.catch((e: InvalidInput) => e.issues.map((i) => `${i.path} ${i.key}`));
    expect(issues).toEqual(
      expect.arrayContaining(["kind validation.invalid", "message validation.required", "page feedback.badPage", "email validation.email"]),
    );
    await expect(submitFeedback({ kind: "general", language: "fi", message: "x".repeat(4001), page: `/fi${page}` })).rejects.toBeInstanceOf(InvalidInput);
    expect(await feedbackOn(page)).toHaveLength(0);
  });

  it("counts votes per page and language and refuses a vote without a page of the site", async () => {
    const page = `/groups/${unique()}`;
    await recordVote({ language: "fi", page: `/fi${page}`, helpful: "yes" });
    await recordVote({ language: "fi", page: `/fi${page}?q=1`, helpful: "no" });
    await recordVote({ language: "fi", page: `/fi${page}`, helpful: "yes" });
    await recordVote({ language: "en", page: `/en${page}`, helpful: "no" });
    await expect(recordVote({ language: "fi", page: "https://evil.example/", helpful: "yes" })).rejects.toBeInstanceOf(InvalidInput);
    await expect(recordVote({ language: "fi", page: `/fi${page}`, helpful: "maybe" as never })).rejects.toBeInstanceOf(InvalidInput);
    expect(await helpfulness({ page })).toEqual([
      { pagePath: page, language: "fi", yes: 2, no: 1 },
      { pagePath: page, language: "en", yes: 0, no: 1 },
    ]);
    expect(await helpfulness({ page, language: "en" })).toEqual([{ pagePath: page, language: "en", yes: 0, no: 1 }]);
    expect(await db().select().from(pageVote).where(eq(pageVote.pagePath, page))).toHaveLength(4);
  });
});

describe("the inbox", () => {
  it("filters by page, language, kind and state, and counts open and overdue feedback of the filter", async () => {
    const page = `/search/${unique()}`;
    const old = await submitFeedback({ kind: "accessibility", language: "fi", message: "Vanha", page: `/fi${page}` });
    await db()
      .update(feedback)
      .set({ receivedAt: sql`now() - interval '15 days'` })
      .where(eq(feedback.id, old));
    const fresh = await submitFeedback({ kind: "accessibility", language: "sv", message: "Ny", page: `/sv${page}` });
    const general = await submitFeedback({ kind: "general", language: "fi", message: "Yleinen", page: `/fi${page}` });

    const all = await inboxItems({ page });
    expect(all.map((i) => i.id)).toEqual([general, fresh, old]);
    const overdue = all.find((i) => i.id === old)!;
    expect(overdue.overdue).toBe(true);
    expect(new Date(overdue.dueAt!).getTime() - new Date(overdue.receivedAt).getTime()).toBe(14 * 24 * 3600 * 1000);
    expect(all.find((i) => i.id === fresh)!.overdue).toBe(false);
    expect(all.find((i) => i.id === general)!.dueAt).toBeNull();
    expect((await inboxItems({ page, language: "sv" })).map((i) => i.id)).toEqual([fresh]);
    expect((await inboxItems({ page, kind: "general" })).map((i) => i.id)).toEqual([general]);
    expect(await inboxCounts({ page })).toEqual({ open: 3, openAccessibility: 2, overdue: 1 });

    await answerFeedback(coordinator(), old, { reply: "Korjattu." });
    expect((await inboxItems({ page, status: "answered" })).map((i) => i.id)).toEqual([old]);
    expect((await inboxItems({ page, status: "open" })).map((i) => i.id)).toEqual([general, fresh]);
    expect(await inboxCounts({ page })).toEqual({ open: 2, openAccessibility: 1, overdue: 0 });
  });
});

describe("answering feedback", () => {
  it("mails the reply in the feedback's language, records the answer and audits it without the address", async () => {
    const email = `${unique("sender-")}@example.fi`;
    const page = `/map/${unique()}`;
    const id = await submitFeedback({ kind: "general", language: "sv", message: "Kartan laddas långsamt.", page: `/sv${page}`, email });
    const answerer = coordinator();
    expect(await answerFeedback(answerer, id, { reply: "Tack, vi har gjort kartan snabbare." })).toEqual({ mailed: true });

    const [row] = await feedbackOn(page);
    expect(row).toMatchObject({ reply: "Tack, vi har gjort kartan snabbare.", replyMailed: true, answeredBy: answerer.name });
    expect(row.answeredAt).toBeInstanceOf(Date);
    const mails = await db().select().from(outboxMessage).where(eq(outboxMessage.recipient, email));
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe("Svar på din respons");
    expect(mails[0].body).toContain("Tack, vi har gjort kartan snabbare.");
    const audit = await db()
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.entityType, "feedback"), eq(auditEvent.entityId, id)));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "answer", actorUserId: answerer.id });
    expect(JSON.stringify(audit[0].changes)).not.toContain(email);

    // Answered once: a second answer is refused and nothing more is sent.
    await expect(answerFeedback(answerer, id, { reply: "Igen" })).rejects.toBeInstanceOf(InvalidInput);
    expect(await db().select().from(outboxMessage).where(eq(outboxMessage.recipient, email))).toHaveLength(1);
  });

  it("stores a reply without mailing when the sender left no address", async () => {
    const page = `/map/${unique()}`;
    const id = await submitFeedback({ kind: "general", language: "fi", message: "Hyvä palvelu", page: `/fi${page}` });
    expect(await answerFeedback(userWith({ role: "admin" }), id, { reply: "Kiitos!" })).toEqual({ mailed: false });
    expect((await feedbackOn(page))[0]).toMatchObject({ reply: "Kiitos!", replyMailed: false });
  });

  it("lets neither contact persons nor practitioners answer, and refuses an empty reply, changing nothing", async () => {
    const page = `/map/${unique()}`;
    const id = await submitFeedback({ kind: "accessibility", language: "fi", message: "Kontrasti on heikko", page: `/fi${page}`, email: "x@example.fi" });
    const contact = userWith({ role: "contact_person", organizationId: "00000000-0000-4000-8000-000000000001" });
    const practitioner = userWith({ role: "practitioner", practitionerId: "00000000-0000-4000-8000-000000000002" });
    await expect(answerFeedback(contact, id, { reply: "Hei" })).rejects.toBeInstanceOf(PermissionDenied);
    await expect(answerFeedback(practitioner, id, { reply: "Hei" })).rejects.toBeInstanceOf(PermissionDenied);
    await expect(answerFeedback(coordinator(), id, { reply: "   " })).rejects.toBeInstanceOf(InvalidInput);
    expect((await feedbackOn(page))[0]).toMatchObject({ answeredAt: null, reply: null });
    expect(
      await db()
        .select()
        .from(auditEvent)
        .where(and(eq(auditEvent.entityType, "feedback"), eq(auditEvent.entityId, id))),
    ).toHaveLength(0);
  });
});
