import { todayInFinland } from "../kit/dates/calendar";
import { lastTwelveMonths, monthsBetween } from "../kit/dates/months";
import { columnValue, sumBy, totalOf } from "./aggregate";
import { data } from "react-router";
import { translator } from "../kit/i18n/catalogue";
import type { Language } from "../kit/i18n/languages";
import { forbiddenResponse } from "../kit/http/respond.server";
import { requireUser } from "../kit/permissions/current-user.server";
import { issuesFromZod } from "../kit/validation/fields";
import { statisticsFilters, type StatisticsFilters } from "./inputs";
import { shownColumns, type Grouping } from "./measures";
import { statisticsScope, type StatisticsScope } from "./permissions";
import { figuresFor, namesOf, organizationsInView } from "./queries.server";

/** The period a filter names, the last twelve months by default; a lone end takes the year up to it. */
export function periodOf(filters: StatisticsFilters, today = todayInFinland()) {
  const fallback = lastTwelveMonths(filters.to ? `${filters.to}-01` : today);
  return { from: filters.from ?? (filters.to ? fallback.from : lastTwelveMonths(today).from), to: filters.to ?? fallback.to };
}

export interface StatisticsTable {
  period: { from: string; to: string };
  grouping: Grouping;
  /** Per group: its key, and the shown columns' values (null: nothing to average). */
  rows: { key: string | null; values: (number | null)[] }[];
  total: (number | null)[];
  /** The months' counts of every count measure, for the chart. */
  months: { month: string; totals: Record<string, number> }[];
  names: Awaited<ReturnType<typeof namesOf>>;
}

/** The statistics under the filters, or null when a filter is outside the user's scope. */
export async function statisticsTable(scope: StatisticsScope, filters: StatisticsFilters): Promise<StatisticsTable | null> {
  const organizationIds = await organizationsInView(scope, filters);
  if (!organizationIds) return null;
  const period = periodOf(filters);
  const grouping = filters.groupBy ?? "month";
  const figures = await figuresFor({ organizationIds, ...period });
  const months = monthsBetween(period.from, period.to);
  const row = (totals: Parameters<typeof columnValue>[0]) => shownColumns.map((column) => columnValue(totals, column));
  return {
    period,
    grouping,
    rows: sumBy(figures, grouping, months).map((group) => ({ key: group.key, values: row(group.totals) })),
    total: row(totalOf(figures)),
    months: sumBy(figures, "month", months).map((group) => ({ month: group.key!, totals: group.totals })),
    names: await namesOf(figures),
  };
}

/**
 * The signed-in user's scope and the filters of a statistics address, or the 403/400 answer to
 * throw: the page and the exports read a request alike.
 */
export async function statisticsRequest(request: Request, lang: Language): Promise<{ scope: StatisticsScope; filters: StatisticsFilters }> {
  const user = await requireUser(request, lang);
  const scope = statisticsScope(user);
  if (!scope) throw forbiddenResponse(lang);
  const query = new URL(request.url).searchParams;
  const parsed = statisticsFilters.safeParse(Object.fromEntries(filterNames.map((name) => [name, query.get(name) ?? undefined])));
  if (!parsed.success) {
    const [issue] = issuesFromZod(parsed.error);
    throw data(translator(lang)(issue.key, issue.values), { status: 400 });
  }
  return { scope, filters: parsed.data };
}

const filterNames = ["region", "organization", "from", "to", "groupBy", "chart"] as const;
