import type { Metadata } from "next";
import { ApplicationForm } from "@/components/applications/application-form";
import { ClippedApplicationForm } from "@/components/applications/clipped-application-form";
import { requireUser } from "@/lib/auth/current-user";
import { isHttpUrl } from "@/lib/validation/fields";
import { createApplicationAction } from "../actions";

export const metadata: Metadata = { title: "New application" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function NewApplicationPage({ searchParams }: { searchParams: SearchParams }) {
  await requireUser();
  const query = await searchParams;
  // Opened by the bookmarklet: ?clip=1&url=… (the page itself follows by postMessage).
  const clipUrl = typeof query.url === "string" && query.url.length <= 2048 && isHttpUrl(query.url) ? query.url : undefined;
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">New application</h1>
      {query.clip === "1" ? (
        <ClippedApplicationForm action={createApplicationAction} initial={{ status: "wishlist", postingUrl: clipUrl }} />
      ) : (
        <ApplicationForm action={createApplicationAction} initial={{ status: "applied" }} />
      )}
    </div>
  );
}
