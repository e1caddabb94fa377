"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";

const FLASH_COOKIE = "bridges-flash";

function takeFlash(): string | null {
  const entry = document.cookie.split("; ").find((part) => part.startsWith(`${FLASH_COOKIE}=`));
  if (!entry) return null;
  document.cookie = `${FLASH_COOKIE}=; Max-Age=0; Path=/; SameSite=Lax`;
  return decodeURIComponent(entry.slice(FLASH_COOKIE.length + 1));
}

/** Shows the message a server action left with flash(), after each navigation. */
export function Toaster() {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    const flashed = takeFlash();
    if (!flashed) return;
    // Reading a cookie is a browser-only effect; the message then lives in state.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setMessage(flashed);
    const timer = setTimeout(() => setMessage(null), 5000);
    return () => clearTimeout(timer);
  }, [pathname, searchParams]);

  return (
    <div aria-live="polite" className="pointer-events-none fixed inset-x-0 bottom-4 z-50 flex justify-center px-4">
      {message ? (
        <p role="status" className="pointer-events-auto flex items-center gap-3 rounded-lg bg-slate-900 px-4 py-2.5 text-sm text-white shadow-lg dark:bg-slate-100 dark:text-slate-900">
          {message}
          <button type="button" onClick={() => setMessage(null)} className="rounded px-1 opacity-70 hover:opacity-100" aria-label="Dismiss">
            ✕
          </button>
        </p>
      ) : null}
    </div>
  );
}
