"use client";

import { useActionState } from "react";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/app/(app)/notifications/actions";
import { FormMessage } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/validation/form";

export function MarkReadButton({ id, title }: { id: string; title: string }) {
  const [state, action] = useActionState<FormState, FormData>(markNotificationReadAction, {});
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      <SubmitButton variant="ghost" className="px-2 py-1 text-xs">
        Mark as read<span className="sr-only">: {title}</span>
      </SubmitButton>
      <FormMessage message={state.ok ? null : state.message} />
    </form>
  );
}

export function MarkAllReadButton() {
  const [state, action] = useActionState<FormState>(markAllNotificationsReadAction, {});
  return (
    <form action={action}>
      <SubmitButton variant="secondary">Mark all as read</SubmitButton>
      <FormMessage message={state.ok ? null : state.message} />
    </form>
  );
}
