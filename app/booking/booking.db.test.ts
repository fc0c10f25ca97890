import ICAL from "ical.js";
import { and, eq, like, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { aPractitioner, aService, aServicePoint, anOrganization, failure, issuesOf, system, unique, userWith } from "../../tests/support/fixtures";
import { auditEvent } from "../audit/schema.server";
import { addDays, todayInFinland } from "../kit/dates/calendar";
import { db } from "../kit/db/db.server";
import { PermissionDenied } from "../kit/validation/errors";
import { outboxMessage } from "../mail/schema.server";
import { SlotTaken, bookTime } from "./commands/book.server";
import { blockTime, bookingByToken, cancelByToken, moveBooking, rebookByToken, setBookingStatus } from "./commands/manage.server";
import { saveBookable } from "./commands/publish.server";
import { bookingReminderTask } from "./commands/reminder.server";
import type { BookableServiceInput } from "./inputs";
import { bookableById, slotsOf } from "./queries.server";
import { booking, groupSession } from "./schema.server";

const everyDay = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startsAt: "08:00", endsAt: "20:00" }));

async function aBookable(overrides: Partial<BookableServiceInput> = {}, practitioners = 1) {
  const org = await anOrganization();
  const serviceId = await aService(org.id);
  const pointId = await aServicePoint(org.id);
  const people: string[] = [];
  for (let i = 0; i < practitioners; i++) people.push(await aPractitioner(org.id));
  const id = await saveBookable(system, {
    serviceId,
    scope: practitioners > 1 ? "organization" : "practitioner",
    kind: "individual",
    capacity: 1,
    practitionerIds: people,
    durationMinutes: 45,
    bufferMinutes: 15,
    minimumNoticeHours: 0,
    horizonDays: 60,
    dailyCap: null,
    channels: ["in_person", "video"],
    servicePointId: pointId,
    languages: ["fi", "sv"],
    topics: ["career_planning"],
    weekly: everyDay,
    exceptions: [],
    ...overrides,
  });
  const bookable = (await bookableById(id))!;
  return { org, serviceId, people, bookable };
}

/** A free time a week or more ahead, clear of the clock changes and holidays of the next days. */
async function aFreeTime(bookable: Awaited<ReturnType<typeof aBookable>>["bookable"]) {
  const from = addDays(todayInFinland(), 8);
  const [slot] = await slotsOf(bookable, { from, to: addDays(from, 14) });
  return slot;
}

const citizen = (bookableServiceId: string, start: Date, overrides: Record<string, unknown> = {}) => ({
  bookableServiceId,
  start: start.toISOString(),
  channel: "in_person" as const,
  name: "Maija Meikäläinen",
  email: `${unique()}@example.fi`,
  language: "fi" as const,
  consent: true as const,
  ...overrides,
});

const bookingsOf = (bookableServiceId: string) => db().select().from(booking).where(eq(booking.bookableServiceId, bookableServiceId));

async function icsTo(address: string) {
  const mails = await db().select().from(outboxMessage).where(eq(outboxMessage.recipient, address)).orderBy(outboxMessage.createdAt);
  return mails.map((m) => {
    const component = new ICAL.Component(ICAL.parse(m.attachments[0].content));
    const event = component.getFirstSubcomponent("vevent")!;
    return {
      method: component.getFirstPropertyValue("method"),
      uid: event.getFirstPropertyValue("uid"),
      sequence: event.getFirstPropertyValue("sequence"),
      start: (event.getFirstPropertyValue("dtstart") as ICAL.Time).toJSDate().toISOString(),
      subject: m.subject,
    };
  });
}

