import { getCurrentUser } from "@/lib/auth/current-user";
import { countUnreadNotifications } from "@/lib/server/notifications/count-unread-notifications";

// Polled by the header's unread badge; tiny on purpose.
export async function GET() {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Not signed in" }, { status: 401 });
  const count = await countUnreadNotifications(user.id);
  return Response.json({ count }, { headers: { "Cache-Control": "no-store" } });
}
