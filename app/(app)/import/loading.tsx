import { PageSkeleton } from "@/components/ui/page-skeleton";

export default function Loading() {
  return (
    <PageSkeleton label="Loading import" rows={1} rowClassName="h-40 rounded-xl">
      <div className="h-4 w-2/3 animate-pulse rounded bg-slate-100 dark:bg-slate-800/60" />
    </PageSkeleton>
  );
}