describe("booking a time", () => {
  it("lets 50 concurrent attempts at one time end in exactly one booking; the rest hear it was taken, with other times", async () => {
    const { bookable } = await aBookable();
    const slot = await aFreeTime(bookable);
    const outcomes = await Promise.all(Array.from({ length: 50 }, () => failure(bookTime(citizen(bookable.id, slot.start)))));
    expect(outcomes.filter((o) => o === null)).toHaveLength(1);
    const refusals = outcomes.filter((o) => o !== null);
    expect(refusals.filter((o) => !(o instanceof SlotTaken)).map((o) => (o instanceof Error ? o.message : typeof o).slice(0, 300))).toEqual([]);
    expect((refusals[0] as SlotTaken).alternatives.length).toBeGreaterThan(0);
    expect((refusals[0] as SlotTaken).alternatives.some((a) => a.start.getTime() === slot.start.getTime())).toBe(false);
    expect(await bookingsOf(bookable.id)).toHaveLength(1);
  });

  it("lets 50 concurrent attempts at a group session's last seat end in exactly one seat", async () => {
    const { bookable } = await aBookable({ kind: "group", capacity: 3, scope: "practitioner" });
    const slot = await aFreeTime(bookable);
    await bookTime(citizen(bookable.id, slot.start));
    await bookTime(citizen(bookable.id, slot.start));
    const outcomes = await Promise.all(Array.from({ length: 50 }, () => failure(bookTime(citizen(bookable.id, slot.start)))));
    expect(outcomes.filter((o) => o === null)).toHaveLength(1);
    expect(outcomes.filter((o) => o !== null).every((o) => o instanceof SlotTaken)).toBe(true);
    const seats = await bookingsOf(bookable.id);
    expect(seats.map((s) => s.seatNo).sort()).toEqual([1, 2, 3]);
    expect(
      (await slotsOf(bookable, { from: addDays(todayInFinland(), 8), to: addDays(todayInFinland(), 22) })).some(
        (s) => s.start.getTime() === slot.start.getTime(),
      ),
    ).toBe(false);
  });

  it("the database itself refuses a second booking of one practitioner at an overlapping time", async () => {
    const { bookable, people } = await aBookable();
    const slot = await aFreeTime(bookable);
    await bookTime(citizen(bookable.id, slot.start));
    const overlapping = db()
      .insert(booking)
      .values({
        bookableServiceId: bookable.id,
        practitionerId: people[0],
        startsAt: new Date(slot.start.getTime() + 30 * 60_000),
        endsAt: new Date(slot.start.getTime() + 75 * 60_000),
        busyUntil: new Date(slot.start.getTime() + 75 * 60_000),
        channel: "video",
        language: "fi",
        icsUid: unique(),
      });
    const error = (await failure(overlapping)) as { cause?: { code?: string } };
    expect(error?.cause?.code).toBe("23P01");
  });

  it("keeps a practitioner's group sessions and individual bookings apart, in the database as in the free times", async () => {
    const { bookable: group, people, serviceId } = await aBookable({ kind: "group", capacity: 5, scope: "practitioner" });
    const individualId = await saveBookable(system, {
      serviceId,
      scope: "practitioner",
      kind: "individual",
      capacity: 1,
      practitionerIds: people,
      durationMinutes: 45,
      bufferMinutes: 15,
      minimumNoticeHours: 0,
      horizonDays: 60,
      dailyCap: null,
      channels: ["in_person"],
      servicePointId: group.servicePointId,
      languages: ["fi"],
      topics: [],
      weekly: everyDay,
      exceptions: [],
    });
    const individual = (await bookableById(individualId))!;
    const slot = await aFreeTime(group);
    await bookTime(citizen(group.id, slot.start));
    // The session's time is no longer offered individually…
    const day = addDays(todayInFinland(), 8);
    const offered = await slotsOf(individual, { from: day, to: addDays(day, 14) });
    expect(offered.some((s) => s.start < new Date(slot.end.getTime() + 15 * 60_000) && s.end > slot.start)).toBe(false);
    // …and a booking written past that check (as a race would) is refused by the database.
    const overlapping = (start: Date) =>
      db()
        .insert(booking)
        .values({
          bookableServiceId: individual.id,
          practitionerId: people[0],
          startsAt: start,
          endsAt: new Date(start.getTime() + 45 * 60_000),
          busyUntil: new Date(start.getTime() + 60 * 60_000),
          channel: "in_person",
          language: "fi",
          icsUid: unique(),
        });
    const refused = (await failure(overlapping(new Date(slot.start.getTime() + 15 * 60_000)))) as { cause?: { code?: string } };
    expect(refused?.cause?.code).toBe("23P01");
    // The other way round: an individual booking first, then a group session over it is taken.
    const later = offered.find((s) => s.start.getTime() > slot.end.getTime() + 2 * 3_600_000)!;
    await bookTime(citizen(individual.id, later.start));
    expect(await failure(bookTime(citizen(group.id, later.start)))).toBeInstanceOf(SlotTaken);
    const session = db()
      .insert(groupSession)
      .values({
        bookableServiceId: group.id,
        practitionerId: people[0],
        startsAt: later.start,
        endsAt: later.end,
        busyUntil: new Date(later.end.getTime() + 15 * 60_000),
        capacity: 5,
      });
    expect(((await failure(session)) as { cause?: { code?: string } })?.cause?.code).toBe("23P01");
    // A cancelled booking frees its time for the group.
    await db()
      .update(booking)
      .set({ status: "cancelled" })
      .where(and(eq(booking.bookableServiceId, individual.id), eq(booking.startsAt, later.start)));
    expect(await failure(bookTime(citizen(group.id, later.start)))).toBeNull();
  });

  it("shares the first free times fairly among a shared service's practitioners", async () => {
    const { bookable, people } = await aBookable({}, 3);
    const from = addDays(todayInFinland(), 8);
    const slots = await slotsOf(bookable, { from, to: addDays(from, 7) });
    for (const slot of slots.slice(0, 6)) await bookTime(citizen(bookable.id, slot.start));
    const perPractitioner = (await bookingsOf(bookable.id)).map((b) => b.practitionerId);
    for (const p of people) expect(perPractitioner.filter((id) => id === p)).toHaveLength(2);
  });

  it("refuses bad input with each field's problem and writes nothing", async () => {
    const { bookable } = await aBookable();
    const slot = await aFreeTime(bookable);
    const issues = await issuesOf(
      bookTime(citizen(bookable.id, slot.start, { name: " ", email: "not-an-address", consent: false, channel: "carrier_pigeon", note: "x".repeat(501) })),
    );
    expect(issues).toEqual(
      expect.arrayContaining([
        "name:validation.required",
        "email:validation.email",
        "consent:booking.consentRequired",
        "channel:validation.invalid",
        "note:validation.tooLong",
      ]),
    );
    expect(await issuesOf(bookTime(citizen(bookable.id, slot.start, { email: undefined })))).toEqual(["email:booking.contactRequired"]);
    expect(await issuesOf(bookTime(citizen(bookable.id, slot.start, { channel: "phone" })))).toEqual(["channel:booking.channelNotOffered"]);
    // A time that is not one of the service's times (off the grid) is not booked either.
    expect(await failure(bookTime(citizen(bookable.id, new Date(slot.start.getTime() + 60_000))))).toBeInstanceOf(SlotTaken);
    expect(await bookingsOf(bookable.id)).toHaveLength(0);
  });
});

