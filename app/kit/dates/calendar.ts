import { Temporal } from "temporal-polyfill";

/**
 * Calendar arithmetic in Finland's time (decision 0173). Days are ISO dates ("2027-02-15"), as they
 * are stored and compared; instants are `Date`s, as the database and the rest of the code hold them.
 * Everything here goes through Temporal, so that no module counts milliseconds or time-zone offsets
 * by hand.
 */

/** Elo's days, deadlines and meeting times are wall-clock time in Finland. */
export const finnishTimeZone = "Europe/Helsinki";

const inFinland = (at: Date) => Temporal.Instant.fromEpochMilliseconds(at.getTime()).toZonedDateTimeISO(finnishTimeZone);
const toDate = (zoned: Temporal.ZonedDateTime) => new Date(zoned.epochMilliseconds);
const day = (date: string) => Temporal.PlainDate.from(date);

/** The day in Finland at an instant: today by default ("2027-02-15"). */
export const todayInFinland = (at: Date = new Date()): string => inFinland(at).toPlainDate().toString();

/** The year in Finland at an instant: this year by default. */
export const yearInFinland = (at: Date = new Date()): number => inFinland(at).year;

/** An instant as the date and wall-clock time in Finland ("2027-02-15", "09:30"). */
export function wallClockInFinland(at: Date): { date: string; time: string } {
  const zoned = inFinland(at);
  return { date: zoned.toPlainDate().toString(), time: zoned.toPlainTime().toString({ smallestUnit: "minute" }) };
}

/**
 * A wall-clock time in Finland ("2027-02-15", "09:30") as an instant. A time the spring change skips
 * moves forward by the gap, and one the autumn change repeats is the first of the two (Temporal's
 * "compatible" rule).
 */
export const instantInFinland = (date: string, time: string): Date =>
  toDate(day(date).toZonedDateTime({ timeZone: finnishTimeZone, plainTime: Temporal.PlainTime.from(time) }));

/** The first instant of a day in Finland. */
export const startOfDayInFinland = (date: string): Date => toDate(day(date).toZonedDateTime(finnishTimeZone));

/** The last millisecond of a day in Finland: a deadline "on" a day lasts until the day ends. */
export const endOfDayInFinland = (date: string): Date => toDate(day(date).toZonedDateTime(finnishTimeZone).add({ days: 1 }).subtract({ milliseconds: 1 }));

/**
 * An ISO 8601 date or date-time as an instant; one without an offset is wall-clock time in `zone`.
 * Undefined for anything else, and for days not on the calendar (2026-02-31).
 */
export function instantFromIso(text: string, zone: string): Date | undefined {
  try {
    return new Date(Temporal.Instant.from(text).epochMilliseconds);
  } catch {
    // No offset (or not a date at all): read it as wall-clock time.
  }
  try {
    return toDate(Temporal.PlainDateTime.from(text).toZonedDateTime(zone));
  } catch {
    return undefined;
  }
}

export const addDays = (date: string, days: number): string => day(date).add({ days }).toString();

/** Months later (or earlier, when negative); the 31st becomes the month's last day where it has none. */
export const addMonths = (date: string, months: number): string => day(date).add({ months }).toString();

export const startOfMonth = (date: string): string => day(date).with({ day: 1 }).toString();

/** Whole days from one day to another: negative when `to` comes first. */
export const daysBetween = (from: string, to: string): number => day(from).until(day(to), { largestUnit: "days" }).days;

/** 1 for Monday … 7 for Sunday. */
export const dayOfWeek = (date: string): number => day(date).dayOfWeek;

/** The same wall-clock time some months earlier in Finland (29.2. less twelve months is 28.2.). */
export const monthsBefore = (at: Date, months: number): Date => toDate(inFinland(at).subtract({ months }));

/** An exact length of time; a day here is 24 hours, as a timer or a token's lifetime counts it. */
export interface ElapsedTime {
  days?: number;
  hours?: number;
  minutes?: number;
}

const exact = ({ days = 0, hours = 0, minutes = 0 }: ElapsedTime) => Temporal.Duration.from({ hours: days * 24 + hours, minutes });

export const milliseconds = (length: ElapsedTime): number => exact(length).total("milliseconds");

/** The instant after an exact length of time (24-hour days, whatever the clocks do). */
export const laterBy = (at: Date, length: ElapsedTime): Date =>
  new Date(Temporal.Instant.fromEpochMilliseconds(at.getTime()).add(exact(length)).epochMilliseconds);

/** The instant an exact length of time before. */
export const earlierBy = (at: Date, length: ElapsedTime): Date =>
  new Date(Temporal.Instant.fromEpochMilliseconds(at.getTime()).subtract(exact(length)).epochMilliseconds);
