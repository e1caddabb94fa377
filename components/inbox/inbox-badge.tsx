import { cache } from "react";
import { getCurrentSession } from "@/lib/auth/current-user";
import { countOpenProposals } from "@/lib/server/inbox/list-proposals";

// The badge sits in both the sidebar and the phone drawer: one count per request.
const openProposals = cache(countOpenProposals);

/** The number of open proposals beside Inbox in the navigation; nothing when there are none. */
export async function InboxBadge() {
  const session = await getCurrentSession();
  const count = session ? await openProposals(session.user.id) : 0;
  if (count === 0) return null;
  return (
    <span data-testid="inbox-count" className="ml-1 inline-block min-w-5 rounded-full bg-brand-600 px-1.5 text-center text-xs font-semibold text-white">
      {count}
      <span className="sr-only"> open proposals</span>
    </span>
  );
}
