import { and, asc, eq, gt, gte, inArray, lt, ne, or, sql } from "drizzle-orm";
import { db, type Database, type Transaction } from "../kit/db/db.server";
import { finnishHolidaysBetween } from "../kit/dates/holidays.server";
import { addDays, todayInFinland } from "../kit/dates/calendar";
import { practitioner, service, servicePoint } from "~/network-map/public.server";
import {
  availabilityException,
  availabilityRule,
  blockedTime,
  bookablePractitioner,
  bookableService,
  booking,
  groupSession,
  assignmentLog,
} from "./schema.server";
import { finnishDayOf, freeSlots, type Busy, type FreeSlot, type PractitionerCalendar, type SlotRules } from "./slots";

type Executor = Database | Transaction;

export type Bookable = typeof bookableService.$inferSelect & {
  serviceName: Record<string, string | undefined>;
  practitioners: Array<{ id: string; name: string; languages: string[] }>;
  rules: SlotRules;
};

/** A bookable service with its rules and practitioners, or null. */
export async function bookableById(id: string, executor: Executor = db()): Promise<Bookable | null> {
  const [row] = await executor
    .select({ bookable: bookableService, serviceName: service.name })
    .from(bookableService)
    .innerJoin(service, eq(service.id, bookableService.serviceId))
    .where(eq(bookableService.id, id));
  if (!row) return null;
  const [people, weekly, exceptions] = await Promise.all([
    executor
      .select({ id: practitioner.id, givenName: practitioner.givenName, familyName: practitioner.familyName, languages: practitioner.languages })
      .from(bookablePractitioner)
      .innerJoin(practitioner, eq(practitioner.id, bookablePractitioner.practitionerId))
      .where(eq(bookablePractitioner.bookableServiceId, id))
      .orderBy(asc(practitioner.familyName), asc(practitioner.givenName)),
    executor
      .select({ weekday: availabilityRule.weekday, startsAt: availabilityRule.startsAt, endsAt: availabilityRule.endsAt })
      .from(availabilityRule)
      .where(eq(availabilityRule.bookableServiceId, id)),
    executor
      .select({ day: availabilityException.day, startsAt: availabilityException.startsAt, endsAt: availabilityException.endsAt })
      .from(availabilityException)
      .where(eq(availabilityException.bookableServiceId, id)),
  ]);
  const b = row.bookable;
  return {
    ...b,
    serviceName: row.serviceName,
    practitioners: people.map((p) => ({ id: p.id, name: `${p.givenName} ${p.familyName}`, languages: p.languages })),
    rules: {
      durationMinutes: b.durationMinutes,
      bufferMinutes: b.bufferMinutes,
      minimumNoticeHours: b.minimumNoticeHours,
      horizonDays: b.horizonDays,
      dailyCap: b.dailyCap,
      weekly,
      exceptions,
    },
  };
}

/** Bookable services of network-map services, active ones only, for the service page's "book a time". */
export async function bookablesOfServices(serviceIds: string[], executor: Executor = db()): Promise<Array<{ id: string; serviceId: string }>> {
  if (serviceIds.length === 0) return [];
  return executor
    .select({ id: bookableService.id, serviceId: bookableService.serviceId })
    .from(bookableService)
    .where(and(inArray(bookableService.serviceId, serviceIds), eq(bookableService.status, "active")))
    .orderBy(asc(bookableService.createdAt));
}

const active = ne(booking.status, "cancelled");

