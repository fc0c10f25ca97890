import { and, count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { anAccount, anOrganization, aPractitioner, aService, failure, issuesOf, system, userWith } from "../../tests/support/fixtures";
import { auditEvent } from "../audit/schema.server";
import { db } from "../kit/db/db.server";
import { EditConflict, InvalidInput, NotFound } from "../kit/validation/errors";
import { notification } from "../notifications/schema.server";
import { satisfactionInvitation } from "../feedback/schema.server";
import { answerRequest, claimRequest, closeRequest, withdrawRequest } from "./commands/handle.server";
import { purgeClosedContactRequests } from "./commands/purge.server";
import { setSharedQueue } from "./commands/queue-setting.server";
import { submitContactRequest } from "./commands/submit.server";
import { answerDueAt } from "./due.server";
import type { RequestInput } from "./inputs";
import { contactRequestStatistics, followUp, queueCounts, queueFor, viewRequest } from "./queries.server";
import { contactRequest } from "./schema.server";
import { hashSecretToken } from "../kit/secret-token.server";

const requestFor = (serviceId: string, overrides: RequestInput = {}): RequestInput => ({
  serviceId,
  topic: "career_planning",
  language: "fi",
  channel: "phone",
  preferredTimes: "arkisin 9–12",
  name: "Aino Testinen",
  phone: "+358 40 765 4321",
  email: "",
  note: "",
  consent: "yes",
  pageLanguage: "fi",
  ...overrides,
});

/** An organisation with a service, its contact person and a practitioner (both real accounts, so notifications reach them). */
async function aQueue(regionCode = "maakunta_19") {
  const org = await anOrganization({ regionCodes: [regionCode] });
  const serviceId = await aService(org.id);
  const practitionerId = await aPractitioner(org.id);
  const contact = await anAccount({ role: "contact_person", organizationId: org.id });
  const practitionerAccount = await anAccount({ role: "practitioner", practitionerId });
  return {
    org,
    serviceId,
    contactPerson: { ...userWith({ role: "contact_person", organizationId: org.id }), id: contact.id },
    practitioner: { ...userWith({ role: "practitioner", practitionerId }), id: practitionerAccount.id },
  };
}

const rowOf = async (id: string) => (await db().select().from(contactRequest).where(eq(contactRequest.id, id)))[0];

describe("sending a contact request", () => {
  it("stores it in the organisation's queue with a due time, keeps only the token's hash, audits it and tells the queue's people", async () => {
    const queue = await aQueue();
    const other = await aQueue();
    const { id, token } = await submitContactRequest(requestFor(queue.serviceId));
    const row = await rowOf(id);
    expect(row).toMatchObject({ organizationId: queue.org.id, regionCode: null, status: "received", name: "Aino Testinen", tokenHash: hashSecretToken(token) });
    expect(JSON.stringify(row)).not.toContain(token);
    const told = await db()
      .select({ userId: notification.userId })
      .from(notification)
      .where(eq(notification.link, `/work/contact-requests/${id}`));
    expect(told.map((n) => n.userId).sort()).toEqual([queue.contactPerson.id, queue.practitioner.id].sort());
    expect(told.map((n) => n.userId)).not.toContain(other.contactPerson.id);
    const [created] = await db()
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.entityId, id), eq(auditEvent.action, "create")));
    expect(JSON.stringify(created.changes)).not.toContain("Aino");
  });

  it("refuses bad input with each problem and writes nothing", async () => {
    const { serviceId } = await aQueue();
    expect(
      await issuesOf(
        submitContactRequest(
          requestFor(serviceId, { topic: "astrology", channel: "email", phone: "", email: "ei-osoite", consent: "", name: " ", note: "x".repeat(1001) }),
        ),
      ),
    ).toEqual(
      expect.arrayContaining([
        "topic:validation.invalid",
        "name:validation.required",
        "email:validation.email",
        "note:validation.tooLong",
        "consent:contactRequests.consentRequired",
      ]),
    );
    expect(await issuesOf(submitContactRequest(requestFor(serviceId, { phone: "", email: "" })))).toContain("phone:contactRequests.contactNeeded");
    expect(await issuesOf(submitContactRequest(requestFor(serviceId, { channel: "email", email: "" })))).toContain("email:contactRequests.emailNeeded");
    expect(await issuesOf(submitContactRequest(requestFor(crypto.randomUUID())))).toEqual(["serviceId:contactRequests.noService"]);
    const [{ n }] = await db().select({ n: count() }).from(contactRequest).where(eq(contactRequest.serviceId, serviceId));
    expect(n).toBe(0);
  });
});

