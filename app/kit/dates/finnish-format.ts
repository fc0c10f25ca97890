/**
 * ISO dates and times as people in Finland write them, for Finnish mail text and for the values of
 * date and time fields. Plain string work without Temporal, because forms in the browser use it
 * and the polyfill would only add weight there (decision 0150).
 */

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const isoTime = /^(\d{2}):(\d{2})$/;

/** "2027-02-05" as "5.2.2027". */
export function finnishDate(date: string): string {
  const match = isoDate.exec(date);
  if (!match) throw new Error(`Not an ISO date: ${date}`);
  return `${Number(match[3])}.${Number(match[2])}.${match[1]}`;
}

/** "09:30" as "09.30", as the meeting mails have written it. */
export function finnishClock(time: string): string {
  if (!isoTime.test(time)) throw new Error(`Not an ISO time: ${time}`);
  return time.replace(":", ".");
}

/** A date field's value: a stored ISO date in the Finnish form, what the user typed as it was. */
export const dateForInput = (value: string | null | undefined): string => (value && isoDate.test(value) ? finnishDate(value) : (value ?? ""));

/** A time field's value: a stored "09:30" as "9.30", what the user typed as it was. */
export const timeForInput = (value: string | null | undefined): string =>
  value && isoTime.test(value) ? finnishClock(value).replace(/^0(\d)/, "$1") : (value ?? "");
