"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { Picker, SuggestField } from "@/components/ui/combobox";
import { FormMessage, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { APPLICATION_STATUSES, PRIORITY_LABELS, STATUS_LABELS, WORK_MODES, WORK_MODE_LABELS } from "@/lib/validation/pipeline-options";
import type { FormState } from "@/lib/validation/form";
import type { PickOption } from "@/lib/validation/pick";

export type ApplicationFormValues = Partial<Record<
  "company" | "role" | "status" | "postingUrl" | "location" | "workMode" | "salaryRange" | "source" | "appliedOn" | "decisionExpectedOn" | "priority" | "notes" | "tags" | "referrerId" | "postingDescription",
  string
>>;

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial: ApplicationFormValues;
  /** The saved referrer's name, so the edit form shows who `initial.referrerId` is. */
  referrer?: PickOption | null;
};

const statusOptions = APPLICATION_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] }));
const workModeOptions = [{ value: "", label: "Not stated" }, ...WORK_MODES.map((value) => ({ value, label: WORK_MODE_LABELS[value] }))];
const priorityOptions = [1, 2, 3].map((value) => ({ value: String(value), label: PRIORITY_LABELS[value]! }));

export function ApplicationForm({ action, initial, referrer }: Props) {
  const [state, formAction] = useFormAction(action, {});
  const values = { ...initial, ...state.values };
  const errors = state.fieldErrors ?? {};
  // Keyed by the returned values so that a failed save re-renders with what the user typed.
  return (
    <form action={formAction} noValidate className="space-y-5" key={JSON.stringify(state.values ?? null)}>
      <FormMessage message={state.message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SuggestField
          id="company"
          name="company"
          label="Company"
          source="companies"
          defaultValue={values.company}
          errors={errors.company}
          hint="Pick one of your companies or type a new name."
        />
        <TextField name="role" label="Role" required defaultValue={values.role} errors={errors.role} />
        <SelectField name="status" label="Status" options={statusOptions} defaultValue={values.status ?? "applied"} errors={errors.status} />
        <TextField name="appliedOn" label="Applied on" type="date" defaultValue={values.appliedOn} errors={errors.appliedOn} />
        <TextField name="postingUrl" label="Posting URL" type="url" inputMode="url" placeholder="https://" defaultValue={values.postingUrl} errors={errors.postingUrl} />
        <TextField name="decisionExpectedOn" label="Decision expected by" type="date" defaultValue={values.decisionExpectedOn} errors={errors.decisionExpectedOn} />
        <TextField name="location" label="Location" defaultValue={values.location} errors={errors.location} />
        <SelectField name="workMode" label="Work mode" options={workModeOptions} defaultValue={values.workMode ?? ""} errors={errors.workMode} />
        <TextField name="salaryRange" label="Salary range" placeholder="e.g. €70–80k" defaultValue={values.salaryRange} errors={errors.salaryRange} />
        <TextField name="source" label="Source" placeholder="referral, job board, recruiter…" defaultValue={values.source} errors={errors.source} />
        <SelectField name="priority" label="Priority" options={priorityOptions} defaultValue={values.priority ?? "2"} errors={errors.priority} />
        <Picker
          id="referrerId"
          name="referrerId"
          label="Referrer"
          source="contacts"
          placeholder="Search your contacts"
          defaultOption={values.referrerId ? { value: values.referrerId, label: referrer?.value === values.referrerId ? referrer.label : "" } : null}
          emptyOption={{ value: "", label: "No referrer" }}
          errors={errors.referrerId}
        />
      </div>
      <TextField name="tags" label="Tags" placeholder="remote, dream job" defaultValue={values.tags} errors={errors.tags} hint="Separate tags with commas." />
      <TextAreaField name="notes" label="Notes" rows={4} defaultValue={values.notes} errors={errors.notes} hint="Markdown is fine." />
      {/* Only a clipped posting carries its text; the edit form leaves a saved one as it is. */}
      {values.postingDescription !== undefined ? (
        <TextAreaField name="postingDescription" label="Posting description" rows={8} defaultValue={values.postingDescription} errors={errors.postingDescription} hint="Saved with the application, so it survives the posting being taken down." />
      ) : null}
      <SubmitButton>Save</SubmitButton>
    </form>
  );
}
