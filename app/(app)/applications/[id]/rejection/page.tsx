import type { Metadata } from "next";
import Link from "next/link";
import { RejectionForm, type RejectionFormDefaults } from "@/components/rejection/rejection-form";
import { RejectionSteps } from "@/components/rejection/rejection-steps";
import { idParam, orNotFound } from "@/lib/actions/or-not-found";
import { requireUser } from "@/lib/auth/current-user";
import { dayIn, dayOfDateColumn } from "@/lib/schedule/follow-up-plan";
import { getContactOption } from "@/lib/server/contacts/get-contact-option";
import { rejectionPrefill } from "@/lib/server/inbox/rejection-prefill";
import { getRejection, type RejectionDetail } from "@/lib/server/rejections/get-rejection";
import { logRejectionAction, logRejectionFromProposalAction } from "./actions";

export const metadata: Metadata = { title: "Log rejection" };

function formDefaults(rejection: RejectionDetail["rejection"], timeZone: string): RejectionFormDefaults {
  if (!rejection) {
    return {
      receivedOn: dayIn(new Date(), timeZone),
      stageReached: "interview",
      stageRound: "",
      channel: "email",
      senderId: "",
      feedback: "",
      closeSecond: false,
      keepOnFile: false,
      renewedInterest: true,
      wantsReferrals: false,
    };
  }
  return {
    ...rejection,
    receivedOn: dayOfDateColumn(rejection.receivedOn),
    stageRound: rejection.stageRound?.toString() ?? "",
    senderId: rejection.senderId ?? "",
    feedback: rejection.feedback ?? "",
  };
}

export default async function LogRejectionPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ proposal?: string | string[] }> }) {
  const user = await requireUser();
  const id = idParam((await params).id);
  const { proposal } = await searchParams;
  const application = await orNotFound(getRejection(user.id, id));
  const editing = Boolean(application.rejection);
  // From the inbox (?proposal=…): the e-mail fills what it says; the user checks and saves.
  const fromEmail = typeof proposal === "string" && proposal.length <= 64 ? await rejectionPrefill(user.id, proposal, application.id, user.timeZone) : null;
  const defaults = { ...formDefaults(application.rejection, user.timeZone), ...fromEmail?.fields };
  const sender = await getContactOption(user.id, defaults.senderId);

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div className="space-y-3">
        <Link href={`/applications/${application.id}`} className="text-sm text-brand-600 hover:underline">
          ← {application.role} at {application.company.name}
        </Link>
        <h1 className="text-2xl font-semibold tracking-tight">{editing ? "Edit rejection" : "Log rejection"}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          A no is rarely the end. Record what happened, and Bridges drafts a thank-you for everyone you met and a plan to keep those
          contacts open: the person they chose may not work out, and interviewers often pass their second choices on.
        </p>
        <RejectionSteps applicationId={application.id} current="rejection" logged={editing} />
      </div>
      <RejectionForm
        action={fromEmail ? logRejectionFromProposalAction.bind(null, application.id, fromEmail.proposalId) : logRejectionAction.bind(null, application.id)}
        sender={sender}
        defaults={defaults}
        company={application.company.name}
      />
    </div>
  );
}
