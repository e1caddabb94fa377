import type { Metadata } from "next";
import Link from "next/link";
import { FollowUpItem } from "@/components/follow-ups/follow-up-item";
import { buttonClasses } from "@/components/ui/button";
import { Pager } from "@/components/ui/pager";
import { requireUser } from "@/lib/auth/current-user";
import { DUE_GROUP_LABELS, type DueGroup } from "@/lib/schedule/reminders";
import { listFollowUpPage } from "@/lib/server/follow-ups/list-follow-up-page";

export const metadata: Metadata = { title: "Follow-ups" };

const GROUP_ORDER: DueGroup[] = ["overdue", "today", "week", "later"];

export default async function FollowUpsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requireUser();
  const requested = Number((await searchParams).page);
  const { groups, counts, total, page, pageCount } = await listFollowUpPage(user.id, {
    timeZone: user.timeZone,
    page: Number.isInteger(requested) && requested > 0 ? requested : 1,
  });
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">Follow-ups</h1>
        <Link href="/follow-ups/new" className={buttonClasses("primary")}>
          New follow-up
        </Link>
      </div>
      {total === 0 ? (
        <section className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center dark:border-slate-700 dark:bg-slate-900">
          <h2 className="text-lg font-medium">No follow-ups yet</h2>
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
            Add one by hand, or accept the plan proposed after a rejection. You will be reminded in the app, by e-mail and in your calendar.
          </p>
        </section>
      ) : (
        GROUP_ORDER.filter((group) => groups[group].length > 0).map((group) => (
          <section key={group} aria-labelledby={`group-${group}`} className="space-y-3">
            <h2 id={`group-${group}`} className="text-lg font-medium">
              {DUE_GROUP_LABELS[group]} <span className="text-sm font-normal text-slate-500">({counts[group]})</span>
            </h2>
            <ul className="space-y-3">
              {groups[group].map((item) => (
                <FollowUpItem key={item.id} item={item} timeZone={user.timeZone} overdue={group === "overdue"} />
              ))}
            </ul>
          </section>
        ))
      )}
      {pageCount > 1 ? (
        <Pager page={page} pageCount={pageCount} hrefFor={(other) => `/follow-ups?page=${other}`} summary={`${total} open follow-ups · page ${page} of ${pageCount}`} />
      ) : null}
    </div>
  );
}
