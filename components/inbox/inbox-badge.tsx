import { getCurrentSession } from "@/lib/auth/current-user";

/** The number of open proposals beside Inbox in the navigation; nothing when there are none. */
export async function InboxBadge() {
  // Counted by the session's own query (the badge sits in both the sidebar and the phone drawer).
  const count = (await getCurrentSession())?.openProposals ?? 0;
  if (count === 0) return null;
  return (
    <span data-testid="inbox-count" className="ml-1 inline-block min-w-5 rounded-full bg-brand-600 px-1.5 text-center text-xs font-semibold text-white">
      {count}
      <span className="sr-only"> open proposals</span>
    </span>
  );
}
