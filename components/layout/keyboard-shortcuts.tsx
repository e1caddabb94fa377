"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";

export const SHORTCUTS = [
  { keys: "n", description: "New application", href: "/applications/new" },
  { keys: "c", description: "New contact", href: "/contacts/new" },
  { keys: "f", description: "New follow-up", href: "/follow-ups/new" },
  { keys: "/", description: "Search" },
  { keys: "g d", description: "Go to the dashboard", href: "/dashboard" },
  { keys: "g a", description: "Go to applications", href: "/applications" },
  { keys: "g c", description: "Go to contacts", href: "/contacts" },
  { keys: "g f", description: "Go to follow-ups", href: "/follow-ups" },
  { keys: "?", description: "Show these shortcuts" },
] as const;

function isTyping(target: EventTarget | null) {
  const element = target as HTMLElement | null;
  return !!element && (element.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(element.tagName));
}

/** Single-key shortcuts for the frequent actions, ignored while typing in a field. */
export function KeyboardShortcuts() {
  const router = useRouter();
  const [helpOpen, setHelpOpen] = useState(false);
  const pendingPrefix = useRef<string | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.metaKey || event.ctrlKey || event.altKey || isTyping(event.target)) return;
      const key = event.key;
      if (key === "?") {
        setHelpOpen(true);
        return;
      }
      if (key === "/") {
        const search = document.querySelector<HTMLInputElement>('input[type="search"]');
        if (search) {
          event.preventDefault();
          search.focus();
        }
        return;
      }
      const combo = pendingPrefix.current ? `${pendingPrefix.current} ${key}` : key;
      pendingPrefix.current = null;
      if (key === "g" && !combo.includes(" ")) {
        pendingPrefix.current = "g";
        return;
      }
      const shortcut = SHORTCUTS.find((s) => s.keys === combo && "href" in s);
      if (shortcut && "href" in shortcut) {
        event.preventDefault();
        router.push(shortcut.href);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [router]);

  useEffect(() => {
    if (helpOpen) dialog.current?.showModal();
    else dialog.current?.close();
  }, [helpOpen]);

  return (
    <dialog
      ref={dialog}
      onClose={() => setHelpOpen(false)}
      aria-labelledby="shortcuts-title"
      className="m-auto w-full max-w-md rounded-xl border border-slate-200 bg-white p-6 text-slate-900 shadow-xl backdrop:bg-slate-900/40 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <h2 id="shortcuts-title" className="text-lg font-semibold">
        Keyboard shortcuts
      </h2>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        {SHORTCUTS.map((shortcut) => (
          <div key={shortcut.keys} className="contents">
            <dt>
              <kbd className="key-cap">{shortcut.keys}</kbd>
            </dt>
            <dd>{shortcut.description}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog" className="mt-6 text-right">
        <button type="submit" className="rounded-md px-3 py-1.5 text-sm hover:bg-slate-100 dark:hover:bg-slate-800">
          Close
        </button>
      </form>
    </dialog>
  );
}