describe("who sees a request (persona matrix)", () => {
  it("shows it, with the person's details, to its organisation's contact persons and practitioners only, and audits each view", async () => {
    const queue = await aQueue();
    const other = await aQueue();
    const { id } = await submitContactRequest(requestFor(queue.serviceId));
    const personas = {
      contactPerson: queue.contactPerson,
      practitioner: queue.practitioner,
      otherContactPerson: other.contactPerson,
      otherPractitioner: other.practitioner,
      coordinatorOfRegion: userWith({ role: "coordinator", regionCode: "maakunta_19" }),
      admin: system,
      nobody: userWith(),
    };
    const sees = Object.fromEntries(
      await Promise.all(Object.entries(personas).map(async ([name, user]) => [name, (await failure(viewRequest(user, id))) === null] as const)),
    );
    expect(sees).toEqual({
      contactPerson: true,
      practitioner: true,
      otherContactPerson: false,
      otherPractitioner: false,
      coordinatorOfRegion: false,
      admin: false,
      nobody: false,
    });
    expect(await failure(viewRequest(other.contactPerson, id))).toBeInstanceOf(NotFound);
    const views = await db()
      .select({ actor: auditEvent.actorUserId })
      .from(auditEvent)
      .where(and(eq(auditEvent.entityType, "contact_request"), eq(auditEvent.entityId, id), eq(auditEvent.action, "view")));
    expect(views.map((v) => v.actor).sort()).toEqual([queue.contactPerson.id, queue.practitioner.id].sort());
    // Handling follows the same rule: an outsider cannot claim it.
    expect(await failure(claimRequest(other.practitioner, id, {}))).toBeInstanceOf(NotFound);
    expect((await rowOf(id)).status).toBe("received");
  });

  it("sends requests to the region's shared queue when its coordinator turns it on, for every member organisation and the coordinator", async () => {
    const region = "maakunta_17";
    const coordinator = userWith({ role: "coordinator", regionCode: region });
    const queue = await aQueue(region);
    const neighbour = await aQueue(region);
    expect(
      await failure(setSharedQueue(userWith({ role: "coordinator", regionCode: "maakunta_19" }), { regionCode: region, sharedQueue: "yes" })),
    ).not.toBeNull();
    await setSharedQueue(coordinator, { regionCode: region, sharedQueue: "yes" });
    try {
      const { id } = await submitContactRequest(requestFor(queue.serviceId));
      expect((await rowOf(id)).regionCode).toBe(region);
      for (const user of [queue.practitioner, neighbour.contactPerson, coordinator]) expect(await failure(viewRequest(user, id))).toBeNull();
      expect((await queueFor(neighbour.practitioner, "open")).map((i) => i.id)).toContain(id);
      expect(await failure(viewRequest(userWith({ role: "coordinator", regionCode: "maakunta_19" }), id))).toBeInstanceOf(NotFound);
    } finally {
      await setSharedQueue(coordinator, { regionCode: region, sharedQueue: "no" });
    }
  });
});

describe("handling a request", () => {
  it("claims, answers and closes it, refusing a stale form with 409 and a step out of turn with 400, writing nothing for either", async () => {
    const queue = await aQueue();
    const { id, token } = await submitContactRequest(requestFor(queue.serviceId));
    await claimRequest(queue.practitioner, id, { version: "1" });
    expect(await rowOf(id)).toMatchObject({ status: "handling", claimedBy: queue.practitioner.id, version: 2 });
    // The queue's "new request" notifications are done once someone has taken it up.
    const told = await db()
      .select()
      .from(notification)
      .where(eq(notification.link, `/work/contact-requests/${id}`));
    expect(told.length).toBeGreaterThan(0);
    expect(told.map((n) => n.doneReason)).toEqual(told.map(() => "contactRequestHandled"));
    // The contact person's page was loaded before the claim.
    const stale = await failure(answerRequest(queue.contactPerson, id, { answerChannel: "phone", version: "1" }));
    expect(stale).toBeInstanceOf(EditConflict);
    expect((await rowOf(id)).status).toBe("handling");
    await answerRequest(queue.practitioner, id, { answerChannel: "video", version: "2" });
    expect(await rowOf(id)).toMatchObject({ status: "answered", answerChannel: "video", version: 3 });
    expect(await failure(claimRequest(queue.practitioner, id, { version: "3" }))).toBeInstanceOf(InvalidInput);
    expect(await issuesOf(answerRequest(queue.practitioner, id, { answerChannel: "telepathy", version: "3" }))).toEqual(["answerChannel:validation.invalid"]);
    expect((await followUp(token))?.status).toBe("answered");
    // Once answered, the follow-up page offers the satisfaction question, open under the request's service.
    const path = (await followUp(token))!.satisfactionPath!;
    expect(path).toMatch(/^\/fi\/satisfaction\/[A-Za-z0-9_-]{43}$/);
    const [question] = await db()
      .select()
      .from(satisfactionInvitation)
      .where(eq(satisfactionInvitation.tokenHash, hashSecretToken(path.split("/").pop()!)));
    expect(question).toMatchObject({ kind: "contact_request", serviceId: queue.serviceId, channel: "video", usesLeft: 1 });
    await closeRequest(queue.contactPerson, id, { version: "3" });
    expect(await rowOf(id)).toMatchObject({ status: "closed", version: 4 });
    expect((await followUp(token))?.status).toBe("closed");
  });

  it("lets the citizen withdraw with the follow-up link, and no other link", async () => {
    const queue = await aQueue();
    const { id, token } = await submitContactRequest(requestFor(queue.serviceId));
    expect(await failure(withdrawRequest("x".repeat(43)))).toBeInstanceOf(NotFound);
    await withdrawRequest(token);
    await withdrawRequest(token);
    expect(await rowOf(id)).toMatchObject({ status: "withdrawn" });
    expect((await rowOf(id)).closedAt).not.toBeNull();
    expect(await followUp("not a token")).toBeNull();
  });
});

