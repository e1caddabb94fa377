import type { Metadata } from "next";
import Link from "next/link";
import { LetterEditor } from "@/components/letters/letter-editor";
import { LetterSummary } from "@/components/letters/letter-summary";
import { idParam, orNotFound } from "@/lib/actions/or-not-found";
import { requireUser } from "@/lib/auth/current-user";
import { isMailConfigured } from "@/lib/jobs/mailer";
import { letterStep } from "@/lib/letters/letter-step";
import { getLetter } from "@/lib/server/letters/get-letter";
import { listLetters } from "@/lib/server/letters/list-letters";
import { letterAction } from "../actions";

export const metadata: Metadata = { title: "Letter" };

export default async function LetterPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = idParam((await params).id);
  const letter = await orNotFound(getLetter(user.id, id));
  // A rejection's letter is checked against its siblings: people on one panel compare notes.
  const siblings = letter.rejectionId ? await listLetters(user.id, { rejectionId: letter.rejectionId }) : [letter];
  const step = letterStep(siblings, letter.rejection ?? { feedback: null, keepOnFile: false, closeSecond: false }, user.name).find((entry) => entry.letter.id === letter.id);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Link href="/letters" className="text-sm text-brand-600 hover:underline">
        ← Letters
      </Link>
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">Letter to {letter.contact?.name ?? letter.recipientName ?? "someone"}</h1>
        <LetterSummary letter={letter} timeZone={user.timeZone} now={new Date()} />
      </div>
      <LetterEditor
        letter={letter}
        action={letterAction.bind(null, letter.id)}
        canSend={isMailConfigured()}
        facts={letter.kind === "rejection_thank_you" ? step?.facts : undefined}
        context={step?.context}
      />
    </div>
  );
}
