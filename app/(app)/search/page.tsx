import type { Metadata } from "next";
import Link from "next/link";
import { StatusBadge } from "@/components/applications/status-badge";
import { requireUser } from "@/lib/auth/current-user";
import { searchEverything } from "@/lib/server/search/search-everything";

export const metadata: Metadata = { title: "Search" };

export default async function SearchPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const user = await requireUser();
  const raw = (await searchParams).q;
  const results = await searchEverything(user.id, (Array.isArray(raw) ? raw[0] : raw) ?? "");
  const count = results.applications.length + results.contacts.length + results.companies.length;

  if (!results.q) {
    return (
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Search</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">Type a company, a role, a person or a tag in the search box above.</p>
      </div>
    );
  }
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Results for “{results.q}”</h1>
      {count === 0 ? <p className="text-sm text-slate-600 dark:text-slate-400">Nothing matches. Try fewer letters, or part of a name.</p> : null}
      {results.applications.length ? (
        <ResultSection title="Applications">
          {results.applications.map((application) => (
            <li key={application.id} className="flex items-center gap-2">
              <Link href={`/applications/${application.id}`} className="text-brand-600 hover:underline">
                {application.role} at {application.company.name}
              </Link>
              <StatusBadge status={application.status} />
            </li>
          ))}
        </ResultSection>
      ) : null}
      {results.contacts.length ? (
        <ResultSection title="Contacts">
          {results.contacts.map((contact) => (
            <li key={contact.id}>
              <Link href={`/contacts/${contact.id}`} className="text-brand-600 hover:underline">
                {contact.name}
              </Link>
              <span className="ml-2 text-slate-500">{[contact.title, contact.company?.name, contact.email].filter(Boolean).join(" · ")}</span>
            </li>
          ))}
        </ResultSection>
      ) : null}
      {results.companies.length ? (
        <ResultSection title="Companies">
          {results.companies.map((company) => (
            <li key={company.id}>
              <Link href={`/companies/${company.id}`} className="text-brand-600 hover:underline">
                {company.name}
              </Link>
              <span className="ml-2 text-slate-500">
                {company._count.applications} application{company._count.applications === 1 ? "" : "s"}, {company._count.contacts} contact{company._count.contacts === 1 ? "" : "s"}
              </span>
            </li>
          ))}
        </ResultSection>
      ) : null}
    </div>
  );
}

function ResultSection({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="space-y-2">
      <h2 className="text-lg font-semibold">{title}</h2>
      <ul className="space-y-1 text-sm">{children}</ul>
    </section>
  );
}
