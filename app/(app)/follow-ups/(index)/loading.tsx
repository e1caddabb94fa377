import { PageSkeleton } from "@/components/ui/page-skeleton";

export default function Loading() {
  return <PageSkeleton label="Loading follow-ups" rows={3} rowClassName="h-24 rounded-lg" />;
}
