import { Temporal } from "temporal-polyfill";

/**
 * The slot engine: the free times of a bookable service, from its weekly rules, dated exceptions and
 * the public holidays, less what its practitioners already have (bookings with their buffers,
 * blocked time), the minimum notice, the booking horizon and the daily cap. Plain and pure: the
 * caller brings the rows, so it is tested without a database (decision 0196).
 *
 * Times are wall-clock times in Europe/Helsinki (decision 0197): a rule "Mon 9.00–12.00" opens at
 * 9.00 Finnish time in winter and in summer, and the instants are computed per day, so the days
 * when the clocks change come out right.
 */

export const bookingTimeZone = "Europe/Helsinki";

export interface WeeklyRule {
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  /** "HH:MM" */
  startsAt: string;
  endsAt: string;
}

/** A day closed (no times) or open at other times than the weekly rules say. */
export interface DatedException {
  day: string;
  startsAt: string | null;
  endsAt: string | null;
}

export interface SlotRules {
  durationMinutes: number;
  bufferMinutes: number;
  minimumNoticeHours: number;
  horizonDays: number;
  dailyCap: number | null;
  weekly: WeeklyRule[];
  exceptions: DatedException[];
}

/** Half-open [start, end) in epoch milliseconds. */
export interface Busy {
  start: number;
  end: number;
}

export interface PractitionerCalendar {
  id: string;
  /** Bookings (up to their buffer's end), blocked time and group sessions, in any order. */
  busy: Busy[];
  /** Bookings of this service per Finnish day ("YYYY-MM-DD"), for the daily cap. */
  bookedPerDay: Map<string, number>;
}

export interface FreeSlot {
  start: Date;
  end: Date;
  /** The practitioners free at this time, in the order they were given. */
  practitionerIds: string[];
}

export interface SlotQuery {
  /** First and last day asked for, both included. */
  from: string;
  to: string;
  now: Date;
  /** Days off: Finnish public holidays (app/kit/dates/holidays), closed unless an exception opens them. */
  holidays: ReadonlySet<string>;
}

const minutesOf = (time: string) => {
  const [h, m] = time.split(":").map(Number);
  return h * 60 + m;
};

const wallClock = (minutes: number) => new Temporal.PlainTime(Math.floor(minutes / 60), minutes % 60);

/** The instant of a Finnish wall-clock time; a time the spring change skips moves on an hour ("compatible"). */
export function instantOf(day: string, minutes: number): number {
  const known = dayShape(day);
  if (known.uniform) return known.midnight + minutes * 60_000;
  return Temporal.PlainDate.from(day).toZonedDateTime({ timeZone: bookingTimeZone, plainTime: wallClock(minutes) }).epochMilliseconds;
}

/** Whether a wall-clock time exists on a day: the spring change skips 3.00–3.59. */
function exists(day: string, minutes: number): boolean {
  if (dayShape(day).uniform) return true;
  const zoned = Temporal.PlainDate.from(day).toZonedDateTime({ timeZone: bookingTimeZone, plainTime: wallClock(minutes) });
  return zoned.hour * 60 + zoned.minute === minutes;
}

interface DayShape {
  /** The instant of 0.00 Finnish time. */
  midnight: number;
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  /** The clocks do not change during the day, so a wall-clock time is midnight plus its minutes. */
  uniform: boolean;
}

/**
 * Days as the time-zone database shapes them, remembered: the free times of four weeks ask for a
 * few hundred instants, and asking Temporal for each one cost most of the free-times query's time
 * (bench/booking.ts). Only the days when the clocks change take the slow path.
 */
const dayShapes = new Map<string, DayShape>();

function dayShape(day: string): DayShape {
  let shape = dayShapes.get(day);
  if (!shape) {
    const date = Temporal.PlainDate.from(day);
    const midnight = date.toZonedDateTime({ timeZone: bookingTimeZone }).epochMilliseconds;
    const lastMinute = date.toZonedDateTime({ timeZone: bookingTimeZone, plainTime: wallClock(24 * 60 - 1) }).epochMilliseconds;
    shape = { midnight, weekday: date.dayOfWeek, uniform: lastMinute - midnight === (24 * 60 - 1) * 60_000 };
    // A long-running server asks for ever new days; the oldest are forgotten first.
    if (dayShapes.size >= 4000) dayShapes.delete(dayShapes.keys().next().value!);
    dayShapes.set(day, shape);
  }
  return shape;
}

/** Finnish calendar days by Intl, made once: Temporal's conversion per booking cost more than the rest of the free-times query. */
const finnishDayFormat = new Intl.DateTimeFormat("en", { timeZone: bookingTimeZone, year: "numeric", month: "2-digit", day: "2-digit" });

