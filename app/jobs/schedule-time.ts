/**
 * Local clock times of a time zone, for schedules. The runner's cron works in UTC, so a daily
 * local time becomes the UTC hours it can fall on (two in Finland, for summer and winter time)
 * and each run checks that its UTC time really is the local time.
 */

const clocks = new Map<string, Intl.DateTimeFormat>();

/** "HH:MM" of `at` in `timeZone`. */
export function localClock(at: Date, timeZone: string): string {
  let clock = clocks.get(timeZone);
  if (!clock) clocks.set(timeZone, (clock = new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" })));
  const parts = clock.formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part("hour")}:${part("minute")}`;
}

/** The zone's offsets from UTC in minutes during `year` (sampled daily, so every DST period is seen). */
function offsetsIn(timeZone: string, year: number): number[] {
  const offsets = new Set<number>();
  for (let day = 0; day < 366; day++) {
    const at = new Date(Date.UTC(year, 0, 1 + day, 12));
    const [hh, mm] = localClock(at, timeZone).split(":").map(Number);
    let offset = hh * 60 + mm - 12 * 60;
    if (offset > 14 * 60) offset -= 24 * 60;
    if (offset < -14 * 60) offset += 24 * 60;
    offsets.add(offset);
  }
  return [...offsets];
}

/** A cron pattern (UTC) that matches every UTC minute at which it can be `time` in `timeZone`. */
export function utcCronFor(time: string, timeZone: string, year = new Date().getUTCFullYear()): string {
  const [hh, mm] = time.split(":").map(Number);
  const minutes = new Set<number>();
  for (const y of [year, year + 1]) for (const offset of offsetsIn(timeZone, y)) minutes.add((((hh * 60 + mm - offset) % 1440) + 1440) % 1440);
  const byMinute = new Map<number, number[]>();
  for (const m of minutes) byMinute.set(m % 60, [...(byMinute.get(m % 60) ?? []), Math.floor(m / 60)]);
  if (byMinute.size > 1) throw new Error(`${timeZone} has offsets that are not whole hours; schedules there need another pattern`);
  const [[minute, hours]] = byMinute;
  return `${minute} ${hours.sort((a, b) => a - b).join(",")} * * *`;
}

/** The next time after `after` when it is `time` in `timeZone`. */
export function nextLocalTime(time: string, timeZone: string, after: Date): Date {
  const [hh, mm] = time.split(":").map(Number);
  const candidates: Date[] = [];
  // Every UTC hour from a day before to three days after: the zone's offset is within ±14 hours.
  for (let h = -24; h <= 96; h++) candidates.push(new Date(Date.UTC(after.getUTCFullYear(), after.getUTCMonth(), after.getUTCDate(), h, mm)));
  const next = candidates.find((d) => d > after && localClock(d, timeZone) === time);
  if (!next || Number.isNaN(hh)) throw new Error(`no ${time} in ${timeZone} after ${after.toISOString()}`);
  return next;
}
