import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { neutralizeValue } from "../kit/csv/formula-cells";
import type { Translate } from "../kit/i18n/catalogue";
import { localize } from "../kit/i18n/localized";
import type { Language } from "../kit/i18n/languages";
import { indicatorKeys, indicatorParts } from "./codes";
import type { RegisterProject } from "./queries.server";

/**
 * The register as a table for reporting (decision 0219): a row per card, its figures in columns of
 * their own so that a spreadsheet can sum them. Every text cell is made safe to open in a spreadsheet.
 */
export function registerTable(projects: RegisterProject[], t: Translate, lang: Language, regionName: (code: string) => string) {
  const header = [
    t("projects.code"),
    t("projects.name"),
    t("projects.funder"),
    t("projects.programme"),
    t("projects.startsOn"),
    t("projects.endsOn"),
    t("projects.budget"),
    t("projects.realised"),
    t("projects.regions"),
    t("projects.partners"),
    t("projects.targetGroups"),
    ...indicatorKeys.flatMap((key) => indicatorParts.map((part) => t(`projects.part.${part}`, { indicator: t(`projects.indicator.${key}`) }))),
    t("projects.outputs"),
    t("projects.homepage"),
  ];
  const rows = projects.map((p) => [
    p.code,
    localize(p.name, lang).text,
    p.funder,
    p.programme,
    p.startsOn,
    p.endsOn,
    p.budgetCents === null ? null : p.budgetCents / 100,
    p.realisedCents === null ? null : p.realisedCents / 100,
    p.regionCodes.map(regionName).join(", "),
    p.partners.map((o) => localize(o.name, lang).text).join(", "),
    p.targetGroups.map((g) => t(`targetGroup.${g}` as never)).join(", "),
    ...indicatorKeys.flatMap((key) => indicatorParts.map((part) => p.indicators[key]?.[part] ?? null)),
    p.outputs,
    p.homepage ?? "",
  ]);
  return { header, rows };
}

type Table = ReturnType<typeof registerTable>;

export function registerCsv({ header, rows }: Table): string {
  // A byte order mark so that spreadsheet programs read the Finnish letters right; decimals with a point.
  return (
    "\uFEFF" +
    stringify(
      [header, ...rows].map((row) => row.map((cell) => (cell === null ? "" : neutralizeValue(cell)))),
      { delimiter: ";" },
    )
  );
}

export async function registerXlsx({ header, rows }: Table, sheetName: string, creator: string): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = creator;
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.addRow(header.map(neutralizeValue)).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((cell) => (typeof cell === "string" ? neutralizeValue(cell) : cell)));
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
