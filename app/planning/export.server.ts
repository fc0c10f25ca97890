import ExcelJS from "exceljs";
import PDFDocument from "pdfkit";
import { translator, type Translate } from "../kit/i18n/catalogue";
import { localeOf, type Language } from "../kit/i18n/languages";
import { localize } from "../kit/i18n/localized";
import { formatDate } from "../kit/format";
import { statusCounts } from "./progress";
import type { PlanView } from "./queries.server";

/**
 * The year's action plan with its follow-up, for the national ELO group and the ministries: one row
 * per action (with its goal, the strategic goals and themes it serves, owners, deadline, indicator,
 * status and progress) and one per goal with its roll-up.
 */
interface ExportMeta {
  regionName: string;
  lang: Language;
  printedAt?: Date;
}

const strategic = (t: Translate, codes: string[]) => codes.map((c) => t(`planning.strategicGoal.${c}` as "planning.strategicGoal.quality")).join("; ");
const themes = (t: Translate, codes: string[]) => codes.map((c) => t(`planning.theme.${c}` as "planning.theme.ohjaamo")).join("; ");
const percentText = (t: Translate, value: number | null) => (value === null ? t("plan.noProgress") : t("plan.progressValue", { percent: value }));
const statusText = (t: Translate, a: { status: string; percent: number | null }) =>
  `${t(`planning.status.${a.status}` as "planning.status.done")}${a.status === "in_progress" && a.percent !== null ? ` (${a.percent} %)` : ""}`;
const ownersText = (a: PlanView["goals"][number]["actions"][number], lang: Language) => a.owners.map((o) => localize(o.name, lang).text).join("; ");
const printed = (meta: ExportMeta) =>
  new Intl.DateTimeFormat(localeOf[meta.lang], { timeZone: "Europe/Helsinki", day: "numeric", month: "numeric", year: "numeric" }).format(
    meta.printedAt ?? new Date(),
  );

export function planFileName(t: Translate, regionCode: string, year: number, format: "pdf" | "xlsx") {
  return `${t("plan.fileName")}-${regionCode}-${year}.${format}`;
}

export async function planXlsx(plan: PlanView, meta: ExportMeta): Promise<Uint8Array<ArrayBuffer>> {
  const t = translator(meta.lang);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = t("site.name");
  workbook.title = t("planning.heading", { title: t("planning.actionPlan"), year: plan.year, region: meta.regionName });

  const goals = workbook.addWorksheet(t("plan.sheetGoals"));
  goals.columns = [
    { header: t("plan.goalTitle"), key: "goal", width: 40 },
    { header: t("plan.goalDescription"), key: "description", width: 50 },
    { header: t("plan.strategicGoals"), key: "strategic", width: 50 },
    { header: t("plan.themes"), key: "themes", width: 30 },
    { header: t("plan.actions"), key: "actions", width: 12 },
    { header: t("plan.progress"), key: "progress", width: 14 },
  ];
  for (const g of plan.goals)
    goals.addRow({
      goal: g.title,
      description: g.description,
      strategic: strategic(t, g.strategicGoals),
      themes: themes(t, g.themes),
      actions: g.actions.length,
      progress: g.progress ?? "",
    });
  goals.addRow({ goal: t("planning.actionPlan"), description: plan.summary, progress: plan.progress ?? "" });

  const actions = workbook.addWorksheet(t("plan.sheetActions"));
  actions.columns = [
    { header: t("plan.goalTitle"), key: "goal", width: 30 },
    { header: t("plan.actionTitle"), key: "action", width: 40 },
    { header: t("plan.owners"), key: "owners", width: 40 },
    { header: t("plan.deadline"), key: "deadline", width: 12 },
    { header: t("plan.indicator"), key: "indicator", width: 30 },
    { header: t("plan.status"), key: "status", width: 14 },
    { header: t("plan.percent"), key: "percent", width: 12 },
    { header: t("plan.statusNote"), key: "note", width: 40 },
    { header: t("plan.strategicGoals"), key: "strategic", width: 50 },
    { header: t("plan.themes"), key: "themes", width: 30 },
  ];
  for (const g of plan.goals)
    for (const a of g.actions)
      actions.addRow({
        goal: g.title,
        action: a.title,
        owners: ownersText(a, meta.lang),
        deadline: a.deadline ?? "",
        indicator: a.indicator,
        status: t(`planning.status.${a.status}`),
        percent: a.status === "done" ? 100 : a.status === "in_progress" ? (a.percent ?? "") : a.status === "not_started" ? 0 : "",
        note: a.statusNote,
        strategic: strategic(t, g.strategicGoals),
        themes: themes(t, g.themes),
      });
  for (const sheet of [goals, actions]) {
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: "frozen", ySplit: 1 }];
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A printable A4 report. PDF's standard fonts carry the Finnish and Swedish letters (ä, ö, å). */
export function planPdf(plan: PlanView, meta: ExportMeta): Promise<Uint8Array<ArrayBuffer>> {
  const t = translator(meta.lang);
  const title = t("planning.heading", { title: t("planning.actionPlan"), year: plan.year, region: meta.regionName });
  const doc = new PDFDocument({ size: "A4", margin: 50, info: { Title: title, Author: t("site.name") }, lang: meta.lang, displayTitle: true });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => {
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });
  const all = plan.goals.flatMap((g) => g.actions);
  const counts = statusCounts(all);
  doc.font("Helvetica-Bold").fontSize(18).text(title);
  doc
    .font("Helvetica")
    .fontSize(9)
    .fillColor("#444444")
    .text(t("plan.generated", { date: printed(meta) }));
  doc.moveDown();
  doc.fillColor("#000000").fontSize(11);
  doc.text(t("plan.progressOf", { value: percentText(t, plan.progress) }));
  doc.text(t("plan.statusCounts", { total: all.length, ...counts }));
  if (plan.summary) {
    doc.moveDown(0.5).font("Helvetica-Bold").text(t("plan.summary"));
    doc.font("Helvetica").text(plan.summary);
  }
  for (const g of plan.goals) {
    doc.moveDown().font("Helvetica-Bold").fontSize(14).text(g.title);
    doc.font("Helvetica").fontSize(10);
    if (g.description) doc.text(g.description);
    doc.text(t("plan.progressOf", { value: percentText(t, g.progress) }));
    doc.text(`${t("plan.strategicGoals")}: ${strategic(t, g.strategicGoals)}`);
    if (g.themes.length) doc.text(`${t("plan.themes")}: ${themes(t, g.themes)}`);
    if (g.actions.length === 0) doc.text(t("plan.noActions"));
    for (const a of g.actions) {
      doc.moveDown(0.5).font("Helvetica-Bold").fontSize(11).text(a.title);
      doc.font("Helvetica").fontSize(10);
      const line = (label: string, value: string) => value && doc.text(`${label}: ${value}`, { indent: 12 });
      line(t("plan.owners"), ownersText(a, meta.lang));
      line(t("plan.deadline"), a.deadline ? formatDate(a.deadline, meta.lang) : "");
      line(t("plan.indicator"), a.indicator);
      line(t("plan.status"), statusText(t, a));
      line(t("plan.statusNote"), a.statusNote);
    }
  }
  doc.end();
  return done;
}
