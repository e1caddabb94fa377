import { ArrowRight, CalendarDays, Check, CirclePlus, CircleX, Mail, Pencil, Phone, type LucideIcon } from "lucide-react";
import type { TimelineEntry } from "@/lib/server/activity/list-timeline";
import { formatMoment } from "./dates";

const ICONS: Record<TimelineEntry["kind"], LucideIcon> = {
  created: CirclePlus,
  status_changed: ArrowRight,
  interview_added: CalendarDays,
  note_added: Pencil,
  interaction_logged: Phone,
  rejection_logged: CircleX,
  letter_sent: Mail,
  follow_up_done: Check,
};

export function Timeline({ entries, timeZone }: { entries: TimelineEntry[]; timeZone: string }) {
  if (!entries.length) return <p className="text-sm text-slate-500">Nothing has happened here yet.</p>;
  return (
    <ol className="space-y-3 border-l border-slate-200 pl-4 dark:border-slate-700">
      {entries.map((entry) => {
        const Icon = ICONS[entry.kind];
        return (
          <li key={entry.id} className="flex gap-2 text-sm">
            <Icon aria-hidden className="mt-0.5 size-4 shrink-0 text-slate-500 dark:text-slate-400" />
            <div>
              {entry.summary}
              <time dateTime={entry.occurredAt.toISOString()} className="block text-xs text-slate-500">
                {formatMoment(entry.occurredAt, timeZone)}
              </time>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
