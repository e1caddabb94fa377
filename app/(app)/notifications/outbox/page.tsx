import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/current-user";
import { formatInZone } from "@/lib/schedule/zoned";
import { listEmailDeliveries } from "@/lib/server/deliveries/list-email-deliveries";

export const metadata: Metadata = { title: "E-mail outbox" };

const STATUS_TEXT = {
  pending: "Waiting to be sent",
  sent: "Sent",
  outbox: "Not sent: no e-mail server is configured",
  failed: "Failed",
} as const;

export default async function OutboxPage() {
  const user = await requireUser();
  const deliveries = await listEmailDeliveries(user.id);
  return (
    <div className="space-y-6">
      <div>
        <Link href="/notifications" className="text-sm text-brand-600 hover:underline">
          ← Notifications
        </Link>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight">E-mail outbox</h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          Every reminder e-mail, as it was (or would have been) sent. Without an SMTP server (SMTP_URL), messages stay here.
        </p>
      </div>
      {deliveries.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 p-8 text-center text-sm text-slate-600 dark:border-slate-700">No reminder e-mails yet.</p>
      ) : (
        <ul className="space-y-3">
          {deliveries.map((delivery) => (
            <li key={delivery.id} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 className="font-medium">{delivery.subject}</h2>
                <span className={`text-sm ${delivery.status === "failed" ? "font-medium text-red-700 dark:text-red-400" : "text-slate-600 dark:text-slate-400"}`}>
                  {STATUS_TEXT[delivery.status]}
                  {delivery.status === "pending" && delivery.attempts > 0 ? ` (attempt ${delivery.attempts + 1} at ${formatInZone(delivery.nextAttemptAt, user.timeZone, "HH:mm")})` : ""}
                </span>
              </div>
              <p className="text-xs text-slate-500">
                To {delivery.toAddress} · {formatInZone(delivery.sentAt ?? delivery.createdAt, user.timeZone)}
              </p>
              {delivery.lastError ? <p className="text-sm text-red-700 dark:text-red-400">Last error: {delivery.lastError}</p> : null}
              <details>
                <summary className="cursor-pointer text-sm text-brand-600">Show the message</summary>
                <pre className="mt-2 whitespace-pre-wrap rounded bg-slate-50 p-3 text-sm dark:bg-slate-950">{delivery.textBody}</pre>
              </details>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
