import Link from "next/link";
import { SubmitButton } from "@/components/ui/submit-button";
import { proposalHeadline } from "@/lib/inbox/describe";
import { formatInZone } from "@/lib/schedule/zoned";
import type { InboxProposalView } from "@/lib/server/inbox/list-proposals";
import type { FormState } from "@/lib/validation/form";
import { ApplyProposalForm, ChooseApplicationForm } from "./proposal-actions";

type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

type Props = {
  proposal: InboxProposalView;
  timeZone: string;
  candidates: { id: string; role: string; company: { name: string } }[];
  recentApplications: { value: string; label: string }[];
  applyAction: FormAction;
  chooseAction: FormAction;
  dismissAction: () => Promise<void>;
};

/** One message and what it proposes, with why it was read so and the buttons to act on it. */
export function ProposalCard({ proposal, timeZone, candidates, recentApplications, applyAction, chooseAction, dismissAction }: Props) {
  const application = proposal.application?.deletedAt ? null : proposal.application;
  const ownCandidates = candidates.filter((candidate) => proposal.candidateIds.includes(candidate.id));
  const company = application?.company.name ?? (ownCandidates[0]?.company.name || proposal.suggestedCompany);
  const role = application?.role ?? (ownCandidates.length ? null : proposal.suggestedRole);
  const headline = proposalHeadline({ kind: proposal.kind, company, role, ats: proposal.ats, day: formatInZone(proposal.sentAt, timeZone, "d MMM") });
  const headingId = `proposal-${proposal.id}`;
  const options = [
    ...ownCandidates.map((candidate) => ({ value: candidate.id, label: `${candidate.role} at ${candidate.company.name}` })),
    ...recentApplications.filter((option) => !proposal.candidateIds.includes(option.value)),
  ];
  const ambiguous = !application && ownCandidates.length > 0;

  return (
    <li aria-labelledby={headingId} className="space-y-3 rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900">
      <div className="space-y-1">
        <h3 id={headingId} className="text-base font-semibold">
          {headline}
        </h3>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          From {proposal.fromName ? `${proposal.fromName} <${proposal.fromAddress}>` : proposal.fromAddress}: “{proposal.subject || "(no subject)"}”
        </p>
        {application ? (
          <p className="text-sm">
            For{" "}
            <Link href={`/applications/${application.id}`} className="text-brand-600 hover:underline">
              {application.role} at {application.company.name}
            </Link>
            {proposal.matchReasons.length ? <span className="text-slate-500"> (matched by {proposal.matchReasons.join(", ")})</span> : null}
          </p>
        ) : ambiguous ? (
          <p className="text-sm">More than one of your applications fits: choose one below.</p>
        ) : (
          <p className="text-sm">None of your applications fits: Apply creates it.</p>
        )}
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer text-slate-600 dark:text-slate-400">Why: {proposal.ruleDescription}</summary>
        <div className="mt-2 space-y-2">
          <p className="text-xs text-slate-500">
            Rule <code>{proposal.rule}</code>
            {proposal.ats ? `, sent through ${proposal.ats}` : ""}
          </p>
          <blockquote className="whitespace-pre-line border-l-4 border-slate-200 pl-3 text-slate-700 dark:border-slate-700 dark:text-slate-300">{proposal.excerpt}</blockquote>
          {proposal.fullText ? (
            <details>
              <summary className="cursor-pointer text-slate-600 dark:text-slate-400">The full message</summary>
              <pre className="mt-2 max-h-96 overflow-auto whitespace-pre-wrap text-xs">{proposal.fullText}</pre>
            </details>
          ) : null}
        </div>
      </details>
      <div className="flex flex-wrap items-start gap-3">
        {ambiguous ? null : (
          <ApplyProposalForm proposalId={proposal.id} action={applyAction} newApplication={application ? null : { company: proposal.suggestedCompany ?? "", role: proposal.suggestedRole ?? "" }} />
        )}
        <ChooseApplicationForm proposalId={proposal.id} action={chooseAction} options={options} open={ambiguous} />
        <form action={dismissAction}>
          <SubmitButton variant="ghost">Dismiss</SubmitButton>
        </form>
      </div>
    </li>
  );
}
