import { ChartFigure, type ChartProps } from "./chart-figure";

const WIDTH = 640;
const HEIGHT = 200;
const AXIS = 24;
const TOP = 18;

/** Vertical columns over time (one per week), the value written above each column. */
export function ColumnChart(props: ChartProps) {
  const { data } = props;
  const max = Math.max(1, ...data.map((datum) => datum.value));
  const slot = WIDTH / Math.max(1, data.length);
  const plot = HEIGHT - AXIS - TOP;
  return (
    <ChartFigure {...props}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full" aria-hidden="true" focusable="false">
        <line x1={0} x2={WIDTH} y1={HEIGHT - AXIS} y2={HEIGHT - AXIS} className="stroke-slate-300 dark:stroke-slate-700" />
        {data.map((datum, i) => {
          const height = (datum.value / max) * plot;
          const x = i * slot + slot * 0.2;
          const y = HEIGHT - AXIS - height;
          return (
            <g key={datum.label}>
              <rect x={x} y={y} width={slot * 0.6} height={height} rx={3} className="fill-brand-600 dark:fill-brand-500" />
              {datum.value ? (
                <text x={x + slot * 0.3} y={y - 5} textAnchor="middle" className="fill-slate-900 text-[12px] tabular-nums dark:fill-slate-100">
                  {datum.value}
                </text>
              ) : null}
              <text x={x + slot * 0.3} y={HEIGHT - 7} textAnchor="middle" className="fill-slate-500 text-[11px] dark:fill-slate-400">
                {datum.label}
              </text>
            </g>
          );
        })}
      </svg>
    </ChartFigure>
  );
}
