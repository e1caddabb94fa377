import type { Metadata } from "next";
import Link from "next/link";
import { ReadEmailForms } from "@/components/inbox/read-email-forms";
import { ProposalCard } from "@/components/inbox/proposal-card";
import { requireUser } from "@/lib/auth/current-user";
import { proposalHeadline } from "@/lib/inbox/describe";
import { formatInZone } from "@/lib/schedule/zoned";
import { listApplicationChoices, listProposals } from "@/lib/server/inbox/list-proposals";
import { applyProposalAction, chooseApplicationAction, dismissProposalAction, pasteEmailAction, uploadEmailAction } from "./actions";

export const metadata: Metadata = { title: "Inbox" };

const STATUS_WORDS = { applied: "applied", dismissed: "dismissed", open: "open" } as const;

export default async function InboxPage() {
  const user = await requireUser();
  const [{ open, recent, candidates }, applications] = await Promise.all([
    listProposals(user.id),
    listApplicationChoices(user.id),
  ]);
  const recentApplications = applications.map((application) => ({ value: application.id, label: `${application.role} at ${application.company.name}` }));

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Inbox</h1>
        <p className="max-w-3xl text-sm text-slate-600 dark:text-slate-400">
          Bridges reads a rejection, a confirmation, an interview invitation or an offer and proposes what to record; nothing changes until
          you press Apply. To have your mail read as it arrives, connect a mailbox in{" "}
          <Link href="/settings#inbox" className="font-medium text-brand-600 hover:underline">
            Settings → Inbox
          </Link>
          .
        </p>
      </div>

      <ReadEmailForms pasteAction={pasteEmailAction} uploadAction={uploadEmailAction} />

      <section aria-labelledby="open-proposals" className="space-y-3">
        <h2 id="open-proposals" className="text-lg font-medium">
          Proposals
        </h2>
        {open.length === 0 ? (
          <p className="rounded-xl border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
            Nothing waiting. Paste an email or upload one above.
          </p>
        ) : (
          <ul className="space-y-4">
            {open.map((proposal) => (
              <ProposalCard
                key={proposal.id}
                proposal={proposal}
                timeZone={user.timeZone}
                candidates={candidates}
                recentApplications={recentApplications}
                applyAction={applyProposalAction.bind(null, proposal.id)}
                chooseAction={chooseApplicationAction.bind(null, proposal.id)}
                dismissAction={dismissProposalAction.bind(null, proposal.id)}
              />
            ))}
          </ul>
        )}
      </section>

      {recent.length ? (
        <section aria-labelledby="recent-proposals" className="space-y-2">
          <h2 id="recent-proposals" className="text-lg font-medium">
            Recently read
          </h2>
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white text-sm dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
            {recent.map((proposal) => (
              <li key={proposal.id} className="flex flex-wrap justify-between gap-2 p-3">
                <span>
                  {proposalHeadline({
                    kind: proposal.kind,
                    company: proposal.application?.company.name ?? proposal.suggestedCompany,
                    role: proposal.application?.role ?? proposal.suggestedRole,
                    ats: proposal.ats,
                    day: formatInZone(proposal.sentAt, user.timeZone, "d MMM"),
                  })}
                </span>
                <span className="text-slate-500">
                  {STATUS_WORDS[proposal.status]} · {proposal.ruleDescription}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
