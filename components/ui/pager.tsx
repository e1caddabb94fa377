import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClasses } from "./button";

type PagerProps = {
  page: number;
  pageCount: number;
  /** The address of another page of the same list (its filters kept). */
  hrefFor: (page: number) => string;
  /** What the list holds, e.g. "120 contacts · page 2 of 5". */
  summary?: ReactNode;
};

/** Previous / Next links under a paged list, named "Pages" for screen readers. */
export function Pager({ page, pageCount, hrefFor, summary }: PagerProps) {
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-3 text-sm text-slate-600 dark:text-slate-400">
      {summary ? <span>{summary}</span> : null}
      <span className="flex gap-2">
        {page > 1 ? (
          <Link href={hrefFor(page - 1)} className={buttonClasses("secondary")}>
            Previous
          </Link>
        ) : null}
        {page < pageCount ? (
          <Link href={hrefFor(page + 1)} className={buttonClasses("secondary")}>
            Next
          </Link>
        ) : null}
      </span>
    </nav>
  );
}