describe("the answer target", () => {
  it("is the end of the second working day, skipping weekends and Finnish public holidays", () => {
    // Thursday before Easter 2027: Good Friday 26.3. and Easter Monday 29.3. are holidays.
    expect(answerDueAt(new Date("2027-03-25T10:00:00+02:00")).toISOString()).toBe("2027-03-31T20:59:59.999Z");
    // Friday: Monday and Tuesday.
    expect(answerDueAt(new Date("2027-02-12T15:00:00+02:00")).toISOString()).toBe("2027-02-16T21:59:59.999Z");
    // Christmas Eve 2026 is a Thursday: 24.–26.12. are days off, so Monday 28.12. and Tuesday 29.12.
    expect(answerDueAt(new Date("2026-12-23T12:00:00+02:00")).toISOString()).toBe("2026-12-29T21:59:59.999Z");
  });

  it("flags unanswered requests past it and lists them first", async () => {
    const queue = await aQueue();
    const late = await submitContactRequest(requestFor(queue.serviceId), new Date("2027-03-25T10:00:00+02:00"));
    const fresh = await submitContactRequest(requestFor(queue.serviceId), new Date("2027-03-31T10:00:00+03:00"));
    const answeredLate = await submitContactRequest(requestFor(queue.serviceId), new Date("2027-03-24T10:00:00+02:00"));
    await answerRequest(queue.practitioner, answeredLate.id, { answerChannel: "phone" }, new Date("2027-03-26T09:00:00+02:00"));
    // On Wednesday 31.3. the Thursday request is due that evening: not yet late.
    const wednesday = await queueFor(queue.contactPerson, "open", new Date("2027-03-31T12:00:00+03:00"));
    expect(wednesday.filter((i) => [late.id, fresh.id].includes(i.id)).map((i) => [i.id, i.overdue])).toEqual([
      [late.id, false],
      [fresh.id, false],
    ]);
    const thursday = new Date("2027-04-01T08:00:00+03:00");
    const open = (await queueFor(queue.contactPerson, "open", thursday)).filter((i) => [late.id, fresh.id].includes(i.id));
    expect(open.map((i) => [i.id, i.overdue])).toEqual([
      [late.id, true],
      [fresh.id, false],
    ]);
    expect((await queueCounts(queue.contactPerson, thursday)).overdue).toBeGreaterThanOrEqual(1);
    expect((await queueFor(queue.contactPerson, "answered", thursday)).map((i) => i.id)).toContain(answeredLate.id);
  });
});

describe("retention", () => {
  it("deletes the person's details some months after closing, keeps the row for statistics, and ends the follow-up link", async () => {
    const queue = await aQueue();
    const received = new Date("2026-01-12T10:00:00+02:00");
    const old = await submitContactRequest(requestFor(queue.serviceId), received);
    const recent = await submitContactRequest(requestFor(queue.serviceId), received);
    const open = await submitContactRequest(requestFor(queue.serviceId), received);
    await answerRequest(queue.practitioner, old.id, { answerChannel: "phone" }, new Date("2026-01-13T10:00:00+02:00"));
    await closeRequest(queue.practitioner, old.id, {}, new Date("2026-02-01T10:00:00+02:00"));
    await closeRequest(queue.practitioner, recent.id, {}, new Date("2026-06-01T10:00:00+03:00"));
    const now = new Date("2026-09-15T03:00:00+03:00");
    expect(await purgeClosedContactRequests(now, 6)).toBeGreaterThanOrEqual(1);
    expect(await rowOf(old.id)).toMatchObject({ name: null, phone: null, email: null, note: null, preferredTimes: null, tokenHash: null, status: "closed" });
    expect((await rowOf(old.id)).personalDataDeletedAt).toEqual(now);
    expect(await followUp(old.token)).toBeNull();
    expect((await rowOf(recent.id)).name).toBe("Aino Testinen");
    expect((await rowOf(open.id)).name).toBe("Aino Testinen");
    // Run again: nothing more to do for these.
    await purgeClosedContactRequests(now, 6);
    expect((await rowOf(recent.id)).personalDataDeletedAt).toBeNull();

    const [stats] = await contactRequestStatistics({ from: "2026-01-01", to: "2026-01-31", organizationIds: [queue.org.id] });
    expect(stats).toEqual({
      organizationId: queue.org.id,
      serviceId: queue.serviceId,
      month: "2026-01-01",
      received: 3,
      answered: 1,
      answeredInTime: 1,
      withdrawn: 0,
      medianAnswerHours: 24,
      answerHoursTotal: 24,
    });
  });
});
