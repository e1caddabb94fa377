"use client";

import { unstable_rethrow } from "next/navigation";
import Link from "next/link";
import { useState, useTransition, type FormEvent } from "react";
import {
  completeFollowUpAction,
  deleteFollowUpAction,
  dismissFollowUpAction,
  snoozeFollowUpAction,
  undoFollowUpAction,
} from "@/app/(app)/follow-ups/actions";
import { showUndoToast } from "@/components/layout/toaster";
import { NOTIFICATIONS_CHANGED } from "@/components/notifications/unread-count";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { requestFailureMessage } from "@/lib/actions/body-limit";
import { SNOOZE_CHOICES, type SnoozeChoice } from "@/lib/schedule/snooze-choices";
import type { UndoableFormState } from "@/lib/validation/follow-up";
import type { FormState } from "@/lib/validation/form";

type Action = (previous: FormState, formData: FormData) => Promise<UndoableFormState>;

/**
 * Everything one can do with a follow-up on /follow-ups, as one client component per item: its
 * buttons call the same server actions as the forms elsewhere, and the rarer choices (snooze
 * lengths, edit, calendar, delete) render only once opened. Six server-rendered forms per item
 * made the heavy user's list the slowest page (docs/decisions/0021).
 */
export function FollowUpMenu({ id, title }: { id: string; title: string }) {
  const [pending, startTransition] = useTransition();
  const [open, setOpen] = useState<"snooze" | "more" | null>(null);
  const [picking, setPicking] = useState(false);
  const [failure, setFailure] = useState<FormState>({});
  const snoozeId = `snooze-${id}`;
  const moreId = `more-${id}`;

  const run = (action: Action, fields: Record<string, string> = {}, onSuccess?: () => void) =>
    startTransition(async () => {
      const formData = new FormData();
      formData.set("id", id);
      for (const [name, value] of Object.entries(fields)) formData.set(name, value);
      try {
        const result = await action({}, formData);
        setFailure(result.ok ? {} : result);
        if (!result.ok) return;
        onSuccess?.();
        // Acting on a follow-up reads its reminders: the header's count refreshes.
        window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));
        const undo = result.undo;
        if (undo) showUndoToast(result.message ?? "Saved.", () => undoFollowUpAction(undo));
      } catch (error) {
        unstable_rethrow(error);
        setFailure({ message: requestFailureMessage(error) });
      }
    });
  const toggle = (panel: "snooze" | "more") => setOpen((current) => (current === panel ? null : panel));
  const closeSnooze = () => {
    setOpen(null);
    setPicking(false);
  };
  const snoozeUntil = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    run(snoozeFollowUpAction, { choice: "until", until: String(new FormData(event.currentTarget).get("until") ?? "") }, closeSnooze);
  };
  const remove = () => {
    if (window.confirm(`Delete "${title}"?`)) run(deleteFollowUpAction);
  };

  return (
    <div className="space-y-2" aria-busy={pending}>
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="primary" disabled={pending} onClick={() => run(completeFollowUpAction)}>
          Done
        </Button>
        <Button variant="secondary" aria-expanded={open === "snooze"} aria-controls={snoozeId} onClick={() => toggle("snooze")}>
          Snooze
        </Button>
        <Button variant="ghost" disabled={pending} onClick={() => run(dismissFollowUpAction)}>
          Dismiss
        </Button>
        <Button variant="ghost" aria-expanded={open === "more"} aria-controls={moreId} aria-label={`More for ${title}`} onClick={() => toggle("more")}>
          More
        </Button>
      </div>
      {open === "snooze" ? (
        <div id={snoozeId} role="group" aria-label={`Snooze ${title}`} className="flex flex-wrap items-end gap-2 rounded-md border border-slate-200 p-2 dark:border-slate-700">
          {(Object.keys(SNOOZE_CHOICES) as SnoozeChoice[]).map((choice) => (
            <Button key={choice} variant="secondary" disabled={pending} onClick={() => run(snoozeFollowUpAction, { choice }, closeSnooze)}>
              {SNOOZE_CHOICES[choice].label}
            </Button>
          ))}
          {picking ? (
            <form onSubmit={snoozeUntil} className="flex items-end gap-2">
              <TextField name="until" id={`${snoozeId}-until`} label="New due moment" type="datetime-local" required errors={failure.fieldErrors?.until} />
              <Button type="submit" variant="secondary" disabled={pending}>
                Set date
              </Button>
            </form>
          ) : (
            <Button variant="ghost" onClick={() => setPicking(true)}>
              Pick a date
            </Button>
          )}
        </div>
      ) : null}
      {open === "more" ? (
        <div id={moreId} className="flex flex-wrap items-center gap-3 rounded-md border border-slate-200 p-2 text-sm dark:border-slate-700">
          <Link href={`/follow-ups/${id}/edit`} className="text-brand-600 hover:underline" aria-label={`Edit ${title}`}>
            Edit
          </Link>
          <a href={`/api/follow-ups/${id}/ics`} className="text-brand-600 hover:underline" download>
            Add to calendar<span className="sr-only"> ({title})</span>
          </a>
          <Button variant="ghost" disabled={pending} onClick={remove}>
            Delete
          </Button>
        </div>
      ) : null}
      <FormMessage message={failure.message} />
    </div>
  );
}
