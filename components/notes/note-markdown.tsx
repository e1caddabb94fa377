import Markdown, { type Components } from "react-markdown";
import { safeUrl } from "./safe-url";

// Links open elsewhere without handing this page to the target; an unsafe link loses its href
// and is shown as plain text, so it cannot be clicked into running anything.
const components: Components = {
  a: ({ href, children }) =>
    href ? (
      <a href={href} rel="noopener noreferrer nofollow" target="_blank" className="text-brand-600 underline">
        {children}
      </a>
    ) : (
      <span>{children}</span>
    ),
};

/**
 * A note's Markdown, rendered on the server: raw HTML is dropped (not escaped into view, not
 * run), images are not loaded, and only http(s)/mailto links are kept.
 */
export function NoteMarkdown({ body }: { body: string }) {
  return (
    <div className="space-y-2 text-sm leading-relaxed [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_ol]:list-decimal [&_ol]:pl-5 [&_ul]:list-disc [&_ul]:pl-5 dark:[&_code]:bg-slate-800">
      <Markdown skipHtml urlTransform={safeUrl} disallowedElements={["img"]} components={components}>
        {body}
      </Markdown>
    </div>
  );
}
