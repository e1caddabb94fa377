import { PageSkeleton } from "@/components/ui/page-skeleton";

export default function Loading() {
  return (
    <PageSkeleton label="Loading" rows={6} className="mx-auto max-w-2xl">
      <div className="h-6 w-80 animate-pulse rounded bg-slate-100 dark:bg-slate-800/60" />
    </PageSkeleton>
  );
}
