import { STATUS_LABELS, type ApplicationStatus } from "@/lib/validation/application";

const TONES: Record<ApplicationStatus, string> = {
  wishlist: "bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200",
  applied: "bg-sky-100 text-sky-800 dark:bg-sky-950 dark:text-sky-200",
  screening: "bg-indigo-100 text-indigo-800 dark:bg-indigo-950 dark:text-indigo-200",
  interviewing: "bg-violet-100 text-violet-800 dark:bg-violet-950 dark:text-violet-200",
  offer: "bg-amber-100 text-amber-800 dark:bg-amber-950 dark:text-amber-200",
  accepted: "bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200",
  rejected: "bg-rose-100 text-rose-800 dark:bg-rose-950 dark:text-rose-200",
  withdrawn: "bg-slate-100 text-slate-600 dark:bg-slate-800 dark:text-slate-300",
  ghosted: "bg-zinc-200 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300",
};

export function StatusBadge({ status }: { status: ApplicationStatus }) {
  return <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ${TONES[status]}`}>{STATUS_LABELS[status]}</span>;
}
