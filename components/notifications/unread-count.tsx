"use client";

import Link from "next/link";
import { useEffect, useState, type ReactNode } from "react";

const POLL_MS = 10_000;
/** Dispatched on window after the user reads notifications, so the count updates at once. */
export const NOTIFICATIONS_CHANGED = "bridges:notifications-changed";

/** `icon` is drawn by the server component around it, so no icon code ships to the browser. */
export function UnreadCount({ initial, icon }: { initial: number; icon: ReactNode }) {
  const [polled, setPolled] = useState<number | null>(null);
  // A new count from the server (navigation, refresh) replaces whatever the poll said.
  const [basis, setBasis] = useState(initial);
  if (basis !== initial) {
    setBasis(initial);
    setPolled(null);
  }
  const count = polled ?? initial;

  useEffect(() => {
    let cancelled = false;
    const poll = async () => {
      if (document.visibilityState !== "visible") return;
      const response = await fetch("/api/notifications/unread", { cache: "no-store" }).catch(() => null);
      if (!cancelled && response?.ok) setPolled(((await response.json()) as { count: number }).count);
    };
    const timer = setInterval(poll, POLL_MS);
    document.addEventListener("visibilitychange", poll);
    window.addEventListener(NOTIFICATIONS_CHANGED, poll);
    return () => {
      cancelled = true;
      clearInterval(timer);
      document.removeEventListener("visibilitychange", poll);
      window.removeEventListener(NOTIFICATIONS_CHANGED, poll);
    };
  }, []);

  return (
    <Link
      href="/notifications"
      aria-label={`${count} unread`}
      title="Unread notifications"
      className="relative flex items-center rounded-md p-2 text-sm text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800"
    >
      {icon}
      <span
        data-testid="unread-count"
        className={`absolute -right-0.5 -top-0.5 min-w-4 rounded-full px-1 text-center text-[11px] font-semibold leading-4 ${count > 0 ? "bg-red-600 text-white" : "bg-slate-200 text-slate-600 dark:bg-slate-700 dark:text-slate-200"}`}
      >
        {count}
      </span>
    </Link>
  );
}
