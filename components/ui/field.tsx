import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

export const inputClasses =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm placeholder:text-slate-400 focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/30 aria-[invalid=true]:border-red-500 dark:border-slate-700 dark:bg-slate-900";

type FieldShellProps = { id: string; label: string; errors?: string[]; hint?: ReactNode; children: ReactNode };

// A label, the control, a hint and the field's errors, wired together for screen readers.
export function FieldShell({ id, label, errors, hint, children }: FieldShellProps) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700 dark:text-slate-200">
        {label}
      </label>
      {children}
      {hint && !errors?.length ? (
        <p id={`${id}-hint`} className="text-xs text-slate-500 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-600 dark:text-red-400">
          {errors[0]}
        </p>
      ) : null}
    </div>
  );
}

function describedBy(id: string, errors?: string[], hint?: ReactNode) {
  if (errors?.length) return `${id}-error`;
  return hint ? `${id}-hint` : undefined;
}

/** What every labelled control takes besides its element's own attributes. */
type FieldProps = { name: string; label: string; errors?: string[]; hint?: ReactNode };

/** The attributes that tie a control to its label, hint and errors. */
function controlProps(id: string, name: string, errors: string[] | undefined, hint: ReactNode, className: string) {
  return {
    id,
    name,
    "aria-invalid": errors?.length ? true : undefined,
    "aria-describedby": describedBy(id, errors, hint),
    className: `${inputClasses} ${className}`,
  };
}

export function TextField({ name, label, errors, hint, id = name, className = "", ...props }: InputHTMLAttributes<HTMLInputElement> & FieldProps) {
  return (
    <FieldShell id={id} label={label} errors={errors} hint={hint}>
      <input {...controlProps(id, name, errors, hint, className)} {...props} />
    </FieldShell>
  );
}

export function TextAreaField({ name, label, errors, hint, id = name, className = "", ...props }: TextareaHTMLAttributes<HTMLTextAreaElement> & FieldProps) {
  return (
    <FieldShell id={id} label={label} errors={errors} hint={hint}>
      <textarea {...controlProps(id, name, errors, hint, className)} {...props} />
    </FieldShell>
  );
}

type SelectFieldProps = SelectHTMLAttributes<HTMLSelectElement> & FieldProps & { options: readonly { value: string; label: string }[] };

export function SelectField({ name, label, errors, hint, options, id = name, className = "", ...props }: SelectFieldProps) {
  return (
    <FieldShell id={id} label={label} errors={errors} hint={hint}>
      <select {...controlProps(id, name, errors, hint, className)} {...props}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function FormMessage({ message, tone = "error" }: { message?: string | null; tone?: "error" | "success" }) {
  if (!message) return null;
  const styles =
    tone === "error"
      ? "border-red-200 bg-red-50 text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200"
      : "border-emerald-200 bg-emerald-50 text-emerald-800 dark:border-emerald-900 dark:bg-emerald-950 dark:text-emerald-200";
  return (
    <p role={tone === "error" ? "alert" : "status"} className={`rounded-md border px-3 py-2 text-sm ${styles}`}>
      {message}
    </p>
  );
}
