export default function Loading() {
  return (
    <div className="space-y-4" aria-busy="true" aria-label="Loading follow-ups">
      <div className="h-8 w-48 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
      {[0, 1, 2].map((row) => (
        <div key={row} className="h-24 animate-pulse rounded-lg bg-slate-100 dark:bg-slate-900" />
      ))}
    </div>
  );
}
