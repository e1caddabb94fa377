export default function Loading() {
  return (
    <div className="space-y-4" aria-busy="true" aria-label="Loading letters">
      <div className="h-8 w-40 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
      {Array.from({ length: 5 }, (_, index) => (
        <div key={index} className="h-20 animate-pulse rounded bg-slate-100 dark:bg-slate-800/60" />
      ))}
    </div>
  );
}
