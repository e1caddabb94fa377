import { getCurrentUser } from "../../auth/current-user";
import { isIdShaped } from "../../validation/id";

/** A signed-in download of one item's .ics; another user's id, or none, or no id at all, is a plain 404. */
export async function icsDownload(find: (userId: string, id: string) => Promise<string | null>, id: string, filename: string) {
  if (!isIdShaped(id)) return new Response("Not found", { status: 404 });
  const user = await getCurrentUser();
  if (!user) return new Response("Not signed in", { status: 401 });
  const ics = await find(user.id, id);
  if (!ics) return new Response("Not found", { status: 404 });
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
