import { NoteMarkdown } from "@/components/notes/note-markdown";

function hostOf(url: string | null) {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, "") : null;
  } catch {
    return null;
  }
}

/** Where an application came from: the posting's text as it was read, kept after the posting goes away. */
export function ClippedPosting({ postingUrl, description }: { postingUrl: string | null; description: string }) {
  const host = hostOf(postingUrl);
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-4 text-sm dark:border-slate-800 dark:bg-slate-900">
      <summary className="cursor-pointer font-medium">{host ? `Clipped from ${host}` : "Saved posting"}: the posting as it was saved</summary>
      <div className="mt-3">
        <NoteMarkdown body={description} />
      </div>
    </details>
  );
}
