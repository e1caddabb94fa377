import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClasses } from "./button";
import { inputClasses } from "./field";

type FilterFormProps = {
  /** The list page the filters apply to; they travel in the URL so a view can be bookmarked. */
  action: string;
  label: string;
  q: string | undefined;
  placeholder: string;
  /** Shown when a filter is on: the same list without them. */
  clearHref?: string;
  children: ReactNode;
};

/** A list's filter bar: free text first, then the list's own selects, then "Apply filters". */
export function FilterForm({ action, label, q, placeholder, clearHref, children }: FilterFormProps) {
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-3" role="search" aria-label={label}>
      <label className="flex-1 text-sm">
        <span className="mb-1 block font-medium">Filter by text</span>
        <input type="search" name="q" defaultValue={q} placeholder={placeholder} className={inputClasses} />
      </label>
      {children}
      <button type="submit" className={buttonClasses("secondary")}>
        Apply filters
      </button>
      {clearHref ? (
        <Link href={clearHref} className="py-2 text-sm text-brand-600 underline">
          Clear
        </Link>
      ) : null}
    </form>
  );
}

type FilterSelectProps = {
  label: string;
  name: string;
  value: string | undefined;
  options: readonly { value: string; label: string }[];
  /** The "no filter" choice, e.g. "Any tag"; omitted when one option must be chosen. */
  anyLabel?: string;
};

export function FilterSelect({ label, name, value, options, anyLabel }: FilterSelectProps) {
  return (
    <label className="text-sm">
      <span className="mb-1 block font-medium">{label}</span>
      <select name={name} defaultValue={value ?? ""} className={inputClasses}>
        {anyLabel !== undefined ? <option value="">{anyLabel}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
