"use client";

import { useState } from "react";
import { useFormAction } from "@/components/ui/use-form-action";
import { completeFollowUpAction, snoozeFollowUpAction, undoFollowUpAction } from "@/app/(app)/follow-ups/actions";
import { showUndoToast } from "@/components/layout/toaster";
import { NOTIFICATIONS_CHANGED } from "@/components/notifications/unread-count";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { SNOOZE_CHOICES, type SnoozeChoice } from "@/lib/schedule/snooze-choices";
import type { UndoableFormState } from "@/lib/validation/follow-up";
import type { FormState } from "@/lib/validation/form";

type Props = { followUp: { id: string; title: string } };

// The actions, wrapped in client functions. A server action handed straight to useActionState
// is encoded into every form for use without JavaScript, and that encoding suspends the server
// render once per form: on a list of follow-ups it cost more server CPU than the rest of the page
// (bench/RESULTS.md). These buttons live on pages that need JavaScript.
type FormAction = (previous: FormState, formData: FormData) => Promise<UndoableFormState>;
// Acting on a follow-up reads its reminders, so the header's count refreshes after each success;
// the toast then offers to undo it.
const inClient =
  (action: FormAction): FormAction =>
  async (previous, formData) => {
    const result = await action(previous, formData);
    if (result.ok) window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));
    const undo = result.undo;
    if (result.ok && undo) showUndoToast(result.message ?? "Saved.", () => undoFollowUpAction(undo));
    return result;
  };
const snooze = inClient(snoozeFollowUpAction);
const complete = inClient(completeFollowUpAction);

/**
 * "Done" and "Snooze" for one follow-up, on the dashboard and the notifications page (/follow-ups
 * has the fuller FollowUpMenu).
 */
export function FollowUpActions({ followUp }: Props) {
  const [done, doneAction] = useFormAction(complete, {});
  const [snoozeOpen, setSnoozeOpen] = useState(false);
  const [picking, setPicking] = useState(false);
  const [snoozed, snoozeAction] = useFormAction(async (previous, formData) => {
    const result = await snooze(previous, formData);
    if (result.ok) {
      setSnoozeOpen(false);
      setPicking(false);
    }
    return result;
  }, {});
  const failure = [done, snoozed].find((state) => state.message && !state.ok);
  const panelId = `snooze-${followUp.id}`;

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <form action={doneAction}>
          <input type="hidden" name="id" value={followUp.id} />
          <SubmitButton variant="primary">
            Done
          </SubmitButton>
        </form>
        <Button
          variant="secondary"
          aria-expanded={snoozeOpen}
          aria-controls={panelId}
          onClick={() => setSnoozeOpen((open) => !open)}
        >
          Snooze
        </Button>
      </div>
      {snoozeOpen ? (
        <div id={panelId} role="group" aria-label={`Snooze ${followUp.title}`} className="flex flex-wrap items-end gap-2 rounded-md border border-slate-200 p-2 dark:border-slate-700">
          {(Object.keys(SNOOZE_CHOICES) as SnoozeChoice[]).map((choice) => (
            <form key={choice} action={snoozeAction}>
              <input type="hidden" name="id" value={followUp.id} />
              <input type="hidden" name="choice" value={choice} />
              <SubmitButton variant="secondary">
                {SNOOZE_CHOICES[choice].label}
              </SubmitButton>
            </form>
          ))}
          {picking ? (
            <form action={snoozeAction} className="flex items-end gap-2">
              <input type="hidden" name="id" value={followUp.id} />
              <input type="hidden" name="choice" value="until" />
              <TextField name="until" id={`${panelId}-until`} label="New due moment" type="datetime-local" required errors={snoozed.fieldErrors?.until} />
              <SubmitButton variant="secondary">
                Set date
              </SubmitButton>
            </form>
          ) : (
            <Button variant="ghost" onClick={() => setPicking(true)}>
              Pick a date
            </Button>
          )}
        </div>
      ) : null}
      <FormMessage message={failure?.message} />
    </div>
  );
}
