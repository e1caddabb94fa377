import { PageSkeleton } from "@/components/ui/page-skeleton";

export default function Loading() {
  return <PageSkeleton label="Loading templates" rows={5} rowClassName="h-20 rounded" />;
}
