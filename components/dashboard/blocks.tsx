import Link from "next/link";
import { StatusBadge } from "@/components/applications/status-badge";
import { FollowUpAbout } from "@/components/follow-ups/follow-up-about";
import { FollowUpActions } from "@/components/follow-ups/follow-up-actions";
import { formatDay } from "@/components/timeline/dates";
import { formatInZone, startOfLocalDay } from "@/lib/schedule/zoned";
import { countApplicationsByStatus } from "@/lib/server/applications/count-applications-by-status";
import { listRecentActivity } from "@/lib/server/activity/list-recent-activity";
import { getKeepInTouch, type ContactToTouch } from "@/lib/server/dashboard/get-keep-in-touch";
import { listComingUp } from "@/lib/server/dashboard/list-coming-up";
import { listUnfinishedRejections } from "@/lib/server/dashboard/list-unfinished-rejections";
import { listDueFollowUps } from "@/lib/server/follow-ups/list-due-follow-ups";
import { listUpcomingInterviews } from "@/lib/server/interviews/list-upcoming-interviews";
import { listLettersOwed } from "@/lib/server/letters/list-letters-owed";
import { APPLICATION_STATUSES, STATUS_LABELS } from "@/lib/validation/application";
import { DashboardCard, EmptyState } from "./card";

type BlockProps = { userId: string; timeZone: string; now: Date };

const DASHBOARD_DUE_LIMIT = 8;

export async function DueFollowUps({ userId, timeZone, now }: BlockProps) {
  // The oldest few, in full; the rest are one click away. A long backlog would otherwise make
  // this page render a hundred cards with their action forms.
  const { overdue, today, total } = await listDueFollowUps(userId, { now, timeZone, limit: DASHBOARD_DUE_LIMIT });
  const items = [...overdue.map((item) => ({ item, overdue: true })), ...today.map((item) => ({ item, overdue: false }))];
  const more = total - items.length;
  return (
    <DashboardCard title="Due today" id="due-today" action={{ href: "/follow-ups", label: "All follow-ups" }}>
      {items.length === 0 ? (
        <EmptyState>Nothing due today. Follow-ups you plan — after a rejection, or by hand — show up here on their day.</EmptyState>
      ) : (
        <ul className="space-y-3">
          {items.map(({ item, overdue: late }) => (
            <li key={item.id} className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <p className="font-medium">{item.title}</p>
                <time dateTime={item.dueAt.toISOString()} className={`text-xs ${late ? "font-semibold text-red-700 dark:text-red-400" : "text-slate-500"}`}>
                  {late ? "Overdue · " : ""}
                  {formatInZone(item.dueAt, timeZone, "EEE d MMM, HH:mm")}
                </time>
              </div>
              {item.contact || item.application ? (
                <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">
                  <FollowUpAbout contact={item.contact} application={item.application} />
                </p>
              ) : null}
              <FollowUpActions followUp={{ id: item.id, title: item.title }} />
            </li>
          ))}
        </ul>
      )}
      {more > 0 ? (
        <p className="mt-3 text-sm">
          <Link href="/follow-ups" className="text-brand-600 hover:underline">
            {more} more due — see all follow-ups
          </Link>
        </p>
      ) : null}
    </DashboardCard>
  );
}

