import type { Metadata } from "next";
import { ApplicationForm } from "@/components/applications/application-form";
import { requireUser } from "@/lib/auth/current-user";
import { listCompanyNames } from "@/lib/server/companies/list-company-names";
import { listContactOptions } from "@/lib/server/contacts/list-contact-options";
import { createApplicationAction } from "../actions";

export const metadata: Metadata = { title: "New application" };

export default async function NewApplicationPage() {
  const user = await requireUser();
  const [companies, contacts] = await Promise.all([listCompanyNames(user.id), listContactOptions(user.id)]);
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">New application</h1>
      <ApplicationForm action={createApplicationAction} initial={{ status: "applied" }} companies={companies} contacts={contacts} />
    </div>
  );
}
