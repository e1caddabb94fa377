"use client";

import Link from "next/link";
import { useFormAction } from "@/components/ui/use-form-action";
import { Picker } from "@/components/ui/combobox";
import { FormMessage, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { buttonClasses } from "@/components/ui/button";
import type { FormState } from "@/lib/validation/form";
import type { PickOption } from "@/lib/validation/pick";

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
  chosen,
  defaults = {},
  timeZone,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** Who and what `defaults.contactId` / `applicationId` are, for the pickers to show. */
  chosen: { contact: PickOption | null; application: PickOption | null };
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
      <Picker
        id="contactId"
        name="contactId"
        label="Contact"
        source="contacts"
        placeholder="Search your contacts"
        defaultOption={values.contactId ? (chosen.contact?.value === values.contactId ? chosen.contact : { value: values.contactId, label: "" }) : null}
        emptyOption={{ value: "", label: "— Nobody in particular —" }}
        errors={errors.contactId}
      />
      <Picker
        id="applicationId"
        name="applicationId"
        label="Application"
        source="applications"
        placeholder="Search your applications"
        defaultOption={values.applicationId ? (chosen.application?.value === values.applicationId ? chosen.application : { value: values.applicationId, label: "" }) : null}
        emptyOption={{ value: "", label: "— None —" }}
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
