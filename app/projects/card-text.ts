import type { Translate } from "../kit/i18n/catalogue";
import { formatCount, formatEuros } from "../kit/format";
import type { Language } from "../kit/i18n/languages";
import { indicatorKeys, type IndicatorFigures, type Indicators } from "./codes";

/** "86, joista naisia 71"; the total alone when women were not counted; null when nothing is known. */
export function figureText(total: number | undefined, women: number | undefined, t: Translate, lang: Language): string | null {
  if (total === undefined) return null;
  return women === undefined ? formatCount(total, lang) : t("projects.figure", { total, women });
}

/** The card's figures as rows of label, planned and realised text, only those with something recorded. */
export function indicatorRows(indicators: Indicators, t: Translate, lang: Language) {
  return indicatorKeys
    .filter((key) => indicators[key] && Object.keys(indicators[key]).length > 0)
    .map((key) => {
      const f: IndicatorFigures = indicators[key]!;
      return {
        key,
        label: t(`projects.indicator.${key}`),
        planned: figureText(f.plannedTotal, f.plannedWomen, t, lang),
        realised: figureText(f.realisedTotal, f.realisedWomen, t, lang),
      };
    });
}

export const euros = (cents: number | null, lang: Language) => (cents === null ? null : formatEuros(cents, lang));
