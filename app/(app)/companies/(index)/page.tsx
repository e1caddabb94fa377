import type { Metadata } from "next";
import Link from "next/link";
import { Pager } from "@/components/ui/pager";
import { requireUser } from "@/lib/auth/current-user";
import { listCompanies } from "@/lib/server/companies/list-companies";

export const metadata: Metadata = { title: "Companies" };

export default async function CompaniesPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requireUser();
  const requested = Number((await searchParams).page);
  const { rows, page, pageCount } = await listCompanies(user.id, Number.isInteger(requested) && requested > 0 ? requested : 1);
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-semibold tracking-tight">Companies</h1>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Companies appear here as you add <Link href="/applications/new" className="text-brand-600 underline">applications</Link> and{" "}
          <Link href="/contacts/new" className="text-brand-600 underline">contacts</Link>.
        </p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
          {rows.map((company) => (
            <li key={company.id} className="flex items-center justify-between px-4 py-3">
              <Link href={`/companies/${company.id}`} className="font-medium text-brand-600 hover:underline">
                {company.name}
              </Link>
              <span className="text-slate-500">
                {company._count.applications} application{company._count.applications === 1 ? "" : "s"} · {company._count.contacts} contact{company._count.contacts === 1 ? "" : "s"}
              </span>
            </li>
          ))}
        </ul>
      )}
      {pageCount > 1 ? (
        <Pager page={page} pageCount={pageCount} hrefFor={(other) => `/companies?page=${other}`} />
      ) : null}
    </div>
  );
}
