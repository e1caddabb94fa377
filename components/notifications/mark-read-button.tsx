"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/app/(app)/notifications/actions";
import { FormMessage } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/validation/form";
import { NOTIFICATIONS_CHANGED } from "./unread-count";

/** Runs the action, then tells the header's count to refresh. */
function announcing<Args extends unknown[]>(action: (...args: Args) => Promise<FormState>) {
  return async (...args: Args) => {
    const result = await action(...args);
    if (result.ok) window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));
    return result;
  };
}

export function MarkReadButton({ id, title }: { id: string; title: string }) {
  const [state, action] = useFormAction(announcing(markNotificationReadAction), {});
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      <SubmitButton variant="ghost" className="text-xs">
        Mark as read<span className="sr-only">: {title}</span>
      </SubmitButton>
      <FormMessage message={state.ok ? null : state.message} />
    </form>
  );
}

export function MarkAllReadButton() {
  const [state, action] = useFormAction(announcing(markAllNotificationsReadAction), {});
  return (
    <form action={action}>
      <SubmitButton variant="secondary">Mark all as read</SubmitButton>
      <FormMessage message={state.ok ? null : state.message} />
    </form>
  );
}
