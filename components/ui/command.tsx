"use client";

// shadcn/ui's Command, on cmdk (ADR 0014): the list a combobox filters and moves through with
// the arrow keys, styled with this app's tokens.
import { Command as CommandPrimitive, useCommandState } from "cmdk";
import type { ComponentProps } from "react";

export function Command({ className = "", ...props }: ComponentProps<typeof CommandPrimitive>) {
  return <CommandPrimitive className={`w-full ${className}`} {...props} />;
}

/** The id of the item the arrow keys are on, for a combobox's `aria-activedescendant`. */
export const useActiveItemId = () => useCommandState((state) => state.selectedItemId);

export function CommandList({ className = "", ...props }: ComponentProps<typeof CommandPrimitive.List>) {
  return <CommandPrimitive.List className={`max-h-64 overflow-y-auto overscroll-contain ${className}`} {...props} />;
}

export function CommandEmpty({ className = "", ...props }: ComponentProps<typeof CommandPrimitive.Empty>) {
  return <CommandPrimitive.Empty className={`px-2 py-3 text-center text-slate-500 dark:text-slate-400 ${className}`} {...props} />;
}

export function CommandLoading({ className = "", ...props }: ComponentProps<typeof CommandPrimitive.Loading>) {
  return <CommandPrimitive.Loading className={`px-2 py-3 text-center text-slate-500 dark:text-slate-400 ${className}`} {...props} />;
}

export function CommandItem({ className = "", ...props }: ComponentProps<typeof CommandPrimitive.Item>) {
  return (
    <CommandPrimitive.Item
      className={`flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 outline-none select-none data-[selected=true]:bg-brand-500/10 data-[selected=true]:text-brand-900 dark:data-[selected=true]:bg-brand-500/20 dark:data-[selected=true]:text-white ${className}`}
      {...props}
    />
  );
}
