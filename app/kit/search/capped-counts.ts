/**
 * Capped counting (decision 0140). A search counts its matches and facet values over at most
 * `countCap + 1` matching entries, so that a broad word ("ohjaus" matches half of a national
 * directory) costs as much as a narrow one. Up to the cap the counts are exact; above it the page
 * says "more than 1 000" and shows no per-value counts, and results are listed by name instead of
 * by relevance.
 */
export const countCap = 1000;

/** Rows of a capped count statement: facet values and their counts, plus the `#` row of matched entries. */
export type CountRow = { value: string; count: number };

/** The row that carries how many entries the statement saw (at most countCap + 1). */
export const matchedRow = "#";

export interface CappedCounts {
  /** Matched entries, exact when `capped` is false, otherwise countCap + 1. */
  matched: number;
  /** More than countCap entries matched: the counts are not exact and are not shown. */
  capped: boolean;
  /** Facet value ("prefix:code") → count, only when not capped. */
  values: CountRow[];
}

/** Reads the rows of a capped count statement. */
export function readCappedCounts(rows: CountRow[], cap = countCap): CappedCounts {
  const matched = rows.find((r) => r.value === matchedRow)?.count ?? 0;
  const capped = matched > cap;
  return { matched, capped, values: capped ? [] : rows.filter((r) => r.value !== matchedRow) };
}

/** A count for the page: "1 000+" style when capped (the number formatted for the language). */
export function displayCount(count: number, capped: boolean, locale: string): string {
  const format = new Intl.NumberFormat(locale === "en" ? "en-GB" : `${locale}-FI`);
  return capped ? `${format.format(countCap)}+` : format.format(count);
}
