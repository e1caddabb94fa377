import type { Metadata } from "next";
import Link from "next/link";
import { FollowUpActions } from "@/components/follow-ups/follow-up-actions";
import { LiveRefresh } from "@/components/notifications/live-refresh";
import { MarkAllReadButton, MarkReadButton } from "@/components/notifications/mark-read-button";
import { requireUser } from "@/lib/auth/current-user";
import { formatInZone } from "@/lib/schedule/zoned";
import { listNotifications } from "@/lib/server/notifications/list-notifications";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ before?: string }> }) {
  const user = await requireUser();
  const { before } = await searchParams;
  const { items, hasMore } = await listNotifications(user.id, { before });
  const unread = items.some((item) => !item.readAt);
  // A follow-up reminded twice (after a snooze) gets its buttons once, on the newest reminder.
  const withActions = new Set<string>();
  const showsActions = (followUp: { id: string; status: string } | null) => {
    if (!followUp || (followUp.status !== "pending" && followUp.status !== "snoozed") || withActions.has(followUp.id)) return false;
    withActions.add(followUp.id);
    return true;
  };
  return (
    <div className="space-y-6">
      <LiveRefresh />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">Notifications</h1>
        <div className="flex items-center gap-3">
          <Link href="/notifications/outbox" className="text-sm text-brand-600 hover:underline">
            E-mail outbox
          </Link>
          {unread ? <MarkAllReadButton /> : null}
        </div>
      </div>
      {items.length === 0 ? (
        <section className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center dark:border-slate-700 dark:bg-slate-900">
          <h2 className="text-lg font-medium">No notifications yet</h2>
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">When a follow-up comes due, its reminder appears here.</p>
        </section>
      ) : (
        <ul aria-label="Notifications" className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
          {items.map((item) => (
            <li key={item.id} className={`flex flex-wrap items-start justify-between gap-3 p-4 ${item.readAt ? "opacity-70" : ""}`}>
              <div className="space-y-1">
                <p className="font-medium">
                  {item.readAt ? null : <>
                      <span className="mr-2 inline-block size-2 rounded-full bg-brand-600" aria-hidden />
                      <span className="sr-only">Unread: </span>
                    </>}
                  {item.url ? (
                    <Link href={item.url} className="hover:underline">
                      {item.title}
                    </Link>
                  ) : (
                    item.title
                  )}
                </p>
                {item.body ? <p className="whitespace-pre-line text-sm text-slate-600 dark:text-slate-400">{item.body}</p> : null}
                <p className="text-xs text-slate-500">
                  <time dateTime={item.createdAt.toISOString()}>{formatInZone(item.createdAt, user.timeZone)}</time>
                </p>
              </div>
              <div className="flex flex-wrap items-start gap-2">
                {/* A reminder carries its follow-up's own buttons while the follow-up is open. */}
                {item.followUp && showsActions(item.followUp) ? (
                  <FollowUpActions followUp={item.followUp} />
                ) : null}
                {item.readAt ? null : <MarkReadButton id={item.id} title={item.title} />}
              </div>
            </li>
          ))}
        </ul>
      )}
      {hasMore ? (
        <Link href={`/notifications?before=${items.at(-1)!.id}`} className="text-sm text-brand-600 hover:underline">
          Older notifications
        </Link>
      ) : null}
    </div>
  );
}
