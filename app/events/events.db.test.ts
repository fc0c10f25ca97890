import { and, asc, count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { anOrganization, failure, issuesOf, unique, userWith } from "../../tests/support/fixtures";
import { auditEvent } from "../audit/schema.server";
import { addDays, todayInFinland } from "../kit/dates/calendar";
import { finnishDate } from "../kit/dates/finnish-format";
import { db } from "../kit/db/db.server";
import { EditConflict, InvalidInput, PermissionDenied } from "../kit/validation/errors";
import { outboxMessage } from "../mail/schema.server";
import { answerFeedback, sendFeedbackForm, setCheckedIn } from "./commands/attendance.server";
import { createEvent, updateEvent } from "./commands/event.server";
import { cancelRegistration, registerForEvent } from "./commands/register.server";
import { addSession } from "./commands/session.server";
import { eraseOldRegistrations } from "./commands/tasks.server";
import type { EventInput } from "./inputs";
import { listEvents, regionFeedEvents } from "./queries.server";
import { event, eventFeedback, eventRegistration } from "./schema.server";
import { cancelTokenOf, feedbackTokenOf } from "./tokens.server";

const kainuu = "maakunta_18";
const coordinator = userWith({ role: "coordinator", regionCode: kainuu });
const inDays = (days: number) => finnishDate(addDays(todayInFinland(), days));

async function anEvent(overrides: Partial<EventInput> = {}) {
  const organizer = await anOrganization({ regionCodes: [kainuu] });
  const id = await createEvent(coordinator, {
    kind: "training",
    audience: "practitioners",
    visibility: "public",
    regionCode: kainuu,
    organizerId: organizer.id,
    title: { fi: unique("Verkostotoimijakoulutus ") },
    description: {},
    address: "Kauppakatu 1, 87100 Kajaani",
    date: inDays(10),
    startTime: "9",
    endTime: "15",
    capacity: "10",
    ...overrides,
  });
  return { id, organizer };
}

const person = (eventId: string, n: number) => ({
  eventId,
  name: `Osallistuja ${n}`,
  email: `osallistuja${n}-${eventId.slice(0, 6)}@example.fi`,
  language: "fi" as const,
  consent: true as const,
});

const registrations = (eventId: string) =>
  db().select().from(eventRegistration).where(eq(eventRegistration.eventId, eventId)).orderBy(asc(eventRegistration.queueNo));

describe("registration for an event", () => {
  it("gives 30 concurrent registrations for 10 places exactly 10 confirmed and 20 waiting, numbered in order", async () => {
    const { id } = await anEvent();
    const outcomes = await Promise.all(Array.from({ length: 30 }, (_, n) => registerForEvent(person(id, n))));
    expect(outcomes.filter((o) => o.status === "confirmed")).toHaveLength(10);
    expect(outcomes.filter((o) => o.status === "waiting")).toHaveLength(20);
    const rows = await registrations(id);
    expect(rows.map((r) => r.queueNo)).toEqual(Array.from({ length: 30 }, (_, n) => n + 1));
    // The first ten to take the lock are the confirmed ones: the waiting list follows them in order.
    expect(rows.map((r) => r.status)).toEqual([...Array(10).fill("confirmed"), ...Array(20).fill("waiting")]);
    const [e] = await db().select().from(event).where(eq(event.id, id));
    expect(e.lastQueueNo).toBe(30);
  });

  it("promotes the first on the waiting list when a confirmed person cancels, and e-mails them", async () => {
    const { id } = await anEvent({ capacity: "2" });
    const first = await registerForEvent(person(id, 1));
    await registerForEvent(person(id, 2));
    const third = await registerForEvent(person(id, 3));
    await registerForEvent(person(id, 4));
    expect(third.status).toBe("waiting");
    await cancelRegistration(first.token);
    const rows = await registrations(id);
    expect(rows.map((r) => r.status)).toEqual(["cancelled", "confirmed", "confirmed", "waiting"]);
    expect(rows[2].promotedAt).not.toBeNull();
    const mails = await db()
      .select()
      .from(outboxMessage)
      .where(eq(outboxMessage.recipient, person(id, 3).email));
    expect(mails.map((m) => m.subject).sort()).toEqual([expect.stringContaining("Olet jonossa"), expect.stringContaining("Sait paikan")].sort());
    // Cancelling again is no error and changes nothing.
    await cancelRegistration(first.token);
    expect((await registrations(id)).map((r) => r.status)).toEqual(["cancelled", "confirmed", "confirmed", "waiting"]);
  });

  it("sends the confirmation with the event as an invitation and the cancellation link", async () => {
    const { id } = await anEvent();
    const { id: registrationId } = await registerForEvent(person(id, 1));
    const [mail] = await db()
      .select()
      .from(outboxMessage)
      .where(eq(outboxMessage.recipient, person(id, 1).email));
    expect(mail.body).toContain(`/fi/events/registrations/${cancelTokenOf(registrationId)}`);
    expect(mail.attachments[0].content).toContain("METHOD:REQUEST");
    expect(mail.attachments[0].content).toContain(`UID:event-${id}@elo`);
  });

  it("refuses bad input, a second registration with the same address and a closed registration, writing nothing", async () => {
    const { id } = await anEvent({ registrationCloses: inDays(-1), date: inDays(3) });
    expect(await issuesOf(registerForEvent({ ...person(id, 1), email: "ei-osoite", name: "" }))).toEqual(
      expect.arrayContaining(["email:validation.email", "name:validation.required"]),
    );
    expect(await issuesOf(registerForEvent({ ...person(id, 1), consent: false as unknown as true }))).toEqual(["consent:events.validation.consent"]);
    expect(await issuesOf(registerForEvent(person(id, 1)))).toEqual(["form:events.registrationClosed"]);
    const open = await anEvent();
    await registerForEvent(person(open.id, 1));
    expect(await issuesOf(registerForEvent({ ...person(open.id, 1), email: person(open.id, 1).email.toUpperCase() }))).toEqual([
      "email:events.validation.alreadyRegistered",
    ]);
    expect(await registrations(id)).toHaveLength(0);
    expect(await registrations(open.id)).toHaveLength(1);
  });
});

describe("running an event", () => {
  it("lets the region's coordinator and the organiser's contact person edit it, with 409 on a stale form; others not", async () => {
    const { id, organizer } = await anEvent();
    const contact = userWith({ role: "contact_person", organizationId: organizer.id });
    const base: EventInput = {
      kind: "training",
      audience: "practitioners",
      visibility: "public",
      regionCode: kainuu,
      organizerId: organizer.id,
      title: { fi: "Studio-tapaaminen" },
      description: {},
      address: "Kauppakatu 1",
      date: inDays(12),
      startTime: "10",
      endTime: "12",
      capacity: "12",
    };
    expect(await updateEvent(contact, id, { ...base, version: "1" })).toBe(2);
    expect(await failure(updateEvent(coordinator, id, { ...base, version: "1" }))).toBeInstanceOf(EditConflict);
    const stranger = userWith({ role: "coordinator", regionCode: "maakunta_19" });
    expect(await failure(updateEvent(stranger, id, { ...base, version: "2" }))).toBeInstanceOf(PermissionDenied);
    const [audited] = await db()
      .select({ n: count() })
      .from(auditEvent)
      .where(and(eq(auditEvent.entityType, "event"), eq(auditEvent.entityId, id), eq(auditEvent.action, "update")));
    expect(audited.n).toBe(1);
  });

  it("takes people from the waiting list when the capacity grows, and refuses a capacity below the confirmed", async () => {
    const { id, organizer } = await anEvent({ capacity: "1" });
    await registerForEvent(person(id, 1));
    await registerForEvent(person(id, 2));
    await registerForEvent(person(id, 3));
    const base: EventInput = {
      kind: "training",
      audience: "practitioners",
      visibility: "public",
      regionCode: kainuu,
      organizerId: organizer.id,
      title: { fi: "Erkkeri" },
      description: {},
      address: "Kauppakatu 1",
      date: inDays(10),
      startTime: "9",
      endTime: "15",
      capacity: "2",
    };
    await updateEvent(coordinator, id, base);
    expect((await registrations(id)).map((r) => r.status)).toEqual(["confirmed", "confirmed", "waiting"]);
    expect(await issuesOf(updateEvent(coordinator, id, { ...base, capacity: "1" }))).toEqual(["capacity:events.validation.capacityBelowConfirmed"]);
  });

  it("checks people in, sends the feedback form once after the event and keeps the answers apart from the people", async () => {
    const { id } = await anEvent();
    const { id: registrationId } = await registerForEvent(person(id, 1));
    await addSession(coordinator, id, { title: { fi: "Avaus" }, date: inDays(10), startTime: "9", endTime: "9.30" });
    await setCheckedIn(coordinator, registrationId, true);
    expect((await registrations(id))[0].checkedInAt).not.toBeNull();
    expect(await failure(sendFeedbackForm(coordinator, id))).toBeInstanceOf(InvalidInput);
    // The event is over: moved into the past directly, as no form moves an event backwards in time.
    await db()
      .update(event)
      .set({ startsAt: new Date(Date.now() - 7_200_000), endsAt: new Date(Date.now() - 3_600_000) })
      .where(eq(event.id, id));
    expect(await sendFeedbackForm(coordinator, id)).toBe(1);
    expect(await failure(sendFeedbackForm(coordinator, id))).toBeInstanceOf(InvalidInput);
    expect(await issuesOf(answerFeedback(feedbackTokenOf(registrationId), { rating: "7" }))).toEqual(["rating:events.validation.between"]);
    await answerFeedback(feedbackTokenOf(registrationId), { rating: "5", comment: "Hyvä päivä" });
    expect(await failure(answerFeedback(feedbackTokenOf(registrationId), { rating: "4" }))).toBeInstanceOf(InvalidInput);
    const answers = await db().select().from(eventFeedback).where(eq(eventFeedback.eventId, id));
    expect(answers.map((a) => [a.rating, a.comment])).toEqual([[5, "Hyvä päivä"]]);
  });

  it("erases registrations' personal data a year after the event", async () => {
    const { id } = await anEvent();
    await registerForEvent(person(id, 1));
    await db()
      .update(event)
      .set({ startsAt: new Date("2024-01-10T08:00:00Z"), endsAt: new Date("2024-01-10T12:00:00Z") })
      .where(eq(event.id, id));
    expect(await eraseOldRegistrations()).toBeGreaterThanOrEqual(1);
    const [row] = await registrations(id);
    expect([row.name, row.email, row.cancelTokenHash, row.status]).toEqual([null, null, null, "confirmed"]);
  });

  it("lists network-only events only to the network, and keeps them out of the region's feed", async () => {
    const open = await anEvent();
    const closed = await anEvent({ visibility: "network" });
    const ids = (rows: { event: { id: string } }[]) => rows.map((r) => r.event.id);
    expect(ids(await listEvents({ regionCode: kainuu, includeNetworkOnly: false }))).toContain(open.id);
    expect(ids(await listEvents({ regionCode: kainuu, includeNetworkOnly: false }))).not.toContain(closed.id);
    expect(ids(await listEvents({ regionCode: kainuu, includeNetworkOnly: true }))).toContain(closed.id);
    expect(ids(await regionFeedEvents(kainuu))).not.toContain(closed.id);
  });
});
