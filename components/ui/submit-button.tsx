"use client";

import { useFormStatus } from "react-dom";
import { Button, type ButtonVariant } from "./button";

// Disabled while its form is submitting, so a double click cannot send twice. The accessible
// name stays the same; a spinner shows the work in progress.
export function SubmitButton({ children, variant, className }: { children: React.ReactNode; variant?: ButtonVariant; className?: string }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant={variant} className={className} disabled={pending} aria-busy={pending}>
      {pending ? (
        <span aria-hidden className="size-3.5 animate-spin rounded-full border-2 border-current border-t-transparent" />
      ) : null}
      {children}
    </Button>
  );
}
