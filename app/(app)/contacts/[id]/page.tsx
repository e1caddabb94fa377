import type { Metadata } from "next";
import Link from "next/link";
import { StatusBadge } from "@/components/applications/status-badge";
import { FavoursLedger } from "@/components/contacts/favours-ledger";
import { LogInteractionForm } from "@/components/contacts/log-interaction-form";
import { MergeContactForm } from "@/components/contacts/merge-contact-form";
import { NoteForm } from "@/components/notes/note-form";
import { NoteList } from "@/components/notes/note-list";
import { NoteMarkdown } from "@/components/notes/note-markdown";
import { formatMoment, localInputValue } from "@/components/timeline/dates";
import { Timeline } from "@/components/timeline/timeline";
import { buttonClasses } from "@/components/ui/button";
import { idParam, orNotFound } from "@/lib/actions/or-not-found";
import { requireUser } from "@/lib/auth/current-user";
import { listTimeline } from "@/lib/server/activity/list-timeline";
import { getContact } from "@/lib/server/contacts/get-contact";
import { listFavours } from "@/lib/server/favours/list-favours";
import { CONTACT_ROLE_LABELS } from "@/lib/validation/contact";
import { INTERACTION_KIND_LABELS, INTERACTION_KINDS } from "@/lib/validation/interaction";
import { INTERVIEW_KIND_LABELS } from "@/lib/validation/interview";
import {
  addContactNoteAction,
  deleteContactAction,
  deleteContactNoteAction,
  logInteractionAction,
  mergeContactsAction,
} from "../actions";
import { settleFavourAction } from "./favour-actions";

export const metadata: Metadata = { title: "Contact" };

const INTERACTION_KIND_OPTIONS = INTERACTION_KINDS.map((value) => ({ value, label: INTERACTION_KIND_LABELS[value] }));
const FAVOUR_LABELS = { given: "favour given", received: "favour received", owed: "favour owed" } as const;

