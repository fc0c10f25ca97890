import { localeOf, type Language } from "./i18n/languages";

/** Date and time as people in Finland read it, the same on the server and in the browser. */
export function formatDateTime(value: Date | string, lang: Language): string {
  return new Intl.DateTimeFormat(localeOf[lang], { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Helsinki" }).format(new Date(value));
}

/** A date alone ("31.12.2026" in Finnish), in Helsinki time so that the server and the browser print the same day. */
export function formatDate(value: Date | string, lang: Language): string {
  return new Intl.DateTimeFormat(localeOf[lang], { timeZone: "Europe/Helsinki", day: "numeric", month: "numeric", year: "numeric" }).format(new Date(value));
}

/** Names as a sentence's list: "Kela, Redu ja Lapin AMK" in Finnish, "Kela, Redu och Lapin AMK" in Swedish. */
export function formatList(items: readonly string[], lang: Language): string {
  return new Intl.ListFormat(localeOf[lang], { style: "long", type: "conjunction" }).format(items);
}

/** A sum of euros from whole cents ("1 234,50 €" in Finnish); whole euros show no decimals. */
export function formatEuros(cents: number, lang: Language): string {
  const whole = cents % 100 === 0;
  return new Intl.NumberFormat(localeOf[lang], {
    style: "currency",
    currency: "EUR",
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(cents / 100);
}

/** A count with the language's thousands separator. */
export function formatCount(value: number, lang: Language): string {
  return new Intl.NumberFormat(localeOf[lang]).format(value);
}

/** A time of day alone ("14.05" in Finnish), in Helsinki time. */
export function formatTime(value: Date | string, lang: Language): string {
  return new Intl.DateTimeFormat(localeOf[lang], { timeZone: "Europe/Helsinki", hour: "numeric", minute: "2-digit" }).format(new Date(value));
}
