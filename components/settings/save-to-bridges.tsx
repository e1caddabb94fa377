"use client";

import { useEffect, useRef } from "react";
import { buttonClasses } from "@/components/ui/button";

/**
 * The bookmarklet link. React refuses to render a `javascript:` href, so the address is set on
 * the element after mount; it is only ever dragged to the bookmarks bar, never clicked here.
 */
export function SaveToBridgesLink({ href }: { href: string }) {
  const link = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    link.current?.setAttribute("href", href);
  }, [href]);
  return (
    <div className="space-y-2 text-sm">
      <a
        ref={link}
        href="#"
        data-bookmarklet
        className={buttonClasses("secondary", "cursor-grab")}
        onClick={(event) => event.preventDefault()}
      >
        Save to Bridges
      </a>
      <p className="text-slate-600 dark:text-slate-400">
        Drag this link to your bookmarks bar. On a job posting, click the bookmark: a new application opens here,
        filled in from the posting, for you to check and save.
      </p>
    </div>
  );
}