describe("the citizen's e-mails and manage link", () => {
  it("sends an invitation, a changed one with SEQUENCE raised and a cancellation, all with one UID", async () => {
    const { bookable } = await aBookable();
    const [first, , other] = await slotsOf(bookable, { from: addDays(todayInFinland(), 8), to: addDays(todayInFinland(), 9) });
    const email = `${unique()}@example.fi`;
    const { id, manageToken } = await bookTime(citizen(bookable.id, first.start, { email }));
    expect((await bookingByToken(manageToken))?.id).toBe(id);
    await rebookByToken(manageToken, other.start);
    await cancelByToken(manageToken);
    const sent = await icsTo(email);
    expect(sent.map((s) => [s.method, s.sequence])).toEqual([
      ["REQUEST", 0],
      ["REQUEST", 1],
      ["CANCEL", 2],
    ]);
    expect(new Set(sent.map((s) => s.uid)).size).toBe(1);
    expect(sent.map((s) => s.start)).toEqual([first.start.toISOString(), other.start.toISOString(), other.start.toISOString()]);
    // The audit trail records the changes without the person.
    const trail = await db()
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.entityType, "booking"), eq(auditEvent.entityId, id)));
    expect(trail.map((e) => e.action).sort()).toEqual(["cancel", "create", "move"]);
    expect(JSON.stringify(trail)).not.toContain(email);
    expect(await bookingByToken("x".repeat(43))).toBeNull();
  });

  it("schedules the reminder 24 h before and sends nothing for a cancelled or moved booking", async () => {
    const { bookable } = await aBookable();
    const slot = await aFreeTime(bookable);
    const email = `${unique()}@example.fi`;
    const { id, manageToken } = await bookTime(citizen(bookable.id, slot.start, { email }));
    const jobs = await db().execute<{ run_at: Date }>(sql`select run_at from graphile_worker.jobs where key = ${`booking.remind:${id}`}`);
    expect(new Date(jobs.rows[0].run_at).getTime()).toBe(slot.start.getTime() - 24 * 3_600_000);
    const context = { jobId: "1", attempt: 1, maxAttempts: 1, scheduledFor: null };
    // A reminder for a time the booking no longer has sends nothing.
    await bookingReminderTask.run({ id, startsAt: new Date(slot.start.getTime() + 3_600_000).toISOString() }, context);
    expect(
      await db()
        .select()
        .from(outboxMessage)
        .where(and(eq(outboxMessage.recipient, email), like(outboxMessage.subject, "Muistutus%"))),
    ).toHaveLength(0);
    await bookingReminderTask.run({ id, startsAt: slot.start.toISOString() }, context);
    expect(
      await db()
        .select()
        .from(outboxMessage)
        .where(and(eq(outboxMessage.recipient, email), like(outboxMessage.subject, "Muistutus%"))),
    ).toHaveLength(1);
    await cancelByToken(manageToken);
    await bookingReminderTask.run({ id, startsAt: slot.start.toISOString() }, context);
    expect(
      await db()
        .select()
        .from(outboxMessage)
        .where(and(eq(outboxMessage.recipient, email), like(outboxMessage.subject, "Muistutus%"))),
    ).toHaveLength(1);
  });
});