/** Rejections left half-way, each with a link to the step to continue; no card when there are none. */
export async function FinishWhatYouStarted({ userId }: Pick<BlockProps, "userId">) {
  const { rejections, total } = await listUnfinishedRejections(userId);
  if (!rejections.length) return null;
  return (
    <DashboardCard title="Finish what you started" id="finish-what-you-started">
      <ul className="divide-y divide-slate-100 dark:divide-slate-800">
        {rejections.map((rejection) => {
          const steps = `/applications/${rejection.applicationId}/rejection`;
          const left = [rejection.lettersToWrite ? `${rejection.lettersToWrite} letter${rejection.lettersToWrite === 1 ? "" : "s"} to write` : null, rejection.planAccepted ? null : "plan not accepted"];
          return (
            <li key={rejection.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
              <div>
                <Link href={`/applications/${rejection.applicationId}`} className="font-medium hover:underline">
                  {rejection.role} at {rejection.companyName}
                </Link>
                <p className="text-sm text-slate-600 dark:text-slate-400">
                  Rejected {formatDay(rejection.receivedOn)} · {left.filter(Boolean).join(", ")}
                </p>
              </div>
              <Link href={rejection.lettersToWrite ? `${steps}/letters` : `${steps}/plan`} className="text-sm text-brand-600 hover:underline">
                {rejection.lettersToWrite ? "Write the letters" : "Review the plan"}
                <span className="sr-only">
                  {" "}
                  for {rejection.role} at {rejection.companyName}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
      {total > rejections.length ? <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">And {total - rejections.length} more, on their applications’ pages.</p> : null}
    </DashboardCard>
  );
}

export async function LettersWaiting({ userId, timeZone, now }: BlockProps) {
  const letters = await listLettersOwed(userId, 6);
  return (
    <DashboardCard title="Letters to write" id="letters-waiting" action={{ href: "/letters", label: "All letters" }}>
      {letters.length === 0 ? (
        <EmptyState>No letters waiting. When you log a rejection, thank-you drafts for the people worth thanking appear here.</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 dark:divide-slate-800">
          {letters.map((letter) => {
            const late = letter.dueAt ? letter.dueAt < now : false;
            return (
              <li key={letter.id} className="py-2">
                <Link href={`/letters/${letter.id}`} className="font-medium hover:underline">
                  {letter.subject}
                </Link>
                <p className="text-sm text-slate-600 dark:text-slate-400">
                  To {letter.contact?.name ?? letter.recipientName ?? "someone"}
                  {letter.application ? ` · ${letter.application.company.name}` : ""}
                  {letter.dueAt ? (
                    <span className={late ? " font-semibold text-red-700 dark:text-red-400" : ""}>
                      {" "}
                      · {late ? "was due" : "due"} {formatInZone(letter.dueAt, timeZone, "EEE d MMM, HH:mm")}
                    </span>
                  ) : null}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </DashboardCard>
  );
}

export async function UpcomingInterviews({ userId, timeZone, now }: BlockProps) {
  const interviews = await listUpcomingInterviews(userId, { from: now, to: new Date(now.getTime() + 7 * 24 * 3600 * 1000) });
  return (
    <DashboardCard title="Interviews this week" id="upcoming-interviews">
      {interviews.length === 0 ? (
        <EmptyState>No interviews in the next 7 days. Add one from an application with “Add interview”.</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 dark:divide-slate-800">
          {interviews.map((interview) => (
            <li key={interview.id} className="py-2">
              <Link href={`/applications/${interview.application.id}`} className="font-medium hover:underline">
                {interview.application.company.name} — {interview.application.role}
              </Link>
              <p className="text-sm text-slate-600 dark:text-slate-400">
                <time dateTime={interview.scheduledAt.toISOString()}>{formatInZone(interview.scheduledAt, timeZone, "EEE d MMM, HH:mm")}</time>
                {" · "}
                {interview.kind.replaceAll("_", " ")}
                {interview.interviewers.length ? ` with ${interview.interviewers.map((i) => i.contact.name).join(", ")}` : ""}
              </p>
            </li>
          ))}
        </ul>
      )}
    </DashboardCard>
  );
}

function ContactLink({ contact }: { contact: ContactToTouch }) {
  return (
    <Link href={`/contacts/${contact.id}`} className="font-medium hover:underline">
      {contact.name}
      {contact.company ? <span className="font-normal text-slate-500 dark:text-slate-400"> · {contact.company.name}</span> : null}
    </Link>
  );
}

/**
 * Who is due a touch; else when the next one is; else why nobody ever will be (no contacts, or
 * none with a keep-in-touch cadence) — never "up to date" when that is not what is happening.
 */
export async function ContactsToTouch({ userId, timeZone, now }: BlockProps) {
  const { due, more, next, hasContacts } = await getKeepInTouch(userId, { before: startOfLocalDay(now, timeZone, 1) });
  const day = (instant: Date) => formatInZone(instant, timeZone, "EEE d MMM");
  return (
    <DashboardCard title="Keep in touch" id="keep-in-touch" action={{ href: "/contacts", label: "All contacts" }}>
      {due.length > 0 ? (
        <>
          <ul className="divide-y divide-slate-100 dark:divide-slate-800">
            {due.map((contact) => (
              <li key={contact.id} className="flex flex-wrap items-baseline justify-between gap-x-2 py-2">
                <ContactLink contact={contact} />
                <span className="text-xs text-slate-500 dark:text-slate-400">
                  {contact.lastInteractionAt ? `last in touch ${formatInZone(contact.lastInteractionAt, timeZone, "d MMM")}` : "never in touch"}
                </span>
              </li>
            ))}
          </ul>
          {more ? (
            <p className="mt-3 text-sm">
              <Link href="/contacts" className="text-brand-600 hover:underline">
                More are due — see all contacts
              </Link>
            </p>
          ) : null}
        </>
      ) : next.length > 0 ? (
        <>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Nobody is due a touch today. Next, on <time dateTime={next[0]!.nextTouchAt.toISOString()}>{day(next[0]!.nextTouchAt)}</time>:
          </p>
          <ul className="mt-2 divide-y divide-slate-100 dark:divide-slate-800">
            {next.map((contact) => (
              <li key={contact.id} className="flex flex-wrap items-baseline justify-between gap-x-2 py-2">
                <ContactLink contact={contact} />
                <time dateTime={contact.nextTouchAt.toISOString()} className="text-xs text-slate-500 dark:text-slate-400">
                  {day(contact.nextTouchAt)}
                </time>
              </li>
            ))}
          </ul>
        </>
      ) : hasContacts ? (
        <EmptyState>None of your contacts has a keep-in-touch cadence. Set “Keep in touch every (days)” on a contact to be reminded when it is time.</EmptyState>
      ) : (
        <EmptyState>
          No contacts yet. <Link href="/contacts/new" className="text-brand-600 underline">Add the people you meet</Link> — recruiters, interviewers,
          referrers — and Bridges reminds you to keep in touch.
        </EmptyState>
      )}
    </DashboardCard>
  );
}

/** The next seven days of follow-ups (tomorrow to a week from today, in the user's zone). */
export async function ComingUp({ userId, timeZone, now }: BlockProps) {
  const { items, total } = await listComingUp(userId, { from: startOfLocalDay(now, timeZone, 1), to: startOfLocalDay(now, timeZone, 8) });
  return (
    <DashboardCard title="Coming up" id="coming-up" action={{ href: "/follow-ups", label: "All follow-ups" }}>
      {items.length === 0 ? (
        <EmptyState>Nothing planned for the next 7 days.</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 dark:divide-slate-800">
          {items.map((item) => (
            <li key={item.id} className="py-2">
              <div className="flex flex-wrap items-baseline justify-between gap-x-2">
                <p className="font-medium">{item.title}</p>
                <time dateTime={item.dueAt.toISOString()} className="text-xs text-slate-500 dark:text-slate-400">
                  {formatInZone(item.dueAt, timeZone, "EEE d MMM, HH:mm")}
                </time>
              </div>
              {item.contact || item.application ? (
                <p className="text-sm text-slate-600 dark:text-slate-400">
                  <FollowUpAbout contact={item.contact} application={item.application} />
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {total > items.length ? (
        <p className="mt-3 text-sm">
          <Link href="/follow-ups" className="text-brand-600 hover:underline">
            {total - items.length} more this week — see all follow-ups
          </Link>
        </p>
      ) : null}
    </DashboardCard>
  );
}

/** One line per status: its name, then its count, apart; each line's name reads "Interviewing: 1". */
export async function PipelineCounts({ userId }: Pick<BlockProps, "userId">) {
  const counts = await countApplicationsByStatus(userId);
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  return (
    <DashboardCard title="Pipeline" id="pipeline" action={{ href: "/board", label: "Board" }}>
      {total === 0 ? (
        <EmptyState>
          No applications yet. <Link href="/applications/new" className="text-brand-600 underline">Add your first</Link> or{" "}
          <Link href="/import" className="text-brand-600 underline">import a CSV</Link>.
        </EmptyState>
      ) : (
        <>
          <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">
            {total.toLocaleString("en-US")} {total === 1 ? "application" : "applications"}
          </p>
          <ul className="grid grid-cols-1 gap-2 min-[420px]:grid-cols-2">
            {APPLICATION_STATUSES.map((status) => (
              <li key={status}>
                <Link
                  href={`/applications?status=${status}`}
                  aria-label={`${STATUS_LABELS[status]}: ${counts[status].toLocaleString("en-US")}`}
                  className="flex items-center justify-between gap-3 rounded-lg border border-slate-200 px-3 py-2 hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-800"
                >
                  <StatusBadge status={status} />
                  <span className={`tabular-nums ${counts[status] ? "font-semibold" : "text-slate-500 dark:text-slate-400"}`}>{counts[status].toLocaleString("en-US")}</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </DashboardCard>
  );
}

export async function RecentActivity({ userId, timeZone }: Pick<BlockProps, "userId" | "timeZone">) {
  const activity = await listRecentActivity(userId, 8);
  return (
    <DashboardCard title="Recent activity" id="recent-activity">
      {activity.length === 0 ? (
        <EmptyState>Your latest steps — applications, interviews, notes, interactions — will be listed here.</EmptyState>
      ) : (
        <ol className="space-y-2 text-sm">
          {activity.map((entry) => (
            <li key={entry.id} className="flex justify-between gap-3">
              <span>
                {entry.application ? (
                  <Link href={`/applications/${entry.application.id}`} className="hover:underline">
                    {entry.summary}
                  </Link>
                ) : entry.contact ? (
                  <Link href={`/contacts/${entry.contact.id}`} className="hover:underline">
                    {entry.summary}
                  </Link>
                ) : (
                  entry.summary
                )}
              </span>
              <time dateTime={entry.occurredAt.toISOString()} className="shrink-0 text-xs text-slate-500">
                {formatInZone(entry.occurredAt, timeZone, "d MMM")}
              </time>
            </li>
          ))}
        </ol>
      )}
    </DashboardCard>
  );
}
