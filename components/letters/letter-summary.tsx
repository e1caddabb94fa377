import Link from "next/link";
import { formatMoment } from "@/components/timeline/dates";
import { LETTER_KIND_LABELS } from "@/lib/letters/built-in-templates";
import type { LetterDetail } from "@/lib/server/letters/get-letter";

/** Who a letter is to, what it is about, and when it is due or was sent. */
export function LetterSummary({ letter, timeZone, now, link = false }: { letter: LetterDetail; timeZone: string; now: Date; link?: boolean }) {
  const to = letter.contact?.name ?? letter.recipientName ?? letter.recipientEmail ?? "Someone";
  const overdue = letter.status === "draft" && letter.dueAt && letter.dueAt < now;
  return (
    <div className="space-y-1">
      <p className="font-medium">
        {link ? (
          <Link href={`/letters/${letter.id}`} className="text-brand-600 hover:underline">
            {letter.subject}
          </Link>
        ) : (
          letter.subject
        )}
      </p>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {LETTER_KIND_LABELS[letter.kind]} to{" "}
        {letter.contact && !letter.contact.deletedAt ? (
          <Link href={`/contacts/${letter.contact.id}`} className="hover:underline">
            {to}
          </Link>
        ) : (
          // No page to go to for someone in the trash.
          to
        )}
        {letter.application ? ` · ${letter.application.role} at ${letter.application.company.name}` : ""}
      </p>
      <p className={`text-xs ${overdue ? "font-medium text-red-700 dark:text-red-400" : "text-slate-500 dark:text-slate-400"}`}>
        {letter.status === "sent" && letter.sentAt
          ? `Sent ${formatMoment(letter.sentAt, timeZone)}`
          : letter.status === "skipped"
            ? "Skipped"
            : letter.dueAt
              ? `${overdue ? "Overdue since" : "Due by"} ${formatMoment(letter.dueAt, timeZone)}`
              : "Draft"}
      </p>
    </div>
  );
}
