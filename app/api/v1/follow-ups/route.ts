import { followUpsQuerySchema } from "@/lib/api/follow-ups-query";
import { followUpResource } from "@/lib/api/resources";
import { parseWith } from "@/lib/api/request-body";
import { apiRoute, preflight } from "@/lib/api/route";
import { listFollowUps } from "@/lib/server/follow-ups/list-follow-ups";
import type { DueGroup } from "@/lib/schedule/reminders";

/** Open follow-ups, soonest first, grouped as on /follow-ups (in the user's time zone). */
export const GET = apiRoute(async ({ caller, url }) => {
  const { due } = parseWith(followUpsQuerySchema, Object.fromEntries(url.searchParams));
  const { groups, total, shown } = await listFollowUps(caller.user.id, { timeZone: caller.user.timeZone });
  const wanted = (Object.keys(groups) as DueGroup[]).filter((group) => due === "all" || due === group);
  return { status: 200, body: { items: wanted.flatMap((group) => groups[group].map((item) => followUpResource(item, group))), total, shown } };
});

export const OPTIONS = preflight;
