import type { Metadata } from "next";
import { ApplicationForm } from "@/components/applications/application-form";
import { ClippedApplicationForm } from "@/components/applications/clipped-application-form";
import { requireUser } from "@/lib/auth/current-user";
import { listCompanyNames } from "@/lib/server/companies/list-company-names";
import { listContactOptions } from "@/lib/server/contacts/list-contact-options";
import { isHttpUrl } from "@/lib/validation/fields";
import { createApplicationAction } from "../actions";

export const metadata: Metadata = { title: "New application" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function NewApplicationPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const [companies, contacts, query] = await Promise.all([listCompanyNames(user.id), listContactOptions(user.id), searchParams]);
  // Opened by the bookmarklet: ?clip=1&url=… (the page itself follows by postMessage).
  const clipUrl = typeof query.url === "string" && query.url.length <= 2048 && isHttpUrl(query.url) ? query.url : undefined;
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">New application</h1>
      {query.clip === "1" ? (
        <ClippedApplicationForm action={createApplicationAction} initial={{ status: "wishlist", postingUrl: clipUrl }} companies={companies} contacts={contacts} />
      ) : (
        <ApplicationForm action={createApplicationAction} initial={{ status: "applied" }} companies={companies} contacts={contacts} />
      )}
    </div>
  );
}
