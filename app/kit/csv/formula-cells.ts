/**
 * Spreadsheet programs run a cell that starts with `=`, `+`, `-` or `@` (and, after a tab or carriage
 * return, some of them still do) as a formula: "CSV injection". Every exported cell goes through
 * `neutralizeCell`, which puts a single quote in front of such text so that it is shown as text;
 * every importer reads cells through `restoreCell`, which removes exactly that quote, so that an
 * export imports back unchanged (decision 0181).
 */

const triggers = new Set(["=", "+", "-", "@", "\t", "\r"]);

// A plain number ("-5", "-1,5", "+3.25") cannot carry a formula: it stays a number in the sheet.
const plainNumber = /^[+-]?\d+(?:[.,]\d+)?$/;

/** Whether the text would be read as a formula, or would lose a quote on the way back. */
function needsQuote(text: string): boolean {
  if (text === "" || plainNumber.test(text)) return false;
  if (triggers.has(text[0])) return true;
  // Text that already starts with a quote before such a character gets one more, so that
  // restoring removes only the one added here.
  return text[0] === "'" && needsQuote(text.slice(1));
}

/** The cell's text as a spreadsheet shows it as text, never running it. */
export function neutralizeCell(text: string): string {
  return needsQuote(text) ? `'${text}` : text;
}

/** The inverse of `neutralizeCell`: removes the quote it added and nothing else. */
export function restoreCell(text: string): string {
  return text[0] === "'" && needsQuote(text.slice(1)) ? text.slice(1) : text;
}

/** A cell value of any type: only text is neutralised; numbers stay numbers. */
export function neutralizeValue<T>(value: T): T | string {
  return typeof value === "string" ? neutralizeCell(value) : value;
}
