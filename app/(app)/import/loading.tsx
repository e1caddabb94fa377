export default function Loading() {
  return (
    <div className="space-y-4" aria-busy="true" aria-label="Loading import">
      <div className="h-8 w-32 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
      <div className="h-4 w-2/3 animate-pulse rounded bg-slate-100 dark:bg-slate-800/60" />
      <div className="h-40 animate-pulse rounded-xl bg-slate-100 dark:bg-slate-800/60" />
    </div>
  );
}
