"use client";

import Link from "next/link";
import { useFormAction } from "@/components/ui/use-form-action";
import { FormMessage, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { buttonClasses } from "@/components/ui/button";
import type { FormState } from "@/lib/validation/form";

type Option = { value: string; label: string };

export type FollowUpFormValues = {
  title?: string;
  contactId?: string;
  applicationId?: string;
  dueAt?: string;
  cadenceDays?: string;
  notes?: string;
};

export function FollowUpForm({
  action,
  contacts,
  applications,
  defaults = {},
  timeZone,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  contacts: Option[];
  applications: Option[];
  defaults?: FollowUpFormValues;
  timeZone: string;
}) {
  const [state, formAction] = useFormAction(action, {});
  const values: FollowUpFormValues = state.values ?? defaults;
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="max-w-xl space-y-4" noValidate>
      <FormMessage message={state.message} />
      <TextField name="title" label="What" maxLength={200} required defaultValue={values.title} errors={errors.title} placeholder="Check in about the role" />
      <SelectField
        name="contactId"
        label="Contact"
        options={[{ value: "", label: "— Nobody in particular —" }, ...contacts]}
        defaultValue={values.contactId ?? ""}
        errors={errors.contactId}
      />
      <SelectField
        name="applicationId"
        label="Application"
        options={[{ value: "", label: "— None —" }, ...applications]}
        defaultValue={values.applicationId ?? ""}
        errors={errors.applicationId}
      />
      <TextField
        name="dueAt"
        label="Due at"
        type="datetime-local"
        required
        defaultValue={values.dueAt}
        errors={errors.dueAt}
        hint={`In your time zone (${timeZone}).`}
      />
      <TextField
        name="cadenceDays"
        label="Repeat every (days)"
        type="number"
        min={1}
        max={365}
        inputMode="numeric"
        defaultValue={values.cadenceDays}
        errors={errors.cadenceDays}
        hint="Optional: after you mark it done, the next one is scheduled this many days later."
      />
      <TextAreaField name="notes" label="Notes" rows={3} maxLength={5000} defaultValue={values.notes} errors={errors.notes} />
      <div className="flex gap-2">
        <SubmitButton>Save</SubmitButton>
        <Link href="/follow-ups" className={buttonClasses("ghost")}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
