import type { Metadata } from "next";
import { ApplicationForm } from "@/components/applications/application-form";
import { toFormValues } from "@/components/applications/to-form-values";
import { idParam, orNotFound } from "@/lib/actions/or-not-found";
import { requireUser } from "@/lib/auth/current-user";
import { getApplication } from "@/lib/server/applications/get-application";
import { updateApplicationAction } from "../../actions";

export const metadata: Metadata = { title: "Edit application" };

export default async function EditApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = idParam((await params).id);
  const application = await orNotFound(getApplication(user.id, id));
  const referrer = application.referrer ? { value: application.referrer.id, label: application.referrer.name } : null;
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">
        Edit {application.role} at {application.company.name}
      </h1>
      <ApplicationForm action={updateApplicationAction.bind(null, application.id)} initial={toFormValues(application)} referrer={referrer} />
    </div>
  );
}
