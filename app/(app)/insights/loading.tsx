export default function Loading() {
  return (
    <div className="space-y-6" aria-busy="true" aria-label="Loading insights">
      <div className="h-8 w-36 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
      <div className="grid gap-4 sm:grid-cols-3">
        {Array.from({ length: 3 }, (_, index) => (
          <div key={index} className="h-28 animate-pulse rounded-xl bg-slate-100 dark:bg-slate-800/60" />
        ))}
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        {Array.from({ length: 4 }, (_, index) => (
          <div key={index} className="h-64 animate-pulse rounded-xl bg-slate-100 dark:bg-slate-800/60" />
        ))}
      </div>
    </div>
  );
}
