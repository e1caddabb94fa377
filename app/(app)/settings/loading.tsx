export default function Loading() {
  return (
    <div className="max-w-3xl space-y-6" aria-busy="true" aria-label="Loading settings">
      <div className="h-8 w-40 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
      {[0, 1].map((row) => (
        <div key={row} className="h-48 animate-pulse rounded-xl bg-slate-100 dark:bg-slate-900" />
      ))}
    </div>
  );
}
