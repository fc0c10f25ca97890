import { and, count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { anAccount, anOrganization, aPractitioner, aService, failure, issuesOf, system, userWith } from "../../tests/support/fixtures";
import { auditEvent } from "../audit/schema.server";
import { addDays, todayInFinland } from "../kit/dates/calendar";
import { db } from "../kit/db/db.server";
import { EditConflict, InvalidInput, NotFound, PermissionDenied } from "../kit/validation/errors";
import { notification } from "../notifications/schema.server";
import { purgeReferrals } from "./commands/purge.server";
import { createReferral, recordOutcome, respondToReferral } from "./commands/referral.server";
import type { ReferralInput } from "./inputs";
import { referralStatistics, referralsFor, viewReferral } from "./queries.server";
import { referral } from "./schema.server";
import { outboxMessage } from "../mail/schema.server";
import { satisfactionInvitation } from "../feedback/schema.server";

/** Two partner organisations in Lapland's network, each with a practitioner account and a contact person account. */
async function partners() {
  const make = async () => {
    const org = await anOrganization({ regionCodes: ["maakunta_19"] });
    const serviceId = await aService(org.id);
    const practitionerId = await aPractitioner(org.id);
    const account = await anAccount({ role: "practitioner", practitionerId });
    const contact = await anAccount({ role: "contact_person", organizationId: org.id });
    return {
      org,
      serviceId,
      practitioner: { ...userWith({ role: "practitioner", practitionerId }), id: account.id },
      contactPerson: { ...userWith({ role: "contact_person", organizationId: org.id }), id: contact.id },
    };
  };
  return { from: await make(), to: await make(), third: await make() };
}

const referralInput = (fromOrganizationId: string, serviceId: string, overrides: ReferralInput = {}): ReferralInput => ({
  fromOrganizationId,
  serviceId,
  sharedFields: ["name", "phone", "language"],
  purpose: "Haluaa selvittää oppisopimuskoulutuksen mahdollisuudet.",
  consentUntil: addDays(todayInFinland(), 60),
  consent: "yes",
  clientName: "Eero Esimerkki",
  clientPhone: "+358 40 111 2222",
  clientEmail: "eero@example.fi",
  clientLanguage: "fi",
  background: "Ei jaettava tausta",
  ...overrides,
});

const rowOf = async (id: string) => (await db().select().from(referral).where(eq(referral.id, id)))[0];

describe("making a referral", () => {
  it("stores only the details the client agreed to share, tells the receiving organisation and audits it without the client", async () => {
    const { from, to } = await partners();
    const id = await createReferral(from.practitioner, referralInput(from.org.id, to.serviceId));
    expect(await rowOf(id)).toMatchObject({
      fromOrganizationId: from.org.id,
      toOrganizationId: to.org.id,
      status: "sent",
      sharedFields: ["language", "name", "phone"],
      clientName: "Eero Esimerkki",
      clientPhone: "+358 40 111 2222",
      clientEmail: null,
      background: null,
    });
    const told = await db()
      .select({ userId: notification.userId })
      .from(notification)
      .where(eq(notification.link, `/work/referrals/${id}`));
    expect(told.map((n) => n.userId).sort()).toEqual([to.practitioner.id, to.contactPerson.id].sort());
    const [created] = await db()
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.entityType, "referral"), eq(auditEvent.entityId, id), eq(auditEvent.action, "create")));
    expect(JSON.stringify(created.changes)).not.toContain("Eero");
  });

  it("refuses bad input, a referral without consent or from someone else's organisation, and writes nothing", async () => {
    const { from, to, third } = await partners();
    const today = todayInFinland();
    expect(
      await issuesOf(createReferral(from.practitioner, referralInput(from.org.id, to.serviceId, { consent: "", purpose: "", consentUntil: "31.2.2027" }))),
    ).toEqual(["purpose:validation.required", "consentUntil:dates.validation.noSuchDay", "consent:referrals.consentRequired"]);
    // What is shared is judged once the fields themselves are right, every problem of it at once.
    expect(
      await issuesOf(
        createReferral(from.practitioner, referralInput(from.org.id, to.serviceId, { sharedFields: ["email", "background"], clientEmail: "", background: "" })),
      ),
    ).toEqual(["sharedFields:referrals.nameMustBeShared", "clientEmail:referrals.sharedButEmpty", "background:referrals.sharedButEmpty"]);
    expect(await issuesOf(createReferral(from.practitioner, referralInput(from.org.id, to.serviceId, { sharedFields: ["name"] })))).toEqual([
      "sharedFields:referrals.contactMustBeShared",
    ]);
    expect(await issuesOf(createReferral(from.practitioner, referralInput(from.org.id, to.serviceId, { consentUntil: addDays(today, -1) })))).toEqual([
      "consentUntil:referrals.consentUntilRange",
    ]);
    expect(await issuesOf(createReferral(from.practitioner, referralInput(from.org.id, from.serviceId)))).toEqual(["serviceId:referrals.ownService"]);
    expect(await failure(createReferral(third.practitioner, referralInput(from.org.id, to.serviceId)))).toBeInstanceOf(PermissionDenied);
    expect(await failure(createReferral(system, referralInput(from.org.id, to.serviceId)))).toBeInstanceOf(PermissionDenied);
    const [{ n }] = await db().select({ n: count() }).from(referral).where(eq(referral.fromOrganizationId, from.org.id));
    expect(n).toBe(0);
  });
});

