import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { LetterEditor } from "@/components/letters/letter-editor";
import { LetterSummary } from "@/components/letters/letter-summary";
import { RejectionSteps } from "@/components/rejection/rejection-steps";
import { buttonClasses } from "@/components/ui/button";
import { idParam, orNotFound } from "@/lib/actions/or-not-found";
import { requireUser } from "@/lib/auth/current-user";
import { isMailConfigured } from "@/lib/jobs/mailer";
import { LETTER_AUDIENCE_LABELS } from "@/lib/letters/built-in-templates";
import { letterStep } from "@/lib/letters/letter-step";
import { listLetters } from "@/lib/server/letters/list-letters";
import { getRejection } from "@/lib/server/rejections/get-rejection";
import { letterAction } from "@/app/(app)/letters/actions";

export const metadata: Metadata = { title: "Thank-you letters" };

export default async function RejectionLettersPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = idParam((await params).id);
  const application = await orNotFound(getRejection(user.id, id));
  if (!application.rejection) redirect(`/applications/${application.id}/rejection`);
  const letters = await listLetters(user.id, { rejectionId: application.rejection.id });
  const canSend = isMailConfigured();
  const now = new Date();
  const planHref = `/applications/${application.id}/rejection/plan`;

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div className="space-y-3">
        <Link href={`/applications/${application.id}`} className="text-sm text-brand-600 hover:underline">
          ← {application.role} at {application.company.name}
        </Link>
        <h1 className="text-2xl font-semibold tracking-tight">Thank the people you met</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          One letter per person, each saying only what is true of them. Check the line from your conversation with each, re-draft if you
          change it, make the letter yours, then send it or mark it as sent: it stays on your dashboard until you do. A thank-you is worth
          most within a day.
        </p>
        <RejectionSteps applicationId={application.id} current="letters" logged />
      </div>

      {letters.length ? (
        letterStep(letters, application.rejection, user.name).map(({ letter, facts, context }) => {
          const to = letter.contact?.name ?? letter.recipientName ?? "someone";
          return (
            <section key={letter.id} aria-label={`Letter to ${to}`} className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900">
              <h2 className="text-lg font-medium">
                To {to}
                {letter.audience !== "anyone" ? (
                  <span className="text-sm font-normal text-slate-500 dark:text-slate-400"> · {LETTER_AUDIENCE_LABELS[letter.audience]}</span>
                ) : null}
              </h2>
              <LetterSummary letter={letter} timeZone={user.timeZone} now={now} link />
              <LetterEditor
                letter={letter}
                action={letterAction.bind(null, letter.id)}
                canSend={canSend}
                facts={letter.kind === "rejection_thank_you" ? facts : undefined}
                context={context}
              />
            </section>
          );
        })
      ) : (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
          Nobody to thank yet. Add the interviewers to the application&apos;s interviews, or say who sent the rejection, and their letters
          will be drafted here.
        </p>
      )}

      <div className="flex justify-end">
        <Link href={planHref} className={buttonClasses("primary")}>
          Next: follow-up plan
        </Link>
      </div>
    </div>
  );
}
