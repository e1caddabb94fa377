import type { ReactNode } from "react";

type Props = {
  /** What is loading, for screen readers ("Loading contacts"). */
  label?: string;
  rows: number;
  /** The height (and shape) of one placeholder row, as Tailwind classes. */
  rowClassName?: string;
  className?: string;
  /** Placeholders between the title and the rows (a filter bar, an intro line). */
  children?: ReactNode;
};

/** A route's loading.tsx: a title bar and a few pulsing rows shaped like the page to come. */
export function PageSkeleton({ label = "Loading", rows, rowClassName = "h-12 rounded", className = "", children }: Props) {
  return (
    <div className={`space-y-4 ${className}`} aria-busy="true" aria-label={label}>
      <div className="h-8 w-48 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
      {children}
      {Array.from({ length: rows }, (_, index) => (
        <div key={index} className={`animate-pulse bg-slate-100 dark:bg-slate-800/60 ${rowClassName}`} />
      ))}
    </div>
  );
}