describe("the satisfaction question after the outcome", () => {
  it("is e-mailed to the client who shared an address, counted under the receiving organisation's service; without one, nothing", async () => {
    const { from, to } = await partners();
    const email = `asiakas-${Date.now()}@example.fi`;
    const withEmail = await createReferral(
      from.practitioner,
      referralInput(from.org.id, to.serviceId, { sharedFields: ["name", "email", "language"], clientEmail: email, clientLanguage: "sv" }),
    );
    const without = await createReferral(from.practitioner, referralInput(from.org.id, to.serviceId));
    for (const id of [withEmail, without]) {
      await respondToReferral(to.practitioner, id, { decision: "accept", version: "1" });
      await recordOutcome(to.practitioner, id, { outcome: "contacted", version: "2" });
    }
    const mails = await db().select().from(outboxMessage).where(eq(outboxMessage.recipient, email));
    expect(mails.filter((m) => m.subject.startsWith("Hur lyckades vi?"))).toHaveLength(1);
    expect(mails.find((m) => m.subject.startsWith("Hur lyckades vi?"))!.body).toMatch(/\/sv\/satisfaction\/[A-Za-z0-9_-]{43}/);
    const invitations = await db()
      .select()
      .from(satisfactionInvitation)
      .where(and(eq(satisfactionInvitation.kind, "referral"), eq(satisfactionInvitation.organizationId, to.org.id)));
    expect(invitations).toHaveLength(1);
    expect(invitations[0]).toMatchObject({ serviceId: to.serviceId, language: "sv", usesLeft: 1 });
  });
});

