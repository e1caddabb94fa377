import type { Metadata } from "next";
import Link from "next/link";
import { ApplicationActionsBar } from "@/components/applications/application-actions-bar";
import { StatusBadge } from "@/components/applications/status-badge";
import { InterviewList } from "@/components/interviews/interview-list";
import { AddInterview } from "@/components/interviews/interview-form";
import { NoteForm } from "@/components/notes/note-form";
import { NoteList } from "@/components/notes/note-list";
import { NoteMarkdown } from "@/components/notes/note-markdown";
import { ClippedPosting } from "@/components/applications/clipped-posting";
import { RejectionStandingSection } from "@/components/rejection/rejection-standing";
import { formatDay } from "@/components/timeline/dates";
import { Timeline } from "@/components/timeline/timeline";
import { idParam, orNotFound } from "@/lib/actions/or-not-found";
import { requireUser } from "@/lib/auth/current-user";
import { listTimeline } from "@/lib/server/activity/list-timeline";
import { getApplication } from "@/lib/server/applications/get-application";
import { getRejectionStanding } from "@/lib/server/rejections/get-rejection-standing";
import { PRIORITY_LABELS, WORK_MODE_LABELS } from "@/lib/validation/application";
import {
  addApplicationNoteAction,
  addInterviewAction,
  deleteApplicationAction,
  deleteApplicationNoteAction,
  deleteInterviewAction,
  setInterviewOutcomeAction,
} from "../actions";

export const metadata: Metadata = { title: "Application" };

export default async function ApplicationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ interviewAt?: string | string[]; addInterview?: string | string[] }>;
}) {
  const user = await requireUser();
  const id = idParam((await params).id);
  // From an inbox invitation: Add interview opens, with the time the e-mail named.
  const { interviewAt, addInterview } = await searchParams;
  const interviewPrefill: Record<string, string> | undefined =
    typeof interviewAt === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(interviewAt) ? { scheduledAt: interviewAt } : addInterview === "1" ? {} : undefined;
  const application = await orNotFound(getApplication(user.id, id));
  const [timeline, rejection] = await Promise.all([
    listTimeline(user.id, { applicationId: application.id }),
    application.rejection ? getRejectionStanding(user.id, application.id) : null,
  ]);

  const details: [string, React.ReactNode][] = [
    ["Applied on", formatDay(application.appliedOn)],
    ["Decision expected by", formatDay(application.decisionExpectedOn)],
    ["Location", [application.location, application.workMode && WORK_MODE_LABELS[application.workMode]].filter(Boolean).join(" · ") || "—"],
    ["Salary range", application.salaryRange ?? "—"],
    ["Source", application.source ?? "—"],
    ["Priority", PRIORITY_LABELS[application.priority] ?? application.priority],
    [
      "Referrer",
      application.referrer ? (
        <Link href={`/contacts/${application.referrer.id}`} className="text-brand-600 hover:underline">
          {application.referrer.name}
        </Link>
      ) : (
        "—"
      ),
    ],
    [
      "Posting",
      application.postingUrl ? (
        <a href={application.postingUrl} rel="noopener noreferrer nofollow" target="_blank" className="break-all text-brand-600 hover:underline">
          {application.postingUrl}
        </a>
      ) : (
        "—"
      ),
    ],
    ["Tags", application.tags.length ? application.tags.join(", ") : "—"],
  ];

  return (
    <div className="space-y-8">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <p className="text-sm text-slate-500">
            <Link href={`/companies/${application.company.id}`} className="hover:underline">
              {application.company.name}
            </Link>
          </p>
          <h1 className="text-2xl font-semibold tracking-tight">{application.role}</h1>
          <div className="mt-1">
            <StatusBadge status={application.status} />
          </div>
        </div>
        <ApplicationActionsBar
          applicationId={application.id}
          hasRejection={Boolean(application.rejection)}
          deleteAction={deleteApplicationAction.bind(null, application.id)}
        />
      </header>

      <dl className="grid gap-x-6 gap-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-3 dark:border-slate-800 dark:bg-slate-900">
        {details.map(([term, value]) => (
          <div key={term}>
            <dt className="text-xs uppercase text-slate-500">{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {application.notes ? <NoteMarkdown body={application.notes} /> : null}
      {application.postingDescription ? <ClippedPosting postingUrl={application.postingUrl} description={application.postingDescription} /> : null}
      {rejection ? <RejectionStandingSection standing={rejection} /> : null}

      <div className="grid gap-8 lg:grid-cols-3">
        <div className="space-y-8 lg:col-span-2">
          <section id="interviews" aria-labelledby="interviews-heading" className="space-y-4">
            <h2 id="interviews-heading" className="text-lg font-semibold">
              Interviews
            </h2>
            <InterviewList
              applicationId={application.id}
              interviews={application.interviews}
              timeZone={user.timeZone}
              outcomeAction={(interviewId) => setInterviewOutcomeAction.bind(null, application.id, interviewId)}
              deleteAction={(interviewId) => deleteInterviewAction.bind(null, application.id, interviewId)}
            />
            <AddInterview action={addInterviewAction.bind(null, application.id)} timeZone={user.timeZone} prefill={interviewPrefill} />
          </section>

          <section aria-labelledby="notes-heading" className="space-y-4">
            <h2 id="notes-heading" className="text-lg font-semibold">
              Notes
            </h2>
            <NoteForm action={addApplicationNoteAction.bind(null, application.id)} />
            <NoteList notes={application.notesList} timeZone={user.timeZone} deleteAction={(noteId) => deleteApplicationNoteAction.bind(null, application.id, noteId)} />
          </section>
        </div>

        <section aria-labelledby="timeline-heading" className="space-y-4">
          <h2 id="timeline-heading" className="text-lg font-semibold">
            Timeline
          </h2>
          <Timeline entries={timeline} timeZone={user.timeZone} />
        </section>
      </div>
    </div>
  );
}
