import type { TimelineEntry } from "@/lib/server/activity/list-timeline";
import { formatMoment } from "./dates";

const ICONS: Record<TimelineEntry["kind"], string> = {
  created: "✚",
  status_changed: "→",
  interview_added: "🗓",
  note_added: "✎",
  interaction_logged: "☎",
  rejection_logged: "✕",
  letter_sent: "✉",
  follow_up_done: "✓",
};

export function Timeline({ entries, timeZone }: { entries: TimelineEntry[]; timeZone: string }) {
  if (!entries.length) return <p className="text-sm text-slate-500">Nothing has happened here yet.</p>;
  return (
    <ol className="space-y-3 border-l border-slate-200 pl-4 dark:border-slate-700">
      {entries.map((entry) => (
        <li key={entry.id} className="text-sm">
          <span aria-hidden className="mr-2">{ICONS[entry.kind]}</span>
          {entry.summary}
          <time dateTime={entry.occurredAt.toISOString()} className="block text-xs text-slate-500">
            {formatMoment(entry.occurredAt, timeZone)}
          </time>
        </li>
      ))}
    </ol>
  );
}