/** The practitioners' busy times and this service's bookings per day, in a period (epoch ms). */
export async function calendarsOf(
  bookable: Pick<Bookable, "id">,
  practitionerIds: string[],
  from: Date,
  to: Date,
  executor: Executor = db(),
): Promise<PractitionerCalendar[]> {
  if (practitionerIds.length === 0) return [];
  const [bookings, blocks, sessions] = await Promise.all([
    executor
      .select({ practitionerId: booking.practitionerId, serviceId: booking.bookableServiceId, startsAt: booking.startsAt, busyUntil: booking.busyUntil })
      .from(booking)
      .where(and(inArray(booking.practitionerId, practitionerIds), active, lt(booking.startsAt, to), gt(booking.busyUntil, from))),
    executor
      .select({ practitionerId: blockedTime.practitionerId, startsAt: blockedTime.startsAt, endsAt: blockedTime.endsAt })
      .from(blockedTime)
      .where(and(inArray(blockedTime.practitionerId, practitionerIds), lt(blockedTime.startsAt, to), gt(blockedTime.endsAt, from))),
    executor
      .select({
        practitionerId: groupSession.practitionerId,
        serviceId: groupSession.bookableServiceId,
        startsAt: groupSession.startsAt,
        busyUntil: groupSession.busyUntil,
      })
      .from(groupSession)
      .where(and(inArray(groupSession.practitionerId, practitionerIds), lt(groupSession.startsAt, to), gt(groupSession.busyUntil, from))),
  ]);
  const calendars = new Map(practitionerIds.map((id) => [id, { id, busy: [] as Busy[], bookedPerDay: new Map<string, number>() }]));
  for (const b of bookings) {
    const calendar = calendars.get(b.practitionerId!)!;
    calendar.busy.push({ start: b.startsAt.getTime(), end: b.busyUntil.getTime() });
    if (b.serviceId === bookable.id) {
      const day = finnishDayOf(b.startsAt.getTime());
      calendar.bookedPerDay.set(day, (calendar.bookedPerDay.get(day) ?? 0) + 1);
    }
  }
  for (const b of blocks) calendars.get(b.practitionerId)!.busy.push({ start: b.startsAt.getTime(), end: b.endsAt.getTime() });
  // A session of this very service is not busy for it: its free seats are offered (see groupSeats).
  for (const s of sessions)
    if (s.serviceId !== bookable.id) calendars.get(s.practitionerId)!.busy.push({ start: s.startsAt.getTime(), end: s.busyUntil.getTime() });
  return [...calendars.values()];
}

/** Seats taken per session start (epoch ms) of a group service. */
async function takenSeats(
  bookableId: string,
  from: Date,
  to: Date,
  executor: Executor,
): Promise<Map<number, { taken: number; capacity: number; practitionerId: string }>> {
  const rows = await executor
    .select({
      startsAt: groupSession.startsAt,
      capacity: groupSession.capacity,
      practitionerId: groupSession.practitionerId,
      taken: sql<number>`count(${booking.id})::int`,
    })
    .from(groupSession)
    .leftJoin(booking, and(eq(booking.groupSessionId, groupSession.id), active))
    .where(and(eq(groupSession.bookableServiceId, bookableId), lt(groupSession.startsAt, to), gt(groupSession.startsAt, from)))
    .groupBy(groupSession.id);
  return new Map(rows.map((r) => [r.startsAt.getTime(), { taken: r.taken, capacity: r.capacity, practitionerId: r.practitionerId }]));
}

export interface OfferedSlot extends FreeSlot {
  /** Seats left in a group session; 1 for an individual time. */
  seatsLeft: number;
}

/**
 * The free times of a bookable service from one day to another (both included, Finnish days),
 * optionally of one practitioner only. A group service's times are free while seats are left.
 */
export async function slotsOf(
  bookable: Bookable,
  period: { from: string; to: string },
  options: { practitionerId?: string; now?: Date; executor?: Executor } = {},
): Promise<OfferedSlot[]> {
  const now = options.now ?? new Date();
  const executor = options.executor ?? db();
  const ids = options.practitionerId
    ? bookable.practitioners.filter((p) => p.id === options.practitionerId).map((p) => p.id)
    : bookable.practitioners.map((p) => p.id);
  if (bookable.status !== "active" || ids.length === 0) return [];
  const from = new Date(Date.parse(`${addDays(period.from, -1)}T00:00:00Z`));
  const to = new Date(Date.parse(`${addDays(period.to, 2)}T00:00:00Z`));
  const holidays = new Set(finnishHolidaysBetween(period.from, period.to).map((h) => h.date));
  const calendars = await calendarsOf(bookable, ids, from, to, executor);
  const slots = freeSlots(bookable.rules, calendars, { from: period.from, to: period.to, now, holidays });
  if (bookable.kind !== "group") return slots.map((s) => ({ ...s, seatsLeft: 1 }));
  const seats = await takenSeats(bookable.id, from, to, executor);
  return slots.flatMap((s) => {
    const session = seats.get(s.start.getTime());
    if (!session) return [{ ...s, practitionerIds: s.practitionerIds.slice(0, 1), seatsLeft: bookable.capacity }];
    const left = session.capacity - session.taken;
    return left > 0 && ids.includes(session.practitionerId) ? [{ ...s, practitionerIds: [session.practitionerId], seatsLeft: left }] : [];
  });
}

/** The booking page's default first day: today in Finland. */
export const firstBookableDay = () => todayInFinland();

