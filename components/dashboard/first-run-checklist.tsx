import Link from "next/link";
import { dismissChecklistAction } from "@/app/(app)/dashboard/actions";
import { getFirstRunChecklist, type FirstRunChecklist as Checklist } from "@/lib/server/dashboard/get-first-run-checklist";
import { DashboardCard } from "./card";
import { LoadDemoData } from "./load-demo-data";

const STEPS: { key: keyof Checklist["steps"]; label: string; href: string; hint: string }[] = [
  { key: "application", label: "Add an application", href: "/applications/new", hint: "or import a spreadsheet" },
  { key: "contact", label: "Add a contact", href: "/contacts/new", hint: "a recruiter, an interviewer, a referrer" },
  { key: "interview", label: "Log an interview", href: "/applications", hint: "from an application, with “Add interview”" },
  { key: "calendar", label: "Connect your calendar", href: "/settings#calendar-title", hint: "follow-ups and interviews in the calendar you use" },
];

function CheckMark({ done }: { done: boolean }) {
  return (
    <span
      aria-hidden
      className={`mt-0.5 flex size-5 shrink-0 items-center justify-center rounded-full border ${done ? "border-emerald-600 bg-emerald-600 text-white" : "border-slate-300 dark:border-slate-600"}`}
    >
      {done ? (
        <svg viewBox="0 0 16 16" className="size-3" fill="none" stroke="currentColor" strokeWidth="2.5">
          <path d="M3.5 8.5l3 3 6-7" />
        </svg>
      ) : null}
    </span>
  );
}

/**
 * A new account's first steps, each ticked once done; gone when all are done or the user hides
 * it. An empty account is offered demo data to look around with first.
 */
export async function FirstRunChecklist({ userId }: { userId: string }) {
  const checklist = await getFirstRunChecklist(userId);
  if (!checklist || checklist.dismissed) return null;
  const done = STEPS.filter((step) => checklist.steps[step.key]).length;
  if (done === STEPS.length) return null;
  return (
    <DashboardCard title="Get started" id="get-started">
      <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
        {done} of {STEPS.length} done. Bridges is most useful once it knows your applications and the people you meet.
      </p>
      <ol className="space-y-2">
        {STEPS.map((step) => {
          const complete = checklist.steps[step.key];
          return (
            <li key={step.key} className="flex gap-3">
              <CheckMark done={complete} />
              <div>
                <Link href={step.href} className={complete ? "text-slate-500 line-through dark:text-slate-400" : "font-medium text-brand-600 hover:underline"}>
                  {step.label}
                </Link>
                <span className="text-sm text-slate-600 dark:text-slate-400">{complete ? " — done" : ` — ${step.hint}`}</span>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="mt-4 flex flex-wrap items-start justify-between gap-3 border-t border-slate-100 pt-3 dark:border-slate-800">
        {checklist.empty ? <LoadDemoData /> : <span />}
        <form action={dismissChecklistAction}>
          <button type="submit" className="text-sm text-slate-600 hover:underline dark:text-slate-400">
            Hide this checklist
          </button>
        </form>
      </div>
    </DashboardCard>
  );
}