describe("the receiving organisation's answer", () => {
  it("is seen by the two organisations only, every view audited; the receiver accepts and records the outcome, the referrer sees it", async () => {
    const { from, to, third } = await partners();
    const id = await createReferral(from.practitioner, referralInput(from.org.id, to.serviceId));
    const personas = {
      referrer: from.practitioner,
      referrersContactPerson: from.contactPerson,
      receiver: to.practitioner,
      receiversContactPerson: to.contactPerson,
      thirdOrganisation: third.practitioner,
      coordinator: userWith({ role: "coordinator", regionCode: "maakunta_19" }),
      admin: system,
    };
    const sees = Object.fromEntries(
      await Promise.all(Object.entries(personas).map(async ([name, user]) => [name, (await failure(viewReferral(user, id))) === null] as const)),
    );
    expect(sees).toEqual({
      referrer: true,
      referrersContactPerson: true,
      receiver: true,
      receiversContactPerson: true,
      thirdOrganisation: false,
      coordinator: false,
      admin: false,
    });
    const views = await db()
      .select({ n: count() })
      .from(auditEvent)
      .where(and(eq(auditEvent.entityType, "referral"), eq(auditEvent.entityId, id), eq(auditEvent.action, "view")));
    expect(views[0].n).toBe(4);

    // The referrer cannot answer their own referral; an outsider does not find it.
    expect(await failure(respondToReferral(from.practitioner, id, { decision: "accept", version: "1" }))).toBeInstanceOf(PermissionDenied);
    expect(await failure(respondToReferral(third.practitioner, id, { decision: "accept", version: "1" }))).toBeInstanceOf(NotFound);
    await respondToReferral(to.practitioner, id, { decision: "accept", version: "1" });
    // The contact person's page was loaded before the practitioner accepted.
    expect(await failure(respondToReferral(to.contactPerson, id, { decision: "decline", declineReason: "Ei tilaa", version: "1" }))).toBeInstanceOf(
      EditConflict,
    );
    expect(await failure(recordOutcome(to.practitioner, id, { outcome: "teleported", version: "2" }))).toBeInstanceOf(InvalidInput);
    await recordOutcome(to.practitioner, id, { outcome: "time_booked", version: "2" });
    expect(await rowOf(id)).toMatchObject({ status: "completed", outcome: "time_booked", version: 3 });
    const seenByReferrer = await viewReferral(from.practitioner, id);
    expect(seenByReferrer).toMatchObject({ status: "completed", outcome: "time_booked", mayAnswer: false });
    expect((await referralsFor(from.practitioner)).find((r) => r.id === id)).toMatchObject({ direction: "sent", status: "completed" });
    expect((await referralsFor(to.contactPerson)).find((r) => r.id === id)).toMatchObject({ direction: "received" });
    expect((await referralsFor(third.practitioner)).find((r) => r.id === id)).toBeUndefined();
    const toldReferrer = await db().select({ key: notification.messageKey }).from(notification).where(eq(notification.userId, from.practitioner.id));
    expect(toldReferrer.map((n) => n.key).sort()).toEqual(["referrals.notification.accept", "referrals.notification.outcome"]);
    // The receiving organisation's "new referral" notifications are done once it has answered.
    const received = await db()
      .select()
      .from(notification)
      .where(eq(notification.link, `/work/referrals/${id}`));
    const toReceiver = received.filter((n) => n.kind === "referral.received");
    expect(toReceiver.length).toBeGreaterThan(0);
    expect(toReceiver.map((n) => n.doneReason)).toEqual(toReceiver.map(() => "referralAnswered"));
  });

  it("declining needs a reason and closes the referral", async () => {
    const { from, to } = await partners();
    const id = await createReferral(from.practitioner, referralInput(from.org.id, to.serviceId));
    expect(await issuesOf(respondToReferral(to.contactPerson, id, { decision: "decline", declineReason: " " }))).toEqual([
      "declineReason:referrals.reasonRequired",
    ]);
    await respondToReferral(to.contactPerson, id, { decision: "decline", declineReason: "Palvelu on täynnä keväällä." });
    expect(await rowOf(id)).toMatchObject({ status: "declined", declineReason: "Palvelu on täynnä keväällä." });
    expect((await rowOf(id)).closedAt).not.toBeNull();
    expect(await failure(recordOutcome(to.contactPerson, id, { outcome: "contacted" }))).toBeInstanceOf(InvalidInput);
  });
});

describe("consent and retention", () => {
  it("hides the client when the consent ends, and the nightly job deletes the details then, or months after closing", async () => {
    const { from, to } = await partners();
    const today = todayInFinland();
    const ending = await createReferral(from.practitioner, referralInput(from.org.id, to.serviceId, { consentUntil: today }));
    const closedLongAgo = await createReferral(from.practitioner, referralInput(from.org.id, to.serviceId, { consentUntil: addDays(today, 300) }));
    const open = await createReferral(from.practitioner, referralInput(from.org.id, to.serviceId, { consentUntil: addDays(today, 300) }));
    await respondToReferral(to.practitioner, closedLongAgo, { decision: "decline", declineReason: "Ei sovi" }, new Date(Date.now() - 200 * 24 * 3600 * 1000));

    expect((await viewReferral(to.practitioner, ending)).client?.name).toBe("Eero Esimerkki");
    const tomorrow = new Date(Date.now() + 24 * 3600 * 1000);
    expect((await viewReferral(to.practitioner, ending, tomorrow)).client).toBeNull();

    await purgeReferrals(tomorrow, 6);
    expect(await rowOf(ending)).toMatchObject({ clientName: null, clientPhone: null, clientLanguage: null, purpose: null, status: "sent" });
    expect(await rowOf(closedLongAgo)).toMatchObject({ clientName: null, status: "declined" });
    expect((await rowOf(open)).clientName).toBe("Eero Esimerkki");
    expect((await viewReferral(from.practitioner, ending)).sharing).toBe(false);

    const month = `${today.slice(0, 7)}-01`;
    const stats = await referralStatistics({ from: today, to: today, organizationIds: [from.org.id] });
    expect(stats).toEqual([
      { fromOrganizationId: from.org.id, toOrganizationId: to.org.id, serviceId: to.serviceId, month, sent: 3, accepted: 0, declined: 1, outcomes: {} },
    ]);
  });
});
