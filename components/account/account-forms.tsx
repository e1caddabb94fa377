"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { changePasswordAction, deleteAccountAction, updateCadenceDefaultsAction, updateProfileAction } from "@/app/(app)/account/actions";
import { FormMessage, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { PASSWORD_MIN } from "@/lib/validation/password-rules";
import { CONTACT_ROLE_LABELS, CONTACT_ROLES, DEFAULT_CADENCE_DAYS, type ContactRole } from "@/lib/validation/pipeline-options";

export function ProfileForm({ name }: { name: string | null }) {
  const [state, action] = useFormAction(updateProfileAction, {});
  return (
    <form action={action} className="space-y-3">
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      <TextField name="name" label="Name" autoComplete="name" defaultValue={state.values?.name ?? name ?? ""} errors={state.fieldErrors?.name} />
      <SubmitButton>Save name</SubmitButton>
    </form>
  );
}

export function ChangePasswordForm() {
  const [state, action] = useFormAction(changePasswordAction, {});
  return (
    <form action={action} className="space-y-3" key={state.ok ? "done" : "editing"}>
      <FormMessage message={state.fieldErrors ? null : state.message} tone={state.ok ? "success" : "error"} />
      <TextField name="currentPassword" label="Current password" type="password" autoComplete="current-password" errors={state.fieldErrors?.currentPassword} />
      <TextField
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_MIN} characters. Other devices will be logged out.`}
        errors={state.fieldErrors?.newPassword}
      />
      <SubmitButton>Change password</SubmitButton>
    </form>
  );
}

export function DeleteAccountForm({ email }: { email: string }) {
  const [state, action] = useFormAction(deleteAccountAction, {});
  return (
    <form action={action} className="space-y-3">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        This deletes your account and everything in it — applications, contacts, letters, follow-ups and pending reminders.
        Export your data first if you want to keep it. This cannot be undone.
      </p>
      <FormMessage message={state.fieldErrors ? null : state.message} />
      <TextField name="confirmation" label={`Type ${email} to confirm`} autoComplete="off" errors={state.fieldErrors?.confirmation} />
      <SubmitButton variant="danger">Delete my account</SubmitButton>
    </form>
  );
}

export function CadenceDefaultsForm({ defaults }: { defaults: Partial<Record<ContactRole, number>> }) {
  const [state, action] = useFormAction(updateCadenceDefaultsAction, {});
  return (
    <form action={action} className="space-y-3">
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      <div className="grid gap-3 sm:grid-cols-2">
        {CONTACT_ROLES.map((role) => (
          <TextField
            key={role}
            name={`cadence_${role}`}
            label={`${CONTACT_ROLE_LABELS[role]} (days)`}
            inputMode="numeric"
            defaultValue={state.values?.[`cadence_${role}`] ?? defaults[role]?.toString() ?? ""}
            placeholder={DEFAULT_CADENCE_DAYS[role]?.toString() ?? "no reminder"}
            errors={state.fieldErrors?.[`cadence_${role}`]}
          />
        ))}
      </div>
      <SubmitButton>Save cadences</SubmitButton>
    </form>
  );
}
