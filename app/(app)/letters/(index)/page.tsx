import type { Metadata } from "next";
import Link from "next/link";
import { LetterSummary } from "@/components/letters/letter-summary";
import { requireUser } from "@/lib/auth/current-user";
import { listLetters } from "@/lib/server/letters/list-letters";

export const metadata: Metadata = { title: "Letters" };

export default async function LettersPage() {
  const user = await requireUser();
  const [drafts, sent, skipped] = await Promise.all([
    listLetters(user.id, { status: "draft" }),
    listLetters(user.id, { status: "sent", take: 50 }),
    listLetters(user.id, { status: "skipped", take: 20 }),
  ]);
  const now = new Date();
  const sections = [
    { id: "owed", title: "To write", letters: drafts, empty: "Nothing owed. When you log a rejection, the thank-you letters it calls for appear here." },
    { id: "sent", title: "Sent", letters: sent, empty: "No letters sent yet." },
    { id: "skipped", title: "Skipped", letters: skipped, empty: null },
  ];

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Letters</h1>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {drafts.length ? `${drafts.length} to write. A thank-you is worth most within a day.` : "You are all caught up."}
          </p>
        </div>
        <Link href="/settings/templates" className="text-sm text-brand-600 hover:underline">
          Templates
        </Link>
      </div>
      {sections.map((section) =>
        section.letters.length || section.empty ? (
          <section key={section.id} aria-labelledby={`letters-${section.id}`} className="space-y-3">
            <h2 id={`letters-${section.id}`} className="text-lg font-medium">
              {section.title}
            </h2>
            {section.letters.length ? (
              <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
                {section.letters.map((letter) => (
                  <li key={letter.id} className="p-4">
                    <LetterSummary letter={letter} timeZone={user.timeZone} now={now} link />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">{section.empty}</p>
            )}
          </section>
        ) : null,
      )}
    </div>
  );
}
