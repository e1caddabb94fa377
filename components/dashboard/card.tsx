import Link from "next/link";

export function DashboardCard({
  title,
  id,
  action,
  children,
}: {
  title: string;
  id: string;
  action?: { href: string; label: string };
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <div className="mb-3 flex items-baseline justify-between gap-2">
        <h2 id={id} className="text-base font-semibold">
          {title}
        </h2>
        {action ? (
          <Link href={action.href} className="text-sm text-brand-600 hover:underline">
            {action.label}
          </Link>
        ) : null}
      </div>
      {children}
    </section>
  );
}

export function EmptyState({ children }: { children: React.ReactNode }) {
  return <p className="rounded-lg bg-slate-50 px-3 py-4 text-sm text-slate-600 dark:bg-slate-800/50 dark:text-slate-400">{children}</p>;
}

/** The same box as a card, pulsing, while its data streams in — so nothing shifts on load. */
export function CardSkeleton({ lines = 3 }: { lines?: number }) {
  return (
    <div aria-hidden className="animate-pulse rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900">
      <div className="mb-4 h-4 w-1/3 rounded bg-slate-200 dark:bg-slate-700" />
      {Array.from({ length: lines }, (_, i) => (
        <div key={i} className="mb-2 h-3 rounded bg-slate-100 dark:bg-slate-800" />
      ))}
    </div>
  );
}
