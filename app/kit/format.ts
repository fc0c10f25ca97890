import { localeOf, type Language } from "./i18n/languages";

/** Date and time as people in Finland read it, the same on the server and in the browser. */
export function formatDateTime(value: Date | string, lang: Language): string {
  return new Intl.DateTimeFormat(localeOf[lang], { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Helsinki" }).format(new Date(value));
}

/** A date alone ("31.12.2026" in Finnish), in Helsinki time so that the server and the browser print the same day. */
export function formatDate(value: Date | string, lang: Language): string {
  return new Intl.DateTimeFormat(localeOf[lang], { timeZone: "Europe/Helsinki", day: "numeric", month: "numeric", year: "numeric" }).format(new Date(value));
}

/** A time of day alone ("14.05" in Finnish), in Helsinki time. */
export function formatTime(value: Date | string, lang: Language): string {
  return new Intl.DateTimeFormat(localeOf[lang], { timeZone: "Europe/Helsinki", hour: "numeric", minute: "2-digit" }).format(new Date(value));
}
