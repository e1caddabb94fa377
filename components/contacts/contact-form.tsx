"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { SuggestField } from "@/components/ui/combobox";
import { FormMessage, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { CONTACT_ROLES, CONTACT_ROLE_LABELS, DEFAULT_CADENCE_DAYS } from "@/lib/validation/pipeline-options";
import type { FormState } from "@/lib/validation/form";

export type ContactFormValues = Partial<
  Record<"name" | "addressAs" | "email" | "phone" | "linkedinUrl" | "title" | "company" | "role" | "howMet" | "notes" | "tags" | "keepInTouchDays", string>
>;

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial: ContactFormValues;
};

const roleOptions = CONTACT_ROLES.map((value) => ({ value, label: CONTACT_ROLE_LABELS[value] }));
const cadenceHint = CONTACT_ROLES.filter((role) => DEFAULT_CADENCE_DAYS[role])
  .map((role) => `${CONTACT_ROLE_LABELS[role].toLowerCase()} ${DEFAULT_CADENCE_DAYS[role]}`)
  .join(", ");

export function ContactForm({ action, initial }: Props) {
  const [state, formAction] = useFormAction(action, {});
  const values = { ...initial, ...state.values };
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="space-y-5" key={JSON.stringify(state.values ?? null)}>
      <FormMessage message={state.message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="name" label="Name" required autoComplete="off" defaultValue={values.name} errors={errors.name} />
        <TextField
          name="addressAs"
          label="How to address"
          autoComplete="off"
          defaultValue={values.addressAs}
          errors={errors.addressAs}
          hint="Optional: the name letters greet them by (Liz, Dr Okafor), also how your notes may call them."
        />
        <TextField name="email" label="Email" type="email" autoComplete="off" defaultValue={values.email} errors={errors.email} />
        <SelectField name="role" label="Role" options={roleOptions} defaultValue={values.role ?? "other"} errors={errors.role} />
        <TextField
          name="keepInTouchDays"
          label="Keep in touch every (days)"
          type="number"
          min={1}
          max={730}
          defaultValue={values.keepInTouchDays}
          errors={errors.keepInTouchDays}
          hint={`Leave blank for the role's default (${cadenceHint}).`}
        />
        <TextField name="title" label="Job title" defaultValue={values.title} errors={errors.title} />
        <SuggestField id="company" name="company" label="Company" source="companies" defaultValue={values.company} errors={errors.company} />
        <TextField name="phone" label="Phone" type="tel" defaultValue={values.phone} errors={errors.phone} />
        <TextField name="linkedinUrl" label="LinkedIn URL" type="url" placeholder="https://www.linkedin.com/in/…" defaultValue={values.linkedinUrl} errors={errors.linkedinUrl} />
      </div>
      <TextField name="howMet" label="How you met" defaultValue={values.howMet} errors={errors.howMet} />
      <TextField name="tags" label="Tags" placeholder="mentor, fintech" defaultValue={values.tags} errors={errors.tags} hint="Separate tags with commas." />
      <TextAreaField name="notes" label="Notes" rows={4} defaultValue={values.notes} errors={errors.notes} hint="Markdown is fine." />
      <SubmitButton>Save</SubmitButton>
    </form>
  );
}
