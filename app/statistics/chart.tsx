import { formatNumber } from "~/kit/i18n/numbers";
import type { Language } from "~/kit/i18n/languages";

export interface Bar {
  label: string;
  value: number;
}

const width = 640;
const height = 220;
const margin = { top: 16, right: 8, bottom: 40, left: 48 };

/** A rounded top for the axis: 1, 2, 5 × a power of ten at or above the largest value. */
export function niceMaximum(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((step) => step * power).find((top) => top >= value)!;
}

/**
 * A bar chart drawn on the server as SVG (decision 0203): no script, readable at any zoom. The
 * picture has a title and a description; the table beside it gives the same figures in full.
 */
export function BarChart({ id, title, description, bars, lang }: { id: string; title: string; description: string; bars: Bar[]; lang: Language }) {
  const top = niceMaximum(Math.max(0, ...bars.map((b) => b.value)));
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const slot = plotWidth / Math.max(1, bars.length);
  const y = (value: number) => margin.top + plotHeight - (value / top) * plotHeight;
  return (
    <svg className="bar-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} width="100%">
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {[0, top / 2, top].map((tick) => (
        <g key={tick}>
          <line x1={margin.left} x2={width - margin.right} y1={y(tick)} y2={y(tick)} className="bar-chart__grid" />
          <text x={margin.left - 6} y={y(tick) + 4} textAnchor="end" className="bar-chart__tick">
            {formatNumber(tick, lang)}
          </text>
        </g>
      ))}
      {bars.map((bar, index) => {
        const x = margin.left + index * slot + slot * 0.15;
        return (
          <g key={bar.label}>
            <rect x={x} y={y(bar.value)} width={slot * 0.7} height={Math.max(0, margin.top + plotHeight - y(bar.value))} className="bar-chart__bar" />
            <text x={x + slot * 0.35} y={height - margin.bottom + 16} textAnchor="middle" className="bar-chart__tick">
              {bar.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
