/**
 * A horizontal bar chart drawn on the server as SVG. Each bar carries its label and value as text, so
 * that nothing is told by colour or length alone; the page gives the same numbers in a table as well.
 */
export interface Bar {
  label: string;
  value: number;
  /** The value as text beside the bar ("3", "2,3"). */
  valueLabel: string;
}

export function BarChart({ id, title, bars, max }: { id: string; title: string; bars: Bar[]; max: number }) {
  const labelWidth = 80;
  const barArea = 200;
  const rowHeight = 28;
  const height = bars.length * rowHeight + 8;
  const width = labelWidth + barArea + 50;
  return (
    <svg className="chart" role="img" aria-labelledby={`${id}-title`} viewBox={`0 0 ${width} ${height}`} width="100%" preserveAspectRatio="xMinYMin meet">
      <title id={`${id}-title`}>{`${title}: ${bars.map((b) => `${b.label} ${b.valueLabel}`).join(", ")}`}</title>
      {bars.map((b, i) => {
        const y = 4 + i * rowHeight;
        const w = max > 0 ? Math.round((b.value / max) * barArea) : 0;
        return (
          <g key={b.label}>
            <text x={labelWidth - 8} y={y + 17} textAnchor="end" fontSize="14" fill="#1f1f1f">
              {b.label}
            </text>
            <rect x={labelWidth} y={y + 4} width={barArea} height={18} fill="#ffffff" stroke="#7a7a7a" />
            <rect x={labelWidth} y={y + 4} width={w} height={18} fill="#2a6ebb" />
            <text x={labelWidth + barArea + 8} y={y + 17} fontSize="14" fill="#1f1f1f">
              {b.valueLabel}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