/** The Finnish day of an instant. */
export function finnishDayOf(epochMilliseconds: number): string {
  const parts = finnishDayFormat.formatToParts(epochMilliseconds);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** The calendar day `days` after a "YYYY-MM-DD" day (plain date arithmetic, no time zone). */
const nextDay = (day: string, days = 1): string => {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
};

/** The opening hours of one day, as [start, end) minutes of the wall clock. */
export function openingsOf(day: string, rules: Pick<SlotRules, "weekly" | "exceptions">, holidays: ReadonlySet<string>): Array<[number, number]> {
  const exceptions = rules.exceptions.filter((e) => e.day === day);
  if (exceptions.length) {
    return exceptions.filter((e) => e.startsAt && e.endsAt).map((e) => [minutesOf(e.startsAt!), minutesOf(e.endsAt!)] as [number, number]);
  }
  if (holidays.has(day)) return [];
  const weekday = dayShape(day).weekday;
  return rules.weekly.filter((r) => r.weekday === weekday).map((r) => [minutesOf(r.startsAt), minutesOf(r.endsAt)] as [number, number]);
}

/** Whether [start, end) meets any busy interval; `busy` sorted by start. */
function overlaps(busy: Busy[], start: number, end: number): boolean {
  // The intervals that start before `end` are found by binary search; of those, any that ends after `start` meets it.
  let low = 0;
  let high = busy.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (busy[mid].start < end) low = mid + 1;
    else high = mid;
  }
  for (let i = low - 1; i >= 0; i--) if (busy[i].end > start) return true;
  return false;
}

/** The candidate times of the service in a period: each opening cut into back-to-back times with the buffer between. */
export function candidateTimes(rules: SlotRules, query: SlotQuery): Array<{ day: string; start: number; end: number; busyUntil: number }> {
  const earliest = query.now.getTime() + rules.minimumNoticeHours * 3_600_000;
  const today = finnishDayOf(query.now.getTime());
  const lastDay = nextDay(today, rules.horizonDays);
  const step = rules.durationMinutes + rules.bufferMinutes;
  const times: Array<{ day: string; start: number; end: number; busyUntil: number }> = [];
  const to = query.to < lastDay ? query.to : lastDay;
  for (let date = query.from > today ? query.from : today; date <= to; date = nextDay(date)) {
    for (const [opens, closes] of openingsOf(date, rules, query.holidays)) {
      for (let at = opens; at + rules.durationMinutes <= closes; at += step) {
        if (!exists(date, at)) continue;
        const start = instantOf(date, at);
        if (start < earliest) continue;
        // The length is real time: a meeting over the change of the clocks still lasts its minutes.
        const end = start + rules.durationMinutes * 60_000;
        times.push({ day: date, start, end, busyUntil: end + rules.bufferMinutes * 60_000 });
      }
    }
  }
  return times.sort((a, b) => a.start - b.start);
}

/** The free times of a service with one or more practitioners: a time is free when at least one of them is. */
export function freeSlots(rules: SlotRules, practitioners: PractitionerCalendar[], query: SlotQuery): FreeSlot[] {
  const calendars = practitioners.map((p) => ({ ...p, busy: [...p.busy].sort((a, b) => a.start - b.start) }));
  const slots: FreeSlot[] = [];
  for (const time of candidateTimes(rules, query)) {
    const free = calendars
      .filter((p) => rules.dailyCap === null || (p.bookedPerDay.get(time.day) ?? 0) < rules.dailyCap)
      .filter((p) => !overlaps(p.busy, time.start, time.busyUntil))
      .map((p) => p.id);
    if (free.length) slots.push({ start: new Date(time.start), end: new Date(time.end), practitionerIds: free });
  }
  return slots;
}

export interface AssignmentHistory {
  /** When the practitioner was last given a booking of this service (epoch ms), if ever. */
  lastAssignedAt: Map<string, number>;
  /** Their bookings of this service still to come. */
  upcoming: Map<string, number>;
}

/**
 * The fair share of "the first free time": among those free, the one with the fewest bookings to
 * come, and of those the one least recently given a booking (never given one first), then by id so
 * the choice is the same on every instance.
 */
export function fairChoice(candidates: string[], history: AssignmentHistory): string | undefined {
  return [...candidates].sort(
    (a, b) =>
      (history.upcoming.get(a) ?? 0) - (history.upcoming.get(b) ?? 0) ||
      (history.lastAssignedAt.get(a) ?? -Infinity) - (history.lastAssignedAt.get(b) ?? -Infinity) ||
      a.localeCompare(b),
  )[0];
}

/** The free times nearest to an instant (before or after it), for "this time was just taken". */
export function nearestSlots(slots: FreeSlot[], around: Date, count = 3): FreeSlot[] {
  const at = around.getTime();
  return [...slots]
    .sort((a, b) => Math.abs(a.start.getTime() - at) - Math.abs(b.start.getTime() - at))
    .slice(0, count)
    .sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** An instant as ISO 8601 with the Finnish offset, "2027-03-29T09:00:00+03:00" (decision 0197). */
export const isoInFinland = (at: Date): string =>
  Temporal.Instant.fromEpochMilliseconds(at.getTime()).toZonedDateTimeISO(bookingTimeZone).toString({ timeZoneName: "never", smallestUnit: "second" });
