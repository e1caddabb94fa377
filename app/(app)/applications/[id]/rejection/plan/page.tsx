import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PlanForm, PlanSummaryList } from "@/components/rejection/plan-form";
import { RejectionSteps } from "@/components/rejection/rejection-steps";
import { formatMoment } from "@/components/timeline/dates";
import { buttonClasses } from "@/components/ui/button";
import { idParam, orNotFound } from "@/lib/actions/or-not-found";
import { requireUser } from "@/lib/auth/current-user";
import { proposeRejectionPlan } from "@/lib/server/follow-up-plans/propose-follow-up-plan";
import { acceptPlanAction } from "./actions";

export const metadata: Metadata = { title: "Follow-up plan" };

export default async function RejectionPlanPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = idParam((await params).id);
  const plan = await orNotFound(proposeRejectionPlan(user.id, id));
  const { application } = plan;
  if (!plan.rejection) redirect(`/applications/${application.id}/rejection`);

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div className="space-y-3">
        <Link href={`/applications/${application.id}`} className="text-sm text-brand-600 hover:underline">
          ← {application.role} at {application.company.name}
        </Link>
        <h1 className="text-2xl font-semibold tracking-tight">Keep these contacts open</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {plan.rejection.renewedInterest
            ? `The person hired may not work out${plan.rejection.closeSecond ? ", and as a close second you would be the next call" : ""}: the plan checks in with whoever decides or hears first of an opening.`
            : "You are not after this role any more: the plan only keeps the people you met in mind."}{" "}
          Favours come back. Each person gets at most two of these, each with its reason.
        </p>
        <RejectionSteps applicationId={application.id} current="plan" logged />
      </div>

      {plan.accepted.length ? (
        <section aria-labelledby="plan-accepted" className="space-y-3">
          <h2 id="plan-accepted" className="text-lg font-medium">
            Plan accepted: {plan.accepted.length} follow-up{plan.accepted.length === 1 ? "" : "s"} scheduled
          </h2>
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
            {plan.accepted.map((followUp) => (
              <li key={followUp.id} className="p-3 text-sm">
                <div className="flex flex-wrap justify-between gap-2">
                  <span className="font-medium">{followUp.title}</span>
                  <span className="text-slate-600 dark:text-slate-400">
                    {formatMoment(followUp.dueAt, user.timeZone)}
                    {followUp.cadenceDays ? `, then every ${followUp.cadenceDays} days` : ""}
                  </span>
                </div>
                {followUp.notes ? <p className="text-xs text-slate-500 dark:text-slate-400">{followUp.notes}</p> : null}
              </li>
            ))}
          </ul>
          <Link href="/follow-ups" className={buttonClasses("primary")}>
            See your follow-ups
          </Link>
        </section>
      ) : (
        <>
          <PlanSummaryList summary={plan.summary} onCadence={plan.onCadence} />
          <PlanForm
            action={acceptPlanAction.bind(null, application.id)}
            contacts={plan.people}
            items={plan.proposal.map(({ kind, title, notes, contactId, dueOn, cadenceDays }) => ({ kind, title, notes, contactId, dueOn, cadenceDays }))}
          />
        </>
      )}
    </div>
  );
}
