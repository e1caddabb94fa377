import type { LetterStatus } from "@prisma/client";
import Link from "next/link";
import { formatDay } from "@/components/timeline/dates";
import { buttonClasses } from "@/components/ui/button";
import type { RejectionStanding } from "@/lib/server/rejections/get-rejection-standing";
import { REJECTION_CHANNEL_LABELS, REJECTION_STAGE_LABELS } from "@/lib/validation/rejection-options";

const LETTER_STATES: Record<LetterStatus, string> = { draft: "to write", sent: "sent", skipped: "skipped" };

const plural = (count: number, one: string) => `${count} ${one}${count === 1 ? "" : "s"}`;

/** An application's rejection once the flow is left: what was logged, its letters, its plan, and where to continue. */
export function RejectionStandingSection({ standing }: { standing: RejectionStanding }) {
  const base = `/applications/${standing.applicationId}/rejection`;
  const toWrite = standing.letters.filter((letter) => letter.status === "draft").length;
  const stage = standing.stageReached === "interview" && standing.stageRound ? `Interview round ${standing.stageRound}` : REJECTION_STAGE_LABELS[standing.stageReached];
  const details: [string, React.ReactNode][] = [
    ["Received on", formatDay(standing.receivedOn)],
    ["Stage reached", `${stage}${standing.closeSecond ? " (a close second)" : ""}`],
    ["Channel", REJECTION_CHANNEL_LABELS[standing.channel]],
    [
      "Sender",
      standing.sender ? (
        <Link href={`/contacts/${standing.sender.id}`} className="text-brand-600 hover:underline">
          {standing.sender.name}
        </Link>
      ) : (
        "—"
      ),
    ],
  ];

  return (
    <section aria-labelledby="rejection-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 text-sm dark:border-slate-800 dark:bg-slate-900">
      <h2 id="rejection-heading" className="text-lg font-semibold">
        Rejection
      </h2>
      <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-4">
        {details.map(([term, value]) => (
          <div key={term}>
            <dt className="text-xs uppercase text-slate-500">{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        <div className="sm:col-span-4">
          <dt className="text-xs uppercase text-slate-500">Feedback</dt>
          <dd className="whitespace-pre-line">{standing.feedback ?? "None given"}</dd>
        </div>
      </dl>

      <div className="grid gap-4 sm:grid-cols-2">
        <div className="space-y-2">
          <h3 className="font-medium">
            Letters: {standing.letters.length ? `${plural(standing.letters.length, "letter")}, ${toWrite} to write` : "none"}
          </h3>
          {standing.letters.length ? (
            <ul className="space-y-1">
              {standing.letters.map((letter) => (
                <li key={letter.id} className="flex flex-wrap justify-between gap-2">
                  <Link href={`/letters/${letter.id}`} className="text-brand-600 hover:underline">
                    Letter to {letter.contact?.name ?? letter.recipientName ?? "someone"}
                  </Link>
                  <span className={letter.status === "draft" ? "font-medium" : "text-slate-600 dark:text-slate-400"}>{LETTER_STATES[letter.status]}</span>
                </li>
              ))}
            </ul>
          ) : null}
          <Link href={`${base}/letters`} className={buttonClasses(toWrite ? "primary" : "secondary")}>
            {toWrite ? "Write the letters" : "See the letters"}
          </Link>
        </div>
        <div className="space-y-2">
          <h3 className="font-medium">Plan: {standing.planFollowUps ? `accepted, ${plural(standing.planFollowUps, "follow-up")}` : "not accepted yet"}</h3>
          <Link href={`${base}/plan`} className={buttonClasses(standing.planFollowUps ? "secondary" : "primary")}>
            {standing.planFollowUps ? "See the plan" : "Review the plan"}
          </Link>
        </div>
      </div>
    </section>
  );
}
