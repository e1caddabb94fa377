import { forwardRef, type ButtonHTMLAttributes } from "react";

type TriggerProps = ButtonHTMLAttributes<HTMLButtonElement> & { email: string };

/** The account button: the same before and after the menu's code has loaded. */
export const AccountMenuTrigger = forwardRef<HTMLButtonElement, TriggerProps>(function AccountMenuTrigger({ email, ...props }, ref) {
  return (
    <button
      ref={ref}
      type="button"
      aria-haspopup="menu"
      className="flex items-center gap-1.5 rounded-md p-1 text-sm text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800"
      {...props}
    >
      <span aria-hidden className="flex size-7 items-center justify-center rounded-full bg-brand-600 text-xs font-semibold text-white">
        {email.charAt(0).toUpperCase()}
      </span>
      <span className="sr-only">Account menu for </span>
      {/* Shown from tablets up; a phone's top bar has room for the initial only. */}
      <span className="sr-only md:not-sr-only md:max-w-48 md:truncate">{email}</span>
      {/* A CSS chevron: no icon code in the first load. */}
      <span aria-hidden className="ml-0.5 hidden size-1.5 -translate-y-0.5 rotate-45 border-b-2 border-r-2 border-slate-500 md:block" />
    </button>
  );
});
