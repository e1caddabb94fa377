import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Check your e-mail" };

export default function CheckEmailPage() {
  return (
    <div className="space-y-4">
      <h1 className="text-lg font-semibold">Check your e-mail</h1>
      <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
        We have sent a link to the address you gave. Follow it within an hour to finish signing up.
      </p>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Nothing arrived? Look in your spam folder. If this server has no mail set up, whoever runs it will find the link in its log.
      </p>
      <p className="text-center text-sm">
        <Link href="/login" className="font-medium text-brand-600 hover:underline">
          Back to log in
        </Link>
      </p>
    </div>
  );
}
