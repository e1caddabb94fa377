import type { FollowUpRow } from "@/lib/server/follow-ups/list-follow-up-page";
import { formatInZone } from "@/lib/schedule/zoned";
import { FollowUpAbout } from "./follow-up-about";
import { FollowUpMenu } from "./follow-up-menu";

export function FollowUpItem({ item, timeZone, overdue }: { item: FollowUpRow; timeZone: string; overdue?: boolean }) {
  return (
    <li id={`follow-up-${item.id}`} className="follow-up-card">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-medium">{item.title}</h3>
        <time dateTime={item.dueAt.toISOString()} className={`text-sm ${overdue ? "font-medium text-red-700 dark:text-red-400" : "text-slate-600 dark:text-slate-400"}`}>
          {formatInZone(item.dueAt, timeZone)}
        </time>
      </div>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        <FollowUpAbout contact={item.contact} application={item.application} />
        {item.cadenceDays ? <span> · every {item.cadenceDays} days</span> : null}
        {item.status === "snoozed" ? <span> · snoozed</span> : null}
      </p>
      <FollowUpMenu id={item.id} title={item.title} />
    </li>
  );
}
