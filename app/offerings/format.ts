import type { Translate } from "../kit/i18n/catalogue";
import { localeOf, type Language } from "../kit/i18n/languages";
import { isApplicationOpen, type ApplicationPeriod } from "./application-period";

/** A yyyy-mm-dd date as people in Finland read it. */
export function formatDate(value: string, lang: Language): string {
  return new Intl.DateTimeFormat(localeOf[lang], { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${value}T00:00:00Z`));
}

export function formatStart(o: { startDate: string | null; personalStart: boolean }, lang: Language, t: Translate): string {
  if (o.personalStart) return t("offering.personalStart");
  return o.startDate ? formatDate(o.startDate, lang) : "";
}

export function formatPrice(price: number, lang: Language, t: Translate): string {
  if (price === 0) return t("offering.free");
  return t("offering.priceEuros", { price: new Intl.NumberFormat(localeOf[lang], { maximumFractionDigits: 2 }).format(price) });
}

export function formatDuration(o: { durationValue: number | null; durationUnit: string | null }, t: Translate): string {
  if (!o.durationValue || !o.durationUnit) return "";
  return t("offering.durationAmount", { unit: o.durationUnit, n: o.durationValue });
}

export function formatApplication(o: ApplicationPeriod, lang: Language, t: Translate, today: string): string {
  const state = isApplicationOpen(o, today) ? t("offering.applicationOpen") : t("offering.applicationClosed");
  if (!o.applicationStart && !o.applicationEnd) return o.personalStart ? t("offering.continuousApplication") : state;
  const range = [o.applicationStart, o.applicationEnd].map((d) => (d ? formatDate(d, lang) : "")).join(" – ");
  return `${range} (${state})`;
}
