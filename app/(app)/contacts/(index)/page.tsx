import type { Metadata } from "next";
import Link from "next/link";
import { DeletedToast } from "@/components/layout/deleted-toast";
import { formatMoment } from "@/components/timeline/dates";
import { buttonClasses } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { Pager } from "@/components/ui/pager";
import { requireUser } from "@/lib/auth/current-user";
import { listContacts } from "@/lib/server/contacts/list-contacts";
import { undoDeleteContactAction } from "../actions";
import { CONTACT_ROLES, CONTACT_ROLE_LABELS, contactListQuerySchema, type ContactListQuery } from "@/lib/validation/contact";

export const metadata: Metadata = { title: "Contacts" };

const SORT_LABELS: Record<ContactListQuery["sort"], string> = { nextTouch: "Next touch due", lastInteraction: "Last interaction", name: "Name" };

function contactsUrl(query: ContactListQuery, page: number) {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.role) params.set("role", query.role);
  if (query.tag) params.set("tag", query.tag);
  params.set("sort", query.sort);
  if (page > 1) params.set("page", String(page));
  return `/contacts?${params}`;
}

export default async function ContactsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const raw = await searchParams;
  const query = contactListQuerySchema.parse(Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value])));
  const { rows, total, page, pageCount } = await listContacts(user.id, query);
  const deleted = Array.isArray(raw.deleted) ? raw.deleted[0] : raw.deleted;
  const now = new Date();
  const filtered = Boolean(query.q || query.role || query.tag);

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">Contacts</h1>
        <div className="flex gap-2">
          <Link href="/companies" className={buttonClasses("secondary")}>
            Companies
          </Link>
          <Link href="/contacts/new" className={buttonClasses()}>
            New contact
          </Link>
        </div>
      </div>

      {deleted ? <DeletedToast message="Contact deleted." undo={undoDeleteContactAction.bind(null, deleted)} /> : null}

      <FilterForm action="/contacts" label="Filter contacts" q={query.q} placeholder="Name, email, title or company">
        <FilterSelect label="With role" name="role" value={query.role} anyLabel="Any role" options={CONTACT_ROLES.map((role) => ({ value: role, label: CONTACT_ROLE_LABELS[role] }))} />
        <label className="text-sm">
          <span className="mb-1 block font-medium">Tagged</span>
          <input name="tag" defaultValue={query.tag} className={inputClasses} />
        </label>
        <FilterSelect label="Sort by" name="sort" value={query.sort} options={Object.entries(SORT_LABELS).map(([value, label]) => ({ value, label }))} />
      </FilterForm>

      {rows.length === 0 ? (
        <div className="rounded-xl border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
          <h2 className="text-lg font-medium">{filtered ? "No contact matches these filters" : "No contacts yet"}</h2>
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
            {filtered ? "Try fewer words, or clear the filters." : "Add the recruiters, interviewers and friends who help with your search, and Bridges will remind you to stay in touch."}
          </p>
          {!filtered ? (
            <Link href="/contacts/new" className={`${buttonClasses()} mt-4`}>
              Add your first contact
            </Link>
          ) : null}
        </div>
      ) : (
        <>
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
            {rows.map((contact) => (
              <li key={contact.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3 text-sm">
                <div>
                  <Link href={`/contacts/${contact.id}`} className="font-medium text-brand-600 hover:underline">
                    {contact.name}
                  </Link>
                  <span className="ml-2 text-slate-500">
                    {[CONTACT_ROLE_LABELS[contact.role], contact.title, contact.company?.name].filter(Boolean).join(" · ")}
                  </span>
                  {contact.tags.length ? <span className="ml-2 text-xs text-slate-500">#{contact.tags.join(" #")}</span> : null}
                </div>
                <div className="text-right text-xs text-slate-500">
                  <div>Last: {contact.lastInteractionAt ? formatMoment(contact.lastInteractionAt, user.timeZone) : "never"}</div>
                  {contact.nextTouchAt ? (
                    <div className={contact.nextTouchAt < now ? "font-medium text-red-600" : undefined}>
                      Next touch: {formatMoment(contact.nextTouchAt, user.timeZone)}
                    </div>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
          <Pager page={page} pageCount={pageCount} hrefFor={(other) => contactsUrl(query, other)} summary={`${total} contact${total === 1 ? "" : "s"} · page ${page} of ${pageCount}`} />
        </>
      )}
    </div>
  );
}