export default async function ContactPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = idParam((await params).id);
  const contact = await orNotFound(getContact(user.id, id));
  const [timeline, favours] = await Promise.all([
    listTimeline(user.id, { contactId: contact.id }),
    listFavours(user.id, contact.id),
  ]);
  const now = new Date();

  return (
    <div className="space-y-8">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{contact.name}</h1>
          <p className="text-sm text-slate-600 dark:text-slate-300">
            {[CONTACT_ROLE_LABELS[contact.role], contact.title].filter(Boolean).join(" · ")}
            {contact.company ? (
              <>
                {" at "}
                <Link href={`/companies/${contact.company.id}`} className="text-brand-600 hover:underline">
                  {contact.company.name}
                </Link>
              </>
            ) : null}
          </p>
        </div>
        <div className="flex gap-2">
          <Link href={`/contacts/${contact.id}/edit`} className={buttonClasses("secondary")}>
            Edit
          </Link>
          <details className="relative">
            <summary className={`${buttonClasses("ghost")} cursor-pointer list-none`}>Delete…</summary>
            <form action={deleteContactAction.bind(null, contact.id)} className="absolute right-0 z-10 mt-1 w-64 space-y-2 rounded-md border border-slate-200 bg-white p-3 text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900">
              <p>Delete {contact.name} with their interactions and notes? You can undo it for a few seconds.</p>
              <button type="submit" className={buttonClasses("danger")}>
                Delete contact
              </button>
            </form>
          </details>
        </div>
      </header>

      <dl className="grid gap-x-6 gap-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-3 dark:border-slate-800 dark:bg-slate-900">
        <Detail term="Email">{contact.email ? <a href={`mailto:${contact.email}`} className="text-brand-600 hover:underline">{contact.email}</a> : "—"}</Detail>
        <Detail term="Phone">{contact.phone ?? "—"}</Detail>
        <Detail term="LinkedIn">
          {contact.linkedinUrl ? (
            <a href={contact.linkedinUrl} rel="noopener noreferrer nofollow" target="_blank" className="break-all text-brand-600 hover:underline">
              Profile
            </a>
          ) : (
            "—"
          )}
        </Detail>
        <Detail term="Last interaction">{contact.lastInteractionAt ? formatMoment(contact.lastInteractionAt, user.timeZone) : "Never"}</Detail>
        <Detail term="Keep in touch">{contact.keepInTouchDays ? `Every ${contact.keepInTouchDays} days` : "No cadence"}</Detail>
        <Detail term="Next touch due">
          {contact.nextTouchAt ? (
            <span className={contact.nextTouchAt < now ? "font-medium text-red-600" : undefined}>{formatMoment(contact.nextTouchAt, user.timeZone)}</span>
          ) : (
            "—"
          )}
        </Detail>
        <Detail term="How you met">{contact.howMet ?? "—"}</Detail>
        <Detail term="Tags">{contact.tags.length ? contact.tags.join(", ") : "—"}</Detail>
      </dl>
      {contact.notes ? <NoteMarkdown body={contact.notes} /> : null}

      <div className="grid gap-8 lg:grid-cols-3">
        <div className="space-y-8 lg:col-span-2">
          <section aria-labelledby="interactions-heading" className="space-y-4">
            <h2 id="interactions-heading" className="text-lg font-semibold">
              Interactions
            </h2>
            <LogInteractionForm action={logInteractionAction.bind(null, contact.id)} now={localInputValue(now, user.timeZone)} kindOptions={INTERACTION_KIND_OPTIONS} />
            {contact.interactions.length ? (
              <ul className="space-y-2 text-sm">
                {contact.interactions.map((interaction) => (
                  <li key={interaction.id} className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
                    <span className="font-medium">{INTERACTION_KIND_LABELS[interaction.kind]}</span>
                    {interaction.favour ? <span className="ml-2 rounded bg-amber-100 px-1.5 text-xs text-amber-800">{FAVOUR_LABELS[interaction.favour]}</span> : null}
                    <time dateTime={interaction.occurredAt.toISOString()} className="ml-2 text-xs text-slate-500">
                      {formatMoment(interaction.occurredAt, user.timeZone)}
                    </time>
                    {interaction.notes ? <p className="mt-1 whitespace-pre-line">{interaction.notes}</p> : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-slate-500">No interactions logged yet.</p>
            )}
          </section>

          <FavoursLedger ledger={favours} timeZone={user.timeZone} settleAction={(interactionId) => settleFavourAction.bind(null, contact.id, interactionId)} />

          <section aria-labelledby="links-heading" className="space-y-3">
            <h2 id="links-heading" className="text-lg font-semibold">
              Applications and interviews
            </h2>
            {contact.interviews.length || contact.referredApplications.length ? (
              <ul className="space-y-2 text-sm">
                {contact.referredApplications.map((application) => (
                  <li key={application.id}>
                    Referred you for{" "}
                    <Link href={`/applications/${application.id}`} className="text-brand-600 hover:underline">
                      {application.role} at {application.company.name}
                    </Link>{" "}
                    <StatusBadge status={application.status} />
                  </li>
                ))}
                {contact.interviews.map(({ interview }) => (
                  <li key={interview.id}>
                    {INTERVIEW_KIND_LABELS[interview.kind]} interview for{" "}
                    <Link href={`/applications/${interview.application.id}`} className="text-brand-600 hover:underline">
                      {interview.application.role} at {interview.application.company.name}
                    </Link>
                    , {formatMoment(interview.scheduledAt, user.timeZone)}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-slate-500">Not linked to any application yet.</p>
            )}
          </section>

          <section aria-labelledby="notes-heading" className="space-y-4">
            <h2 id="notes-heading" className="text-lg font-semibold">
              Notes
            </h2>
            <NoteForm action={addContactNoteAction.bind(null, contact.id)} />
            <NoteList notes={contact.notesList} timeZone={user.timeZone} deleteAction={(noteId) => deleteContactNoteAction.bind(null, contact.id, noteId)} />
          </section>

          <MergeContactForm action={mergeContactsAction.bind(null, contact.id)} contactId={contact.id} name={contact.name} />
        </div>

        <section aria-labelledby="timeline-heading" className="space-y-4">
          <h2 id="timeline-heading" className="text-lg font-semibold">
            Timeline
          </h2>
          <Timeline entries={timeline} timeZone={user.timeZone} />
        </section>
      </div>
    </div>
  );
}

function Detail({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs uppercase text-slate-500">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
