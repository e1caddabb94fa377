import type { InputHTMLAttributes } from "react";

/** A labelled checkbox with a line of explanation read by screen readers after the label. */
export function CheckboxField({ name, label, hint, id = name, ...props }: InputHTMLAttributes<HTMLInputElement> & { name: string; label: string; hint?: string }) {
  return (
    <div className="flex items-start gap-3">
      <input id={id} name={name} type="checkbox" aria-describedby={hint ? `${id}-hint` : undefined} className="mt-1 size-4 rounded border-slate-300 accent-brand-600" {...props} />
      <div>
        <label htmlFor={id} className="text-sm font-medium text-slate-800 dark:text-slate-100">
          {label}
        </label>
        {hint ? (
          <p id={`${id}-hint`} className="text-xs text-slate-500 dark:text-slate-400">
            {hint}
          </p>
        ) : null}
      </div>
    </div>
  );
}
