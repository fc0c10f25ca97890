import Holidays from "date-holidays";
import { Temporal } from "temporal-polyfill";
import type { Language } from "../i18n/languages";
import { addDays, dayOfWeek } from "./calendar";

/**
 * Finnish holidays from the date-holidays package, and the working days they leave (decision 0173).
 * Server-only: the package carries every country's rules, far too much for a page's JavaScript.
 *
 * Days off are Saturdays, Sundays, the public holidays (the church holidays, vappu, itsenäisyyspäivä)
 * and two eves that in practice close the offices of the network's organisations: juhannusaatto and
 * jouluaatto. The package marks both as "bank" days, like uudenvuodenaatto, which stays a working day;
 * the observances (äitienpäivä, isänpäivä) fall on Sundays and are left out.
 */

export interface FinnishHoliday {
  /** ISO date. */
  date: string;
  name: Record<Language, string>;
  /** A public holiday, or one of the eves that are days off. */
  kind: "public" | "eve";
}

// The package's rule strings are its references to a holiday ("use for references", its types say).
const daysOffEves = new Set(["friday after 06-19", "12-24"]);

const finland = new Holidays("FI", { timezone: "Europe/Helsinki" });
const byYear = new Map<number, FinnishHoliday[]>();

function holidaysOf(year: number): FinnishHoliday[] {
  let found = byYear.get(year);
  if (!found) {
    const named = (lang: Language) => new Map(finland.getHolidays(year, lang).map((h) => [h.rule, h.name]));
    const names = { fi: named("fi"), sv: named("sv"), en: named("en") };
    found = finland
      .getHolidays(year)
      .filter((h) => h.type === "public" || daysOffEves.has(h.rule))
      .map((h) => ({
        date: h.date.slice(0, 10),
        name: { fi: names.fi.get(h.rule) ?? h.name, sv: names.sv.get(h.rule) ?? h.name, en: names.en.get(h.rule) ?? h.name },
        kind: h.type === "public" ? "public" : "eve",
      }));
    byYear.set(year, found);
  }
  return found;
}

const yearOf = (date: string) => Temporal.PlainDate.from(date).year;

/** The holidays that are days off from one day to another, both included, in date order. */
export function finnishHolidaysBetween(from: string, to: string): FinnishHoliday[] {
  const years = Array.from({ length: Math.max(0, yearOf(to) - yearOf(from) + 1) }, (_, i) => yearOf(from) + i);
  return years.flatMap(holidaysOf).filter((h) => h.date >= from && h.date <= to);
}

/** The holiday on a day, if it is one that is a day off. */
export const finnishHoliday = (date: string): FinnishHoliday | undefined => holidaysOf(yearOf(date)).find((h) => h.date === date);

export const isFinnishHoliday = (date: string): boolean => finnishHoliday(date) !== undefined;

/** Monday to Friday and not a holiday that is a day off. */
export const isWorkingDay = (date: string): boolean => dayOfWeek(date) <= 5 && !isFinnishHoliday(date);

/** The working day a number of working days after a day (before it, when negative). */
export function addWorkingDays(date: string, days: number): string {
  const step = days < 0 ? -1 : 1;
  let day = date;
  for (let left = Math.abs(days); left > 0;) {
    day = addDays(day, step);
    if (isWorkingDay(day)) left--;
  }
  return day;
}

/** The first working day after a day. */
export const nextWorkingDay = (date: string): string => addWorkingDays(date, 1);
