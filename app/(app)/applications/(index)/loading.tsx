import { PageSkeleton } from "@/components/ui/page-skeleton";

export default function Loading() {
  return (
    <PageSkeleton label="Loading applications" rows={8}>
      <div className="h-10 animate-pulse rounded bg-slate-100 dark:bg-slate-800/60" />
    </PageSkeleton>
  );
}
