export default function Loading() {
  return (
    <div className="flex gap-3 overflow-hidden" aria-busy="true" aria-label="Loading the board">
      {Array.from({ length: 5 }, (_, index) => (
        <div key={index} className="h-96 w-60 shrink-0 animate-pulse rounded-lg bg-slate-100 dark:bg-slate-800/60" />
      ))}
    </div>
  );
}
