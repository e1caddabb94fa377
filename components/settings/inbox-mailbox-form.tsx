"use client";

import { useActionState } from "react";
import { disconnectMailboxAction, saveMailboxAction } from "@/app/(app)/settings/inbox-actions";
import { CheckboxField } from "@/components/rejection/checkbox-field";
import { FormMessage, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import type { FormState } from "@/lib/validation/form";

/** `saved`: the mailbox as field values (mailboxFormValues); `connected`: one is saved (its password too). */
export function InboxMailboxForm({ saved, connected }: { saved: Record<string, string>; connected: boolean }) {
  const [state, action] = useFormAction(saveMailboxAction, {});
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? saved;
  return (
    <form key={JSON.stringify(values)} action={action} className="max-w-md space-y-4" noValidate>
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      <TextField name="host" label="IMAP server" required defaultValue={values.host} errors={errors.host} placeholder="imap.example.com" autoComplete="off" spellCheck={false} />
      <TextField name="port" label="Port" required inputMode="numeric" defaultValue={values.port} errors={errors.port} hint="993 with TLS, 143 without." className="w-32" />
      <CheckboxField name="tls" label="TLS" defaultChecked={values.tls === "on"} hint="Keep on unless your server has no TLS; off, Bridges still upgrades with STARTTLS when the server offers it." />
      <TextField name="username" label="Username" required defaultValue={values.username} errors={errors.username} autoComplete="off" spellCheck={false} />
      <TextField
        name="password"
        label="App password"
        type="password"
        required={!connected}
        autoComplete="new-password"
        errors={errors.password}
        hint={connected ? "Saved and never shown. Leave empty to keep it." : "An app password from your mail provider, kept encrypted. Bridges only reads."}
      />
      <TextField name="folder" label="Folder" defaultValue={values.folder} errors={errors.folder} hint="Usually INBOX; a folder your mail rules fill works too." />
      <TextField name="startDate" label="Read messages from" type="date" required defaultValue={values.startDate} errors={errors.startDate} hint="Messages that arrived before this day are never read." className="w-48" />
      <CheckboxField
        name="autoApply"
        label="Apply confident proposals by myself"
        defaultChecked={values.autoApply === "on"}
        hint="A confirmation, invitation or offer that fits exactly one application is applied as it arrives. Rejections always wait for you."
      />
      <SubmitButton>{connected ? "Save mailbox" : "Connect mailbox"}</SubmitButton>
    </form>
  );
}

export function DisconnectMailboxForm({ connected }: { connected: boolean }) {
  const [state, disconnect] = useActionState<FormState, FormData>(disconnectMailboxAction, {});
  if (!connected) return <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />;
  return (
    <form
      action={disconnect}
      onSubmit={(event) => {
        if (!window.confirm("Disconnect the mailbox? Its password and every proposal read from it are deleted.")) event.preventDefault();
      }}
      className="space-y-2"
    >
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      <SubmitButton variant="secondary">Disconnect</SubmitButton>
    </form>
  );
}
