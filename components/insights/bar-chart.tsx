import { ChartFigure, type ChartProps } from "./chart-figure";

const WIDTH = 640;
const LABEL_WIDTH = 150;
const VALUE_WIDTH = 90;
const ROW = 34;

/** Horizontal bars, one per row: a funnel, or counts by category. */
export function BarChart(props: ChartProps) {
  const { data } = props;
  const max = Math.max(1, ...data.map((datum) => datum.value));
  const barSpace = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const height = data.length * ROW;
  return (
    <ChartFigure {...props}>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} className="h-auto w-full" aria-hidden="true" focusable="false">
        {data.map((datum, i) => {
          const y = i * ROW;
          const width = datum.value ? Math.max(2, (datum.value / max) * barSpace) : 0;
          return (
            <g key={datum.label}>
              <text x={LABEL_WIDTH - 10} y={y + ROW / 2} textAnchor="end" dominantBaseline="middle" className="fill-slate-700 text-[13px] dark:fill-slate-200">
                {datum.label}
              </text>
              <rect x={LABEL_WIDTH} y={y + 6} width={barSpace} height={ROW - 12} rx={4} className="fill-slate-100 dark:fill-slate-800" />
              <rect x={LABEL_WIDTH} y={y + 6} width={width} height={ROW - 12} rx={4} className="fill-brand-600 dark:fill-brand-500" />
              <text x={LABEL_WIDTH + barSpace + 8} y={y + ROW / 2} dominantBaseline="middle" className="fill-slate-900 text-[13px] font-medium tabular-nums dark:fill-slate-100">
                {datum.value}
                {datum.detail ? ` · ${datum.detail}` : ""}
              </text>
            </g>
          );
        })}
      </svg>
    </ChartFigure>
  );
}
