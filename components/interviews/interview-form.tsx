"use client";

import { useState } from "react";
import { useFormAction } from "@/components/ui/use-form-action";
import { Button } from "@/components/ui/button";
import { MultiPicker } from "@/components/ui/combobox";
import { FormMessage, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/validation/form";
import type { PickOption } from "@/lib/validation/pick";
import { INTERVIEWER_NOTE_MAX, NOTE_PREFIX } from "@/lib/validation/interviewer-note";
import { INTERVIEW_KINDS, INTERVIEW_KIND_LABELS, INTERVIEW_OUTCOMES, INTERVIEW_OUTCOME_LABELS } from "@/lib/validation/pipeline-options";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  timeZone: string;
};

/** An existing interview as its edit form starts: the fields' values and the chosen panel. */
export type InterviewFormValues = { values: Record<string, string>; interviewers: PickOption[]; interviewerNotes?: Record<string, string> };

/** A row for someone not in the contacts yet; `name` is set when added from the picker. */
type NewRow = { key: number; name: string; fromPicker: boolean };

const kindOptions = INTERVIEW_KINDS.map((value) => ({ value, label: INTERVIEW_KIND_LABELS[value] }));
const outcomeOptions = INTERVIEW_OUTCOMES.map((value) => ({ value, label: INTERVIEW_OUTCOME_LABELS[value] }));

/** "Add interview": a button that opens the form, so the application page stays short. A prefill (from an e-mail) opens it. */
export function AddInterview({ prefill, ...props }: Props & { prefill?: Record<string, string> }) {
  const [open, setOpen] = useState(Boolean(prefill));
  return (
    <div className="space-y-4">
      <Button variant="secondary" aria-expanded={open} aria-controls="add-interview-form" onClick={() => setOpen(!open)}>
        Add interview
      </Button>
      {open ? <InterviewForm {...props} prefill={prefill} /> : null}
    </div>
  );
}

/** The interview form, for adding (empty) or editing (`initial`). */
export function InterviewForm({ action, timeZone, initial, prefill }: Props & { initial?: InterviewFormValues; prefill?: Record<string, string> }) {
  const [state, formAction] = useFormAction(action, {});
  const [newRows, setNewRows] = useState<NewRow[]>(initial ? [] : [{ key: 0, name: "", fromPicker: false }]);
  const addRow = (name = "", fromPicker = false) => setNewRows((rows) => (rows.length >= 10 ? rows : [...rows, { key: (rows.at(-1)?.key ?? -1) + 1, name, fromPicker }]));
  const [chosen, setChosen] = useState<PickOption[]>(initial?.interviewers ?? []);
  const values: Record<string, string | undefined> = state.values ?? initial?.values ?? prefill ?? {};
  const errors = state.fieldErrors ?? {};
  return (
    <form id={initial ? "edit-interview-form" : "add-interview-form"} action={formAction} noValidate className="space-y-4 rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      <FormMessage message={state.message} />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          name="scheduledAt"
          label="Scheduled at"
          type="datetime-local"
          required
          defaultValue={values.scheduledAt}
          errors={errors.scheduledAt}
          hint={`Your time zone: ${timeZone}`}
        />
        <SelectField name="kind" label="Kind" options={kindOptions} defaultValue={values.kind ?? "phone_screen"} errors={errors.kind} />
        <TextField name="round" label="Round" type="number" min={1} max={20} defaultValue={values.round} errors={errors.round} />
      </div>
      <MultiPicker
        id="interviewerIds"
        name="interviewerIds"
        label="Interviewers"
        source="contacts"
        placeholder="Search your contacts or type a new name"
        defaultOptions={initial?.interviewers}
        onChange={setChosen}
        onCreate={(name) => addRow(name, true)}
        errors={errors.interviewerIds}
        hint="Type a name: pick a contact, or add someone new."
      />
      {chosen.length ? (
        <fieldset className="space-y-3">
          <legend className="text-sm font-medium">What you talked about with each (for their thank-you letter)</legend>
          {chosen.map((contact) => (
            <TextField
              key={contact.value}
              id={`interviewerNote-${contact.value}`}
              name={`${NOTE_PREFIX}${contact.value}`}
              label={`What you talked about with ${contact.label}`}
              defaultValue={state.values?.[`${NOTE_PREFIX}${contact.value}`] ?? initial?.interviewerNotes?.[contact.value]}
              maxLength={INTERVIEWER_NOTE_MAX}
              autoComplete="off"
            />
          ))}
        </fieldset>
      ) : null}
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium">New people on the panel</legend>
        {newRows.map((row, index) => (
          <div key={row.key} className="grid gap-3 sm:grid-cols-2">
            <TextField id={`newInterviewerName-${row.key}`} name="newInterviewerName" label={`New interviewer ${index + 1} name`} autoComplete="off" defaultValue={row.name} />
            {/* Added from the picker, the name is there: the e-mail comes next. */}
            <TextField id={`newInterviewerEmail-${row.key}`} name="newInterviewerEmail" label={`New interviewer ${index + 1} email`} type="email" autoComplete="off" autoFocus={row.fromPicker} />
            <div className="sm:col-span-2">
              <TextField
                id={`newInterviewerNote-${row.key}`}
                name="newInterviewerNote"
                label={`New interviewer ${index + 1}: what you talked about`}
                maxLength={INTERVIEWER_NOTE_MAX}
                autoComplete="off"
              />
            </div>
          </div>
        ))}
        {errors.newInterviewers ? <FormMessage message={errors.newInterviewers[0]} /> : null}
        <Button variant="ghost" onClick={() => addRow()}>
          Add another interviewer
        </Button>
      </fieldset>
      <SelectField name="outcome" label="Outcome" options={outcomeOptions} defaultValue={values.outcome ?? "pending"} errors={errors.outcome} />
      <TextAreaField name="notes" label="Interview notes" rows={3} defaultValue={values.notes} errors={errors.notes} hint="Markdown is fine. A detail here can go into your thank-you letter." />
      <SubmitButton>{initial ? "Save changes" : "Save interview"}</SubmitButton>
    </form>
  );
}
