import { derivedMeasures, measureKeys, type DerivedKey, type Figure, type Grouping, type MeasureKey } from "./measures";

export type Totals = Record<MeasureKey, number>;

export interface GroupRow {
  /** The month, organisation id, service id or channel code the row sums; null for "none". */
  key: string | null;
  totals: Totals;
}

export const emptyTotals = (): Totals => Object.fromEntries(measureKeys.map((m) => [m, 0])) as Totals;

const keyOf = (figure: Figure, grouping: Grouping): string | null =>
  grouping === "month" ? figure.month : grouping === "organization" ? figure.organizationId : grouping === "service" ? figure.serviceId : figure.channel;

/**
 * Sums figures per group. Months come in calendar order, and every month of the period has a row
 * even when nothing happened in it (a chart with gaps would mislead); other groups come largest first, and "none" last.
 */
export function sumBy(figures: Figure[], grouping: Grouping, months: string[]): GroupRow[] {
  const rows = new Map<string | null, Totals>();
  if (grouping === "month") for (const month of months) rows.set(month, emptyTotals());
  for (const figure of figures) {
    const key = keyOf(figure, grouping);
    if (grouping === "month" && !rows.has(key)) continue;
    const totals = rows.get(key) ?? emptyTotals();
    totals[figure.measure] += figure.value;
    rows.set(key, totals);
  }
  const result = [...rows].map(([key, totals]) => ({ key, totals }));
  if (grouping === "month") return result;
  const weight = (t: Totals) => t.bookings + t.contactRequests + t.referrals + t.mobileVisitors + t.satisfactionAnswers;
  // "None" (no service, no channel) comes last whatever its size: it is the rest, not a group of its own.
  return result.sort(
    (a, b) => Number(a.key === null) - Number(b.key === null) || weight(b.totals) - weight(a.totals) || String(a.key).localeCompare(String(b.key)),
  );
}

export function totalOf(figures: Figure[]): Totals {
  const totals = emptyTotals();
  for (const figure of figures) totals[figure.measure] += figure.value;
  return totals;
}

/** A count, or a derived average (null when there is nothing to average). */
export function columnValue(totals: Totals, column: MeasureKey | DerivedKey): number | null {
  if (column in derivedMeasures) {
    const { sum, count } = derivedMeasures[column as DerivedKey];
    return totals[count] ? totals[sum] / totals[count] : null;
  }
  return totals[column as MeasureKey];
}
