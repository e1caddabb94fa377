import { PageSkeleton } from "@/components/ui/page-skeleton";

export default function Loading() {
  return <PageSkeleton label="Loading notifications" rows={4} rowClassName="h-16 rounded-lg" />;
}
