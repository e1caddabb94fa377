import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { InterviewForm } from "@/components/interviews/interview-form";
import { localInputValue } from "@/components/timeline/dates";
import { idParam, orNotFound } from "@/lib/actions/or-not-found";
import { requireUser } from "@/lib/auth/current-user";
import { getInterview } from "@/lib/server/interviews/get-interview";
import { updateInterviewAction } from "../../../../actions";

export const metadata: Metadata = { title: "Edit interview" };

export default async function EditInterviewPage({ params }: { params: Promise<{ id: string; interviewId: string }> }) {
  const user = await requireUser();
  const route = await params;
  const [id, interviewId] = [idParam(route.id), idParam(route.interviewId)];
  const interview = await orNotFound(getInterview(user.id, interviewId));
  // The interview must be on the application of the URL, or the page is not found.
  if (interview.applicationId !== id) notFound();
  const initial = {
    values: {
      scheduledAt: localInputValue(interview.scheduledAt, user.timeZone),
      kind: interview.kind,
      round: interview.round ? String(interview.round) : "",
      notes: interview.notes ?? "",
      outcome: interview.outcome,
    },
    interviewers: interview.interviewers.map((row) => ({ value: row.contactId, label: row.contact.name, detail: row.contact.email })),
    interviewerNotes: Object.fromEntries(interview.interviewers.map((row) => [row.contactId, row.note ?? ""])),
  };
  return (
    <div className="max-w-3xl space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">Edit interview</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          For{" "}
          <Link href={`/applications/${interview.applicationId}#interviews`} className="text-brand-600 underline">
            {interview.application.role} at {interview.application.company.name}
          </Link>
        </p>
      </div>
      <InterviewForm action={updateInterviewAction.bind(null, interview.id)} timeZone={user.timeZone} initial={initial} />
    </div>
  );
}
