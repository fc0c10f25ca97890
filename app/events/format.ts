import { localeOf, type Language } from "../kit/i18n/languages";

const zone = "Europe/Helsinki";

/** The event's time in Finland as the language writes it ("tiistai 15.12.2026 klo 9.00–15.00"), a range over days when it spans several. */
export function eventWhen(startsAt: Date, endsAt: Date, lang: Language): string {
  return new Intl.DateTimeFormat(localeOf[lang], {
    timeZone: zone,
    weekday: "long",
    day: "numeric",
    month: "numeric",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
  }).formatRange(startsAt, endsAt);
}

/** A session's hours ("9.00–10.30"). */
export function sessionHours(startsAt: Date, endsAt: Date, lang: Language): string {
  return new Intl.DateTimeFormat(localeOf[lang], { timeZone: zone, hour: "numeric", minute: "2-digit" }).formatRange(startsAt, endsAt);
}

/** The day of an instant in Finland, ISO ("2026-12-15"), for grouping and for the forms. */
export const finnishDayKey = (at: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);

/** The wall-clock time of an instant in Finland ("09:00"), for the forms. */
export const finnishClockOf = (at: Date) =>
  new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(at);
