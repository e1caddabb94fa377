import { ChevronDown, ChevronUp } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { applicationsUrl } from "@/components/applications/list-url";
import { StatusBadge } from "@/components/applications/status-badge";
import { DeletedToast } from "@/components/layout/deleted-toast";
import { formatDay, formatMoment } from "@/components/timeline/dates";
import { buttonClasses } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { Pager } from "@/components/ui/pager";
import { requireUser } from "@/lib/auth/current-user";
import { listApplicationTags } from "@/lib/server/applications/list-application-tags";
import { listApplications } from "@/lib/server/applications/list-applications";
import { undoDeleteApplicationAction } from "../actions";
import { APPLICATION_STATUSES, applicationListQuerySchema, STATUS_LABELS, type ApplicationListQuery } from "@/lib/validation/application";

export const metadata: Metadata = { title: "Applications" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const COLUMNS: { label: string; sort?: ApplicationListQuery["sort"] }[] = [
  { label: "Company", sort: "company" },
  { label: "Role" },
  { label: "Status", sort: "status" },
  { label: "Applied on", sort: "appliedOn" },
  { label: "Last activity", sort: "lastActivity" },
  { label: "Tags" },
];

function first(value: string | string[] | undefined) {
  return Array.isArray(value) ? value[0] : value;
}

export default async function ApplicationsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const params = await searchParams;
  const query = applicationListQuerySchema.parse(Object.fromEntries(Object.entries(params).map(([key, value]) => [key, first(value)])));
  const deleted = first(params.deleted);
  const [{ rows, total, page, pageCount }, tags] = await Promise.all([listApplications(user.id, query), listApplicationTags(user.id)]);
  const filtered = Boolean(query.q || query.status || query.tag);

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">Applications</h1>
        <Link href="/applications/new" className={buttonClasses()}>
          New application
        </Link>
      </div>

      {deleted ? <DeletedToast message="Application deleted." undo={undoDeleteApplicationAction.bind(null, deleted)} /> : null}

      <FilterForm
        action="/applications"
        label="Filter applications"
        q={query.q}
        placeholder="Company, role or notes"
        clearHref={filtered ? applicationsUrl({ sort: query.sort, dir: query.dir }) : undefined}
      >
        <FilterSelect label="In status" name="status" value={query.status} anyLabel="All statuses" options={APPLICATION_STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] }))} />
        <FilterSelect label="Tagged" name="tag" value={query.tag} anyLabel="Any tag" options={tags.map((tag) => ({ value: tag, label: tag }))} />
        <input type="hidden" name="sort" value={query.sort} />
        <input type="hidden" name="dir" value={query.dir} />
      </FilterForm>

      {rows.length === 0 ? (
        <EmptyState filtered={filtered} />
      ) : (
        <>
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">
                Applications, sorted by {query.sort} {query.dir === "asc" ? "ascending" : "descending"}
              </caption>
              <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase text-slate-600 dark:border-slate-800 dark:bg-slate-800/40 dark:text-slate-300">
                <tr>
                  {COLUMNS.map((column) => (
                    <SortableHeader key={column.label} column={column} query={query} />
                  ))}
                </tr>
              </thead>
              {/* The cells' padding is set once here, not on each of the page's ~150 cells. */}
              <tbody className="[&_td]:px-3 [&_td]:py-2">
                {rows.map((row) => (
                  <tr key={row.id} className="border-b border-slate-100 last:border-0 dark:border-slate-800">
                    <td className="font-medium">{row.company.name}</td>
                    <td>
                      <Link href={`/applications/${row.id}`} className="text-brand-600 hover:underline">
                        {row.role}
                      </Link>
                    </td>
                    <td>
                      <StatusBadge status={row.status} />
                    </td>
                    <td className="whitespace-nowrap">{formatDay(row.appliedOn)}</td>
                    <td className="whitespace-nowrap">{formatMoment(row.lastActivityAt, user.timeZone)}</td>
                    <td>
                      {row.tags.map((tag) => (
                        <Link key={tag} href={applicationsUrl(query, { tag, page: 1 })} className="mr-1 inline-block rounded bg-slate-100 px-1.5 text-xs dark:bg-slate-800">
                          {tag}
                        </Link>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={page} pageCount={pageCount} hrefFor={(other) => applicationsUrl(query, { page: other })} summary={`${total} application${total === 1 ? "" : "s"} · page ${page} of ${pageCount}`} />
        </>
      )}
    </div>
  );
}

function SortableHeader({ column, query }: { column: (typeof COLUMNS)[number]; query: ApplicationListQuery }) {
  if (!column.sort) return <th scope="col" className="px-3 py-2">{column.label}</th>;
  const active = query.sort === column.sort;
  const nextDir = active && query.dir === "desc" ? "asc" : "desc";
  return (
    <th scope="col" className="px-3 py-2" aria-sort={active ? (query.dir === "asc" ? "ascending" : "descending") : undefined}>
      <Link href={applicationsUrl(query, { sort: column.sort, dir: nextDir, page: 1 })} className="hover:underline">
        {column.label}
        {active ? query.dir === "asc" ? <ChevronUp aria-hidden className="ml-0.5 inline size-3.5" /> : <ChevronDown aria-hidden className="ml-0.5 inline size-3.5" /> : null}
      </Link>
    </th>
  );
}

function EmptyState({ filtered }: { filtered: boolean }) {
  return (
    <div className="rounded-xl border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
      {filtered ? (
        <FormMessage tone="success" message="No application matches these filters. Clear them to see everything." />
      ) : (
        <>
          <h2 className="text-lg font-medium">No applications yet</h2>
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">Record the first job you applied for (or want to) and it will show up here and on the board.</p>
          <Link href="/applications/new" className={`${buttonClasses()} mt-4`}>
            Add your first application
          </Link>
        </>
      )}
    </div>
  );
}
