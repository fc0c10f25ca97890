/**
 * Whole calendar months as reports choose them: stored and compared as "2026-03", typed as Finns
 * write them ("3/2026", "3.2026", "03.2026") or as "2026-03".
 */
export function parseMonth(text: string): string | null {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{1,2})$/.exec(value);
  const finnish = /^(\d{1,2})[./](\d{4})$/.exec(value);
  const [year, month] = iso ? [Number(iso[1]), Number(iso[2])] : finnish ? [Number(finnish[2]), Number(finnish[1])] : [NaN, NaN];
  if (!(month >= 1 && month <= 12 && year >= 2000 && year <= 2100)) return null;
  return `${year}-${String(month).padStart(2, "0")}`;
}

/** "2026-03" as Finns write it: "3/2026". */
export const monthForInput = (month: string) => `${Number(month.slice(5))}/${month.slice(0, 4)}`;

/** The month `count` months after (or before, when negative) a month. */
export function addMonths(month: string, count: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5)) - 1 + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** Every month from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = from; month <= to; month = addMonths(month, 1)) months.push(month);
  return months;
}

/** The twelve months up to the month of `today` ("2026-12-07"), as a period. */
export const lastTwelveMonths = (today: string) => ({ from: addMonths(today.slice(0, 7), -11), to: today.slice(0, 7) });
