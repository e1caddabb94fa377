"use client";

import Link from "next/link";
import { Button, buttonClasses } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import type { ImportSummary } from "@/lib/import/summary";
import type { ImportKind } from "@/lib/import/fields";

const LISTED_PROBLEMS = 100;

/** Created, updated and skipped rows, each skipped row with its reason. */
export function ImportResult({
  kind,
  summary,
  message,
  onStartOver,
  onRetry,
}: {
  kind: ImportKind;
  summary: ImportSummary;
  message: string | null;
  onStartOver: () => void;
  /** When the import stopped on a failed request: sends the rest of the file again. */
  onRetry?: () => void;
}) {
  const skipped = summary.unchanged + summary.skipped.length;
  const counts = [
    { label: "Created", value: summary.created },
    { label: "Updated", value: summary.updated },
    { label: "Skipped", value: skipped },
  ];
  return (
    <section aria-labelledby="import-summary" className="space-y-5 rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900">
      <h2 id="import-summary" className="text-lg font-medium">
        {message ? "Import stopped" : "Import finished"}
      </h2>
      <FormMessage message={message} />
      <dl className="grid grid-cols-3 gap-3 text-center">
        {counts.map(({ label, value }) => (
          <div key={label} className="rounded-lg bg-slate-50 p-3 dark:bg-slate-800/60">
            <dt className="text-sm text-slate-600 dark:text-slate-400">{label}</dt>
            <dd className="text-2xl font-semibold tabular-nums">{value.toLocaleString("en-US")}</dd>
          </div>
        ))}
      </dl>
      {skipped ? (
        <div className="space-y-2 text-sm">
          <h3 className="font-medium">Skipped rows</h3>
          <ul className="space-y-1">
            {summary.unchanged ? <li>{summary.unchanged.toLocaleString("en-US")} already imported, nothing to change</li> : null}
            {summary.skipped.slice(0, LISTED_PROBLEMS).map(({ row, reason }) => (
              <li key={row}>
                <span className="font-medium">Row {row}:</span> {reason}
              </li>
            ))}
            {summary.skipped.length > LISTED_PROBLEMS ? <li>…and {summary.skipped.length - LISTED_PROBLEMS} more rows with problems.</li> : null}
          </ul>
        </div>
      ) : null}
      <div className="flex flex-wrap gap-3">
        {onRetry ? <Button onClick={onRetry}>Try again</Button> : null}
        <Link href={kind === "applications" ? "/applications" : "/contacts"} className={buttonClasses("primary")}>
          {kind === "applications" ? "See applications" : "See contacts"}
        </Link>
        <Button variant="secondary" onClick={onStartOver}>
          Import another file
        </Button>
      </div>
    </section>
  );
}
