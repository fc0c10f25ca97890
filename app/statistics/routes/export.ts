import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { neutralizeValue } from "~/kit/csv/formula-cells";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { localize } from "~/kit/i18n/localized";
import { privateDownload } from "~/kit/http/download.server";
import { forbiddenResponse, notFoundResponse } from "~/kit/http/respond.server";
import { isChannelCode, shownColumns } from "../measures";
import { statisticsRequest, statisticsTable } from "../view.server";
import type { Route } from "./+types/export";

/**
 * `/:lang/work/statistics/export.csv` and `export.xlsx`: the table of the statistics page under the
 * same filters, with a row per group and the total. Figures only, no personal data; every text cell
 * is made safe to open in a spreadsheet.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const t = translator(lang);
  const format = params.file === "export.csv" ? "csv" : params.file === "export.xlsx" ? "xlsx" : null;
  if (!format) throw notFoundResponse(lang);
  const { scope, filters } = await statisticsRequest(request, lang);
  const table = await statisticsTable(scope, filters);
  if (!table) throw forbiddenResponse(lang);
  const label = (key: string | null) => {
    if (key === null) return t(`statistics.none.${table.grouping}`);
    if (table.grouping === "organization") return localize(table.names.organizations[key], lang).text || key;
    if (table.grouping === "service") return localize(table.names.services[key], lang).text || key;
    if (table.grouping === "channel") return isChannelCode(key) ? t(`statistics.channel.${key}`) : key;
    return key;
  };
  const header = [t(`statistics.groupBy.${table.grouping}`), ...shownColumns.map((c) => t(`statistics.measure.${c}`))];
  const rows = [...table.rows.map((r) => [label(r.key), ...r.values]), [t("statistics.total"), ...table.total]];
  const fileName = `elo-statistics-${table.period.from}-${table.period.to}.${format}`;
  if (format === "csv") {
    // A byte order mark so that spreadsheet programs read the Finnish letters right.
    const csv =
      "\uFEFF" +
      stringify(
        [header, ...rows].map((row) => row.map((cell) => (cell === null ? "" : neutralizeValue(cell)))),
        { delimiter: ";" },
      );
    return privateDownload(csv, "csv", fileName);
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = t("site.name");
  const sheet = workbook.addWorksheet(t("statistics.title").slice(0, 31));
  sheet.addRow(header.map(neutralizeValue)).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((cell) => (typeof cell === "string" ? neutralizeValue(cell) : cell)));
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  return privateDownload(new Uint8Array(await workbook.xlsx.writeBuffer()), "xlsx", fileName);
}
