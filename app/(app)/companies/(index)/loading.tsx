import { PageSkeleton } from "@/components/ui/page-skeleton";

export default function Loading() {
  return <PageSkeleton label="Loading companies" rows={6} rowClassName="h-10 rounded" />;
}
