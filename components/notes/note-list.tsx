import { formatMoment } from "@/components/timeline/dates";
import { NoteMarkdown } from "./note-markdown";

type Note = { id: string; body: string; createdAt: Date };

export function NoteList({ notes, timeZone, deleteAction }: { notes: Note[]; timeZone: string; deleteAction: (noteId: string) => () => Promise<void> }) {
  if (!notes.length) return <p className="text-sm text-slate-500">No notes yet. Jot down what you learned, who you spoke to, what to ask next.</p>;
  return (
    <ul className="space-y-3">
      {notes.map((note) => (
        <li key={note.id} className="rounded-lg border border-slate-200 p-3 dark:border-slate-700" data-testid="note">
          <NoteMarkdown body={note.body} />
          <div className="mt-2 flex items-center justify-between text-xs text-slate-500">
            <time dateTime={note.createdAt.toISOString()}>{formatMoment(note.createdAt, timeZone)}</time>
            <form action={deleteAction(note.id)}>
              <button type="submit" className="underline hover:text-red-600">
                Delete note
              </button>
            </form>
          </div>
        </li>
      ))}
    </ul>
  );
}