describe("the practitioner's handling", () => {
  it("marks, moves and blocks for the booking's own practitioner, refuses others, and answers a stale version with a conflict", async () => {
    const { bookable, people, org } = await aBookable();
    const [first, , third] = await slotsOf(bookable, { from: addDays(todayInFinland(), 8), to: addDays(todayInFinland(), 9) });
    const asked = citizen(bookable.id, first.start);
    const { id } = await bookTime(asked);
    const own = userWith({ role: "practitioner", practitionerId: people[0] });
    const stranger = userWith({ role: "practitioner", practitionerId: await aPractitioner(org.id) });
    const coordinator = userWith({ role: "coordinator", regionCode: "maakunta_19" });
    for (const caller of [stranger, coordinator])
      expect(await failure(setBookingStatus(caller, { bookingId: id, status: "held", version: 1 }))).toBeInstanceOf(PermissionDenied);
    await moveBooking(own, { bookingId: id, start: third.start.toISOString(), version: 1 });
    const stale = await failure(setBookingStatus(own, { bookingId: id, status: "no_show", version: 1 }));
    expect((stale as Error).constructor.name).toBe("EditConflict");
    await setBookingStatus(own, { bookingId: id, status: "held", version: 2 });
    const [row] = await db().select().from(booking).where(eq(booking.id, id));
    expect([row.status, row.startsAt.getTime(), row.icsSequence]).toEqual(["held", third.start.getTime(), 1]);
    // The held time brings the one satisfaction question (decision 0202), once.
    const questions = () =>
      db()
        .select()
        .from(outboxMessage)
        .where(and(eq(outboxMessage.recipient, asked.email), like(outboxMessage.subject, "Miten onnistuimme?%")));
    const [question] = await questions();
    expect(question.body).toMatch(/\/fi\/satisfaction\/[A-Za-z0-9_-]{43}/);
    expect(question.body).not.toContain("Maija");
    // Blocked time takes its times off the service.
    await blockTime(own, { practitionerId: people[0], startsAt: first.start.toISOString(), endsAt: new Date(first.start.getTime() + 3_600_000).toISOString() });
    const after = await slotsOf(bookable, { from: addDays(todayInFinland(), 8), to: addDays(todayInFinland(), 8) });
    expect(after.some((s) => s.start.getTime() === first.start.getTime())).toBe(false);
    expect(
      await failure(blockTime(stranger, { practitionerId: people[0], startsAt: first.start.toISOString(), endsAt: third.start.toISOString() })),
    ).toBeInstanceOf(PermissionDenied);
  });
});
