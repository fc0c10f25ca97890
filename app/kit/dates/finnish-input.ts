import { Temporal } from "temporal-polyfill";
import { todayInFinland } from "./calendar";

/**
 * What people in Finland type into a date or time field, read into the ISO forms Elo stores
 * (decision 0173). Dates: "15.2.2027", "15.2." or "15.2" (this year in Finland), "05.02.2027", and
 * ISO "2027-02-15" (what `<input type="date">`, the CSV files and the tests send). Times: "9",
 * "9.00", "9:00", "11.30", "09:30". Surrounding spaces are ignored; anything else is refused.
 */

/** Why a text is not a date: not in an accepted form, or in one but not on the calendar (31.2.). */
export type DateProblem = "format" | "noSuchDay";
export type ParsedDate = { date: string } | { problem: DateProblem };

const iso = /^(\d{4})-(\d{2})-(\d{2})$/;
// The year is optional, and so is the dot after the month when the year is left out.
const finnish = /^(\d{1,2})\.(\d{1,2})(?:\.(\d{4})?)?$/;

/** Reads a date; `today` (in Finland) gives the year of "15.2.". */
export function parseFinnishDate(text: string, today: string = todayInFinland()): ParsedDate {
  const value = text.trim();
  let parts: [string, string, string] | undefined;
  const isoMatch = iso.exec(value);
  if (isoMatch) parts = [isoMatch[1], isoMatch[2], isoMatch[3]];
  const finnishMatch = finnish.exec(value);
  if (finnishMatch) parts = [finnishMatch[3] ?? today.slice(0, 4), finnishMatch[2], finnishMatch[1]];
  if (!parts) return { problem: "format" };
  const [year, month, day] = parts.map(Number);
  try {
    return { date: Temporal.PlainDate.from({ year, month, day }, { overflow: "reject" }).toString() };
  } catch {
    return { problem: "noSuchDay" };
  }
}

const clock = /^(\d{1,2})(?:[.:](\d{2}))?$/;

/** Reads a time of day as "09:30"; undefined when it is not one (24.00 is not: use 0.00 of the next day). */
export function parseFinnishTime(text: string): string | undefined {
  const match = clock.exec(text.trim());
  if (!match) return undefined;
  const [hour, minute] = [Number(match[1]), Number(match[2] ?? 0)];
  if (hour > 23 || minute > 59) return undefined;
  return Temporal.PlainTime.from({ hour, minute }).toString({ smallestUnit: "minute" });
}
