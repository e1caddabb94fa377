import { PageSkeleton } from "@/components/ui/page-skeleton";

export default function Loading() {
  return <PageSkeleton label="Loading letters" rows={5} rowClassName="h-20 rounded" />;
}
