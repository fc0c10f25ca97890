import type { Language } from "../kit/i18n/languages";

export type PlanningPageKind = "action-plan" | "communication" | "assessment";

export const planningPath = (lang: Language, regionCode: string, year: number, page: PlanningPageKind) =>
  `/${lang}/work/planning/${regionCode}/${year}/${page}`;

export const planExportPath = (lang: Language, regionCode: string, year: number, format: "pdf" | "xlsx") =>
  `/${lang}/work/planning/${regionCode}/${year}/action-plan.${format}`;
