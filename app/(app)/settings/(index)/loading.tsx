import { PageSkeleton } from "@/components/ui/page-skeleton";

export default function Loading() {
  return <PageSkeleton label="Loading settings" rows={2} rowClassName="h-48 rounded-xl" className="max-w-3xl" />;
}
