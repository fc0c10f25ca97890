import type { MessageKey, Translate } from "../kit/i18n/catalogue";
import { localeOf, type Language } from "../kit/i18n/languages";
import { localize, type LocalizedText } from "../kit/i18n/localized";

/** A visit's day and hours in Finland's time as the page's language writes them ("ma 14.12.2026", "10.00–14.00"). */
export function visitWhen(startsAt: Date, endsAt: Date, lang: Language): { day: string; hours: string; dayKey: string } {
  const locale = localeOf[lang];
  const zone = "Europe/Helsinki";
  const day = new Intl.DateTimeFormat(locale, { timeZone: zone, weekday: "long", day: "numeric", month: "numeric", year: "numeric" }).format(startsAt);
  const clock = new Intl.DateTimeFormat(locale, { timeZone: zone, hour: "numeric", minute: "2-digit" });
  const dayKey = new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).format(startsAt);
  return { day, hours: `${clock.format(startsAt)}–${clock.format(endsAt)}`, dayKey };
}

/** The languages a visit serves in, in words ("suomi, englanti"). */
export const languageNames = (codes: string[], t: Translate) => codes.map((c) => t(`language.${c}` as MessageKey)).join(", ");

/** The organisations on board, by name in the language. */
export const onBoardNames = (ids: string[], names: Record<string, LocalizedText>, lang: Language) =>
  ids
    .filter((id) => names[id])
    .map((id) => localize(names[id], lang).text)
    .join(", ");

/** The words for a point's kind. */
export const kindKeys = { vehicle: "mobilePoints.kind.vehicle", popup: "mobilePoints.kind.popup" } as const satisfies Record<string, MessageKey>;
export const kindKey = (kind: string): MessageKey => (kind === "popup" ? kindKeys.popup : kindKeys.vehicle);
