import type { Metadata } from "next";
import Link from "next/link";
import { StatusBadge } from "@/components/applications/status-badge";
import { CompanyForm } from "@/components/contacts/company-form";
import { DeleteCompany } from "@/components/contacts/delete-company";
import { formatDay } from "@/components/timeline/dates";
import { idParam, orNotFound } from "@/lib/actions/or-not-found";
import { requireUser } from "@/lib/auth/current-user";
import { getCompany } from "@/lib/server/companies/get-company";
import { CONTACT_ROLE_LABELS } from "@/lib/validation/contact";
import { deleteCompanyAction, updateCompanyAction } from "../actions";

export const metadata: Metadata = { title: "Company" };

export default async function CompanyPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = idParam((await params).id);
  const company = await orNotFound(getCompany(user.id, id));
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold tracking-tight">{company.name}</h1>
      <div className="grid gap-8 lg:grid-cols-2">
        <section className="space-y-3">
          <h2 className="text-lg font-semibold">Applications</h2>
          {company.applications.length ? (
            <ul className="space-y-2 text-sm">
              {company.applications.map((application) => (
                <li key={application.id} className="flex items-center gap-2">
                  <Link href={`/applications/${application.id}`} className="text-brand-600 hover:underline">
                    {application.role}
                  </Link>
                  <StatusBadge status={application.status} />
                  <span className="text-xs text-slate-500">{formatDay(application.appliedOn)}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-slate-500">No applications here yet.</p>
          )}
          <h2 className="pt-4 text-lg font-semibold">Contacts</h2>
          {company.contacts.length ? (
            <ul className="space-y-2 text-sm">
              {company.contacts.map((contact) => (
                <li key={contact.id}>
                  <Link href={`/contacts/${contact.id}`} className="text-brand-600 hover:underline">
                    {contact.name}
                  </Link>
                  <span className="ml-2 text-slate-500">{[CONTACT_ROLE_LABELS[contact.role], contact.title].filter(Boolean).join(" · ")}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-slate-500">No contacts here yet.</p>
          )}
        </section>
        <section className="space-y-3">
          <h2 className="text-lg font-semibold">Details</h2>
          <CompanyForm action={updateCompanyAction.bind(null, company.id)} initial={{ name: company.name, website: company.website ?? "", notes: company.notes ?? "" }} />
          <div className="border-t border-slate-200 pt-4 dark:border-slate-800">
            <DeleteCompany name={company.name} contacts={company._count.contacts} action={deleteCompanyAction.bind(null, company.id)} />
          </div>
        </section>
      </div>
    </div>
  );
}
