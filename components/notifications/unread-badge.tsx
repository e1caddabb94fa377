import { countUnreadNotifications } from "@/lib/server/notifications/count-unread-notifications";
import { UnreadCount } from "./unread-count";

/** The header's unread count: rendered on the server, then kept fresh by a small poll. */
export async function UnreadBadge({ userId }: { userId: string }) {
  const count = await countUnreadNotifications(userId);
  return <UnreadCount initial={count} />;
}
