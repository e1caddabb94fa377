"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useState, type ReactNode } from "react";
import type { FormState } from "@/lib/validation/form";

const FLASH_COOKIE = "bridges-flash";
const TOAST_EVENT = "bridges:toast";
const FLASH_MS = 5000;
// Long enough to read the message and reach the button.
const UNDO_MS = 8000;

type Toast = { message: string; undo?: () => Promise<FormState> };

function takeFlash(): string | null {
  const entry = document.cookie.split("; ").find((part) => part.startsWith(`${FLASH_COOKIE}=`));
  if (!entry) return null;
  document.cookie = `${FLASH_COOKIE}=; Max-Age=0; Path=/; SameSite=Lax`;
  return decodeURIComponent(entry.slice(FLASH_COOKIE.length + 1));
}

/** After Done / Snooze / Skip / Delete / Move: a toast whose "Undo" button runs `undo`. */
export function showUndoToast(message: string, undo: () => Promise<FormState>) {
  window.dispatchEvent(new CustomEvent<Toast>(TOAST_EVENT, { detail: { message, undo } }));
}

/** Shows the message a server action left with flash(), after each navigation, and undo toasts. */
export function Toaster({ closeIcon }: { closeIcon: ReactNode }) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [toast, setToast] = useState<Toast | null>(null);
  const [undoing, setUndoing] = useState(false);

  useEffect(() => {
    const flashed = takeFlash();
    if (!flashed) return;
    // Reading a cookie is a browser-only effect; the message then lives in state.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setToast({ message: flashed });
  }, [pathname, searchParams]);

  useEffect(() => {
    const show = (event: Event) => setToast((event as CustomEvent<Toast>).detail);
    window.addEventListener(TOAST_EVENT, show);
    return () => window.removeEventListener(TOAST_EVENT, show);
  }, []);

  useEffect(() => {
    if (!toast || undoing) return;
    const timer = setTimeout(() => setToast(null), toast.undo ? UNDO_MS : FLASH_MS);
    return () => clearTimeout(timer);
  }, [toast, undoing]);

  async function undo(run: () => Promise<FormState>) {
    setUndoing(true);
    const result = await run().catch((): FormState => ({ message: "Could not undo. Try again." }));
    setUndoing(false);
    setToast({ message: result.ok ? (result.message ?? "Undone.") : (result.message ?? "Could not undo.") });
  }

  return (
    <div aria-live="polite" className="pointer-events-none fixed inset-x-0 bottom-4 z-50 flex justify-center px-4">
      {toast ? (
        <p role="status" className="pointer-events-auto flex items-center gap-3 rounded-lg bg-slate-900 px-4 py-2.5 text-sm text-white shadow-lg dark:bg-slate-100 dark:text-slate-900">
          {toast.message}
          {toast.undo ? (
            <button
              type="button"
              disabled={undoing}
              onClick={() => undo(toast.undo!)}
              className="rounded px-2 py-0.5 font-semibold underline underline-offset-2 hover:no-underline disabled:opacity-60"
            >
              Undo
            </button>
          ) : null}
          <button type="button" onClick={() => setToast(null)} className="rounded px-1 opacity-70 hover:opacity-100" aria-label="Close the message">
            {closeIcon}
          </button>
        </p>
      ) : null}
    </div>
  );
}
