import { Bell } from "lucide-react";
import { getCurrentSession } from "@/lib/auth/current-user";
import { UnreadCount } from "./unread-count";

/** The header's unread count: read with the session on the server, then kept fresh by a small poll. */
export async function UnreadBadge() {
  const session = await getCurrentSession();
  return <UnreadCount initial={session?.unreadNotifications ?? 0} icon={<Bell aria-hidden className="size-5" strokeWidth={1.75} />} />;
}
