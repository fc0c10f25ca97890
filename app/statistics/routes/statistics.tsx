import { Form, Link } from "react-router";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { useLocalize } from "~/kit/i18n/localized-text";
import { formatNumber } from "~/kit/i18n/numbers";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { monthForInput } from "~/kit/dates/months";
import { forbiddenResponse } from "~/kit/http/respond.server";
import { BarChart } from "../chart";
import { chartMeasures, groupings, isChannelCode, shownColumns, type MeasureKey } from "../measures";
import { filterChoices } from "../queries.server";
import { statisticsRequest, statisticsTable } from "../view.server";
import type { Route } from "./+types/statistics";

/** `/:lang/work/statistics`: the service statistics (decision 0203), a chart and the table behind it. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const { scope, filters } = await statisticsRequest(request, lang);
  const [table, choices] = await Promise.all([statisticsTable(scope, filters), filterChoices(scope, filters.region)]);
  if (!table) throw forbiddenResponse(lang);
  return { filters, table, choices, query: new URL(request.url).searchParams.toString() };
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params))("statistics.title"));

export default function Statistics({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const localize = useLocalize();
  const { filters, table, choices, query } = loaderData;
  const chart = (filters.chart ?? "bookings") as MeasureKey;
  const value = (v: number | null) => (v === null ? "–" : formatNumber(v, lang, { maximumFractionDigits: 1 }));
  const monthLabel = (month: string) => monthForInput(month);
  const groupLabel = (key: string | null) => {
    if (key === null) return t(`statistics.none.${table.grouping}`);
    if (table.grouping === "month") return monthLabel(key);
    if (table.grouping === "organization") return localize(table.names.organizations[key]) || key;
    if (table.grouping === "service") return localize(table.names.services[key]) || key;
    return isChannelCode(key) ? t(`statistics.channel.${key}`) : key;
  };
  const exportQuery = query ? `?${query}` : "";
  return (
    <>
      <p>
        <Link to={`/${lang}/work`}>{t("work.backToWork")}</Link>
      </p>
      <h1>{t("statistics.title")}</h1>
      <p className="lead">{t("statistics.intro")}</p>

      <Form method="get" className="form" aria-labelledby="statistics-filters">
        <h2 id="statistics-filters">{t("statistics.filters")}</h2>
        <div className="row">
          <div className="field">
            <label htmlFor="filter-region">{t("statistics.region")}</label>
            <select id="filter-region" name="region" defaultValue={filters.region ?? ""}>
              <option value="">{t("statistics.allRegions")}</option>
              {choices.regions.map((r) => (
                <option key={r.code} value={r.code}>
                  {lang === "sv" ? r.nameSv : r.nameFi}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-organization">{t("statistics.organization")}</label>
            <select id="filter-organization" name="organization" defaultValue={filters.organization ?? ""} aria-describedby="filter-organization-hint">
              <option value="">{t("statistics.allOrganizations")}</option>
              {choices.organizations
                .map((o) => ({ id: o.id, name: localize(o.name) }))
                .sort((a, b) => a.name.localeCompare(b.name, "fi"))
                .map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
            </select>
            <p className="field__hint" id="filter-organization-hint">
              {t("statistics.organizationHint")}
            </p>
          </div>
          <div className="field">
            <label htmlFor="filter-from">{t("statistics.from")}</label>
            <input id="filter-from" name="from" defaultValue={monthForInput(table.period.from)} inputMode="numeric" aria-describedby="filter-month-hint" />
          </div>
          <div className="field">
            <label htmlFor="filter-to">{t("statistics.to")}</label>
            <input id="filter-to" name="to" defaultValue={monthForInput(table.period.to)} inputMode="numeric" aria-describedby="filter-month-hint" />
          </div>
          <div className="field">
            <label htmlFor="filter-group">{t("statistics.groupBy")}</label>
            <select id="filter-group" name="groupBy" defaultValue={table.grouping}>
              {groupings.map((g) => (
                <option key={g} value={g}>
                  {t(`statistics.groupBy.${g}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-chart">{t("statistics.chartMeasure")}</label>
            <select id="filter-chart" name="chart" defaultValue={chart}>
              {chartMeasures.map((m) => (
                <option key={m} value={m}>
                  {t(`statistics.measure.${m}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button--secondary">
            {t("statistics.apply")}
          </button>
        </div>
        <p className="field__hint" id="filter-month-hint">
          {t("statistics.monthHint")}
        </p>
      </Form>

      <p>
        <a href={`/${lang}/work/statistics/export.csv${exportQuery}`} download>
          {t("statistics.exportCsv")}
        </a>
        {" · "}
        <a href={`/${lang}/work/statistics/export.xlsx${exportQuery}`} download>
          {t("statistics.exportXlsx")}
        </a>
      </p>

      <section aria-labelledby="statistics-chart">
        <h2 id="statistics-chart">{t("statistics.chartHeading", { measure: t(`statistics.measure.${chart}`) })}</h2>
        <BarChart
          id="statistics-bars"
          lang={lang}
          title={t("statistics.chartHeading", { measure: t(`statistics.measure.${chart}`) })}
          description={t("statistics.chartDescription", { from: monthLabel(table.period.from), to: monthLabel(table.period.to) })}
          bars={table.months.map((m) => ({ label: monthLabel(m.month), value: m.totals[chart] ?? 0 }))}
        />
      </section>

      <section aria-labelledby="statistics-table">
        <h2 id="statistics-table">{t("statistics.tableHeading", { grouping: t(`statistics.groupBy.${table.grouping}`) })}</h2>
        <div className="table-wrap" role="region" aria-labelledby="statistics-table" tabIndex={0}>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t(`statistics.groupBy.${table.grouping}`)}</th>
                {shownColumns.map((column) => (
                  <th scope="col" key={column}>
                    {t(`statistics.measure.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.key ?? "none"}>
                  <th scope="row">{groupLabel(row.key)}</th>
                  {row.values.map((v, i) => (
                    <td key={shownColumns[i]}>{value(v)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t("statistics.total")}</th>
                {table.total.map((v, i) => (
                  <td key={shownColumns[i]}>{value(v)}</td>
                ))}
              </tr>
            </tfoot>
          </table>
        </div>
      </section>
    </>
  );
}
