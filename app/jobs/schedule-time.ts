import { Temporal } from "temporal-polyfill";

/**
 * Local clock times of a time zone, for schedules, through Temporal as all of Elo's calendar work
 * (decision 0173). The runner's cron works in UTC, so a daily local time becomes the UTC hours it
 * can fall on (two in Finland, for summer and winter time) and each run checks that its UTC time
 * really is the local time.
 */

const zoned = (at: Date, timeZone: string) => Temporal.Instant.fromEpochMilliseconds(at.getTime()).toZonedDateTimeISO(timeZone);

/** "HH:MM" of `at` in `timeZone`. */
export const localClock = (at: Date, timeZone: string): string => zoned(at, timeZone).toPlainTime().toString({ smallestUnit: "minute" });

/** The zone's offsets from UTC in nanoseconds during `year` and the next: the one at New Year and after each transition. */
function offsetsIn(timeZone: string, year: number): Set<number> {
  const end = Temporal.ZonedDateTime.from({ timeZone, year: year + 2, month: 1, day: 1 });
  let at: Temporal.ZonedDateTime | null = Temporal.ZonedDateTime.from({ timeZone, year, month: 1, day: 1 });
  const offsets = new Set<number>();
  while (at && Temporal.ZonedDateTime.compare(at, end) < 0) {
    offsets.add(at.offsetNanoseconds);
    at = at.getTimeZoneTransition("next");
  }
  return offsets;
}

/** A cron pattern (UTC) that matches every UTC minute at which it can be `time` in `timeZone`. */
export function utcCronFor(time: string, timeZone: string, year = new Date().getUTCFullYear()): string {
  const local = Temporal.PlainTime.from(time);
  const minutes = new Set<number>();
  for (const offset of offsetsIn(timeZone, year)) {
    const utc = local.subtract({ nanoseconds: offset });
    minutes.add(utc.hour * 60 + utc.minute);
  }
  const byMinute = new Map<number, number[]>();
  for (const m of minutes) byMinute.set(m % 60, [...(byMinute.get(m % 60) ?? []), Math.floor(m / 60)]);
  if (byMinute.size > 1) throw new Error(`${timeZone} has offsets that are not whole hours; schedules there need another pattern`);
  const [[minute, hours]] = byMinute;
  return `${minute} ${hours.sort((a, b) => a - b).join(",")} * * *`;
}

/** The next time after `after` when it is `time` in `timeZone`. */
export function nextLocalTime(time: string, timeZone: string, after: Date): Date {
  const plainTime = Temporal.PlainTime.from(time);
  const today = zoned(after, timeZone).toPlainDate();
  for (const day of [today, today.add({ days: 1 })]) {
    const at = day.toZonedDateTime({ timeZone, plainTime });
    if (at.epochMilliseconds > after.getTime()) return new Date(at.epochMilliseconds);
  }
  throw new Error(`no ${time} in ${timeZone} after ${after.toISOString()}`);
}