/** For the fair share: each practitioner's bookings to come and when they were last given one. */
export async function assignmentHistory(bookableId: string, practitionerIds: string[], now: Date, executor: Executor = db()) {
  const [upcoming, last] = await Promise.all([
    executor
      .select({ practitionerId: booking.practitionerId, count: sql<number>`count(*)::int` })
      .from(booking)
      .where(and(inArray(booking.practitionerId, practitionerIds), active, gt(booking.startsAt, now)))
      .groupBy(booking.practitionerId),
    executor
      .select({ practitionerId: assignmentLog.practitionerId, at: assignmentLog.lastAssignedAt })
      .from(assignmentLog)
      .where(eq(assignmentLog.bookableServiceId, bookableId)),
  ]);
  return {
    upcoming: new Map(upcoming.map((r) => [r.practitionerId!, r.count])),
    lastAssignedAt: new Map(last.map((r) => [r.practitionerId, r.at.getTime()])),
  };
}

/** The bookings a signed-in user handles in a period: their own, their organisations' (contact persons), or all (admins); cancelled ones too. */
export async function bookingsHandledBy(
  scope: { practitionerIds: string[]; organizationIds: string[]; all: boolean },
  from: Date,
  to: Date,
  executor: Executor = db(),
) {
  const own = scope.practitionerIds.length
    ? or(
        inArray(booking.practitionerId, scope.practitionerIds),
        // Seats of the group sessions they lead.
        inArray(
          booking.groupSessionId,
          executor.select({ id: groupSession.id }).from(groupSession).where(inArray(groupSession.practitionerId, scope.practitionerIds)),
        ),
      )
    : undefined;
  const whose = scope.all ? undefined : or(own, scope.organizationIds.length ? inArray(bookableService.organizationId, scope.organizationIds) : undefined);
  if (!scope.all && !scope.practitionerIds.length && !scope.organizationIds.length) return [];
  return executor
    .select({
      booking,
      serviceName: service.name,
      organizationId: bookableService.organizationId,
      practitionerName: sql<string | null>`${practitioner.givenName} || ' ' || ${practitioner.familyName}`,
    })
    .from(booking)
    .innerJoin(bookableService, eq(bookableService.id, booking.bookableServiceId))
    .innerJoin(service, eq(service.id, bookableService.serviceId))
    .leftJoin(practitioner, eq(practitioner.id, booking.practitionerId))
    .where(and(gte(booking.startsAt, from), lt(booking.startsAt, to), whose))
    .orderBy(asc(booking.startsAt))
    .limit(500);
}

/** Blocked time of practitioners in a period. */
export async function blocksOf(practitionerIds: string[], from: Date, to: Date, executor: Executor = db()) {
  if (practitionerIds.length === 0) return [];
  return executor
    .select()
    .from(blockedTime)
    .where(and(inArray(blockedTime.practitionerId, practitionerIds), lt(blockedTime.startsAt, to), gt(blockedTime.endsAt, from)))
    .orderBy(asc(blockedTime.startsAt));
}

/** What a publisher may choose from: their organisations' services, practitioners and service points, and the bookable services already there. */
export async function publishingChoices(scope: { organizationIds: string[]; practitionerIds: string[]; all: boolean }, executor: Executor = db()) {
  const own = scope.practitionerIds.length
    ? await executor.select({ organizationId: practitioner.organizationId }).from(practitioner).where(inArray(practitioner.id, scope.practitionerIds))
    : [];
  const organizationIds = [...new Set([...scope.organizationIds, ...own.map((o) => o.organizationId)])];
  if (organizationIds.length === 0) return { services: [], practitioners: [], servicePoints: [], bookables: [] };
  const [services, people, points, bookables] = await Promise.all([
    executor
      .select({ id: service.id, name: service.name, organizationId: service.organizationId })
      .from(service)
      .where(inArray(service.organizationId, organizationIds)),
    executor
      .select({ id: practitioner.id, givenName: practitioner.givenName, familyName: practitioner.familyName, organizationId: practitioner.organizationId })
      .from(practitioner)
      .where(
        scope.organizationIds.length
          ? or(
              inArray(practitioner.organizationId, scope.organizationIds),
              scope.practitionerIds.length ? inArray(practitioner.id, scope.practitionerIds) : undefined,
            )
          : inArray(practitioner.id, scope.practitionerIds),
      ),
    executor
      .select({ id: servicePoint.id, name: servicePoint.name, organizationId: servicePoint.organizationId })
      .from(servicePoint)
      .where(inArray(servicePoint.organizationId, organizationIds)),
    executor
      .select({
        id: bookableService.id,
        serviceName: service.name,
        scope: bookableService.scope,
        kind: bookableService.kind,
        status: bookableService.status,
        channels: bookableService.channels,
      })
      .from(bookableService)
      .innerJoin(service, eq(service.id, bookableService.serviceId))
      .where(inArray(bookableService.organizationId, organizationIds)),
  ]);
  return { services, practitioners: people, servicePoints: points, bookables };
}
