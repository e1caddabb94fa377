import type { Metadata } from "next";
import { ApplicationForm } from "@/components/applications/application-form";
import { toFormValues } from "@/components/applications/to-form-values";
import { idParam, orNotFound } from "@/lib/actions/or-not-found";
import { requireUser } from "@/lib/auth/current-user";
import { getApplication } from "@/lib/server/applications/get-application";
import { listCompanyNames } from "@/lib/server/companies/list-company-names";
import { listContactOptions } from "@/lib/server/contacts/list-contact-options";
import { updateApplicationAction } from "../../actions";

export const metadata: Metadata = { title: "Edit application" };

export default async function EditApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = idParam((await params).id);
  const [application, companies, contacts] = await Promise.all([
    orNotFound(getApplication(user.id, id)),
    listCompanyNames(user.id),
    listContactOptions(user.id),
  ]);
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">
        Edit {application.role} at {application.company.name}
      </h1>
      <ApplicationForm action={updateApplicationAction.bind(null, application.id)} initial={toFormValues(application)} companies={companies} contacts={contacts} />
    </div>
  );
}
