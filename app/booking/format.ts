import { localeOf, type Language } from "../kit/i18n/languages";

/** Days and times of bookings as Finns read them, always in Finnish time (decision 0197). */
export const bookingDay = (at: Date | string, lang: Language) =>
  new Intl.DateTimeFormat(localeOf[lang], { weekday: "long", day: "numeric", month: "numeric", year: "numeric", timeZone: "Europe/Helsinki" }).format(
    new Date(at),
  );

export const bookingTime = (at: Date | string, lang: Language) =>
  new Intl.DateTimeFormat(localeOf[lang], { hour: "numeric", minute: "2-digit", timeZone: "Europe/Helsinki" }).format(new Date(at));

export const shortDay = (day: string, lang: Language) =>
  new Intl.DateTimeFormat(localeOf[lang], { day: "numeric", month: "numeric", year: "numeric", timeZone: "UTC" }).format(new Date(`${day}T12:00:00Z`));
