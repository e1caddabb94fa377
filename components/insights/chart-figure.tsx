import type { ReactNode } from "react";

export type Datum = { label: string; value: number; detail?: string };

/**
 * A chart as a figure: the SVG is for the eye (hidden from screen readers), the table beside
 * it carries the same numbers for assistive technology. Server-rendered, no client JavaScript.
 */
export type ChartProps = { title: string; description?: string; data: readonly Datum[]; labelHeader: string; valueHeader: string };

export function ChartFigure({ title, description, data, labelHeader, valueHeader, children }: ChartProps & { children: ReactNode }) {
  return (
    <figure className="space-y-3 rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900">
      <figcaption>
        <h2 className="text-base font-medium">{title}</h2>
        {description ? <p className="text-sm text-slate-600 dark:text-slate-400">{description}</p> : null}
      </figcaption>
      {children}
      <table className="sr-only">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{labelHeader}</th>
            <th scope="col">{valueHeader}</th>
          </tr>
        </thead>
        <tbody>
          {data.map((datum) => (
            <tr key={datum.label}>
              <th scope="row">{datum.label}</th>
              <td>
                {datum.value}
                {datum.detail ? ` (${datum.detail})` : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
