import Link from "next/link";
import { NoteMarkdown } from "@/components/notes/note-markdown";
import { formatMoment } from "@/components/timeline/dates";
import type { ApplicationDetail } from "@/lib/server/applications/get-application";
import type { FormState } from "@/lib/validation/form";
import { INTERVIEW_KIND_LABELS } from "@/lib/validation/interview";
import { OutcomeForm } from "./outcome-form";

type Props = {
  applicationId: string;
  interviews: ApplicationDetail["interviews"];
  timeZone: string;
  outcomeAction: (interviewId: string) => (state: FormState, formData: FormData) => Promise<FormState>;
  deleteAction: (interviewId: string) => () => Promise<void>;
};

export function InterviewList({ applicationId, interviews, timeZone, outcomeAction, deleteAction }: Props) {
  if (!interviews.length) return <p className="text-sm text-slate-500">No interviews yet. Add one when it is scheduled: you will get its date on the dashboard.</p>;
  return (
    <ul className="space-y-3">
      {interviews.map((interview) => {
        const label = `${INTERVIEW_KIND_LABELS[interview.kind]}${interview.round ? ` round ${interview.round}` : ""}`;
        return (
          <li key={interview.id} className="space-y-2 rounded-lg border border-slate-200 p-3 dark:border-slate-700" data-testid="interview">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 className="font-medium">{label}</h3>
              <time dateTime={interview.scheduledAt.toISOString()} className="text-sm text-slate-600 dark:text-slate-300">
                {formatMoment(interview.scheduledAt, timeZone)}
              </time>
            </div>
            {interview.interviewers.length ? (
              <p className="text-sm">
                With{" "}
                {interview.interviewers.map(({ contact }, index) => (
                  <span key={contact.id}>
                    {index ? ", " : ""}
                    <Link href={`/contacts/${contact.id}`} className="text-brand-600 hover:underline">
                      {contact.name}
                    </Link>
                  </span>
                ))}
              </p>
            ) : null}
            {interview.notes ? <NoteMarkdown body={interview.notes} /> : null}
            <div className="flex flex-wrap items-center justify-between gap-2">
              <OutcomeForm action={outcomeAction(interview.id)} interviewId={interview.id} outcome={interview.outcome} label={`${label} on ${formatMoment(interview.scheduledAt, timeZone)}`} />
              <div className="flex items-center gap-3">
                <Link
                  href={`/applications/${applicationId}/interviews/${interview.id}/edit`}
                  className="text-xs text-brand-600 underline"
                  aria-label={`Edit ${label} on ${formatMoment(interview.scheduledAt, timeZone)}`}
                >
                  Edit
                </Link>
                <form action={deleteAction(interview.id)}>
                  <button type="submit" className="text-xs text-slate-500 underline hover:text-red-600">
                    Delete interview
                  </button>
                </form>
              </div>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
