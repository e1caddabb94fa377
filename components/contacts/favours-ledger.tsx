import { formatMoment } from "@/components/timeline/dates";
import { buttonClasses } from "@/components/ui/button";
import type { FavourEntry, FavourLedger } from "@/lib/server/favours/list-favours";
import { INTERACTION_KIND_LABELS } from "@/lib/validation/interaction";

type Props = {
  ledger: FavourLedger;
  timeZone: string;
  // One form per owed favour; works without client JavaScript.
  settleAction: (interactionId: string) => () => Promise<void>;
};

const GROUPS = [
  { key: "owed", title: "Owed", empty: "Nothing owed." },
  { key: "given", title: "Given", empty: "No favours given yet." },
  { key: "received", title: "Received", empty: "No favours received yet." },
] as const;

/** Who helped whom, and what the user still has to do (such as telling a referrer how it went). */
export function FavoursLedger({ ledger, timeZone, settleAction }: Props) {
  const owed = ledger.owed.length;
  return (
    // Not labelled by its heading: the log form's "Favour" field must stay the only thing of that name.
    <section className="space-y-3" data-testid="favours">
      <div className="flex items-baseline gap-3">
        <h2 className="text-lg font-semibold">
          Favours
        </h2>
        <p className={owed ? "text-sm font-medium text-amber-700 dark:text-amber-400" : "text-sm text-slate-500"}>{owed} owed</p>
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        {GROUPS.map((group) => (
          <div key={group.key} className="space-y-2">
            <h3 className="text-sm font-medium uppercase text-slate-500">{group.title}</h3>
            {ledger[group.key].length ? (
              <ul aria-label={`Favours ${group.title.toLowerCase()}`} className="space-y-2 text-sm">
                {ledger[group.key].map((entry) => (
                  <FavourItem key={entry.id} entry={entry} timeZone={timeZone} settle={group.key === "owed" ? settleAction(entry.id) : null} />
                ))}
              </ul>
            ) : (
              <p className="text-sm text-slate-500">{group.empty}</p>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}

function FavourItem({ entry, timeZone, settle }: { entry: FavourEntry; timeZone: string; settle: (() => Promise<void>) | null }) {
  return (
    <li className="rounded-md border border-slate-200 p-2 dark:border-slate-700">
      <time dateTime={entry.occurredAt.toISOString()} className="block text-xs text-slate-500">
        {formatMoment(entry.occurredAt, timeZone)} · {INTERACTION_KIND_LABELS[entry.kind as keyof typeof INTERACTION_KIND_LABELS]}
      </time>
      <p className="whitespace-pre-line">{entry.notes || "No notes"}</p>
      {settle ? (
        <form action={settle} className="mt-1">
          <button type="submit" className={buttonClasses("secondary", "text-xs")}>
            Mark settled
          </button>
        </form>
      ) : null}
    </li>
  );
}
