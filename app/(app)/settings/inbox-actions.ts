"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runFormAction } from "@/lib/actions/form-action";
import { disconnectMailbox } from "@/lib/server/inbox/disconnect-mailbox";
import { saveMailbox } from "@/lib/server/inbox/save-mailbox";
import { formDataToObject, type FormState } from "@/lib/validation/form";
import { mailboxSchema } from "@/lib/validation/inbox-mailbox";

export async function saveMailboxAction(_prev: FormState, formData: FormData): Promise<FormState> {
  // The password is never echoed back to the form, not even after an error.
  const outcome = await runFormAction(mailboxSchema, formDataToObject(formData), (user, input) => saveMailbox(user.id, input));
  if (!outcome.ok) return { ...outcome.state, values: withoutPassword(outcome.state.values) };
  revalidatePath("/settings");
  revalidatePath("/inbox");
  const { problem } = outcome.value;
  // Saved either way (the worker keeps trying): ok, with what went wrong in the message.
  return problem
    ? { ok: true, message: `Saved, but the mailbox could not be read: ${problem}`, values: withoutPassword(formDataToObject(formData)) }
    : { ok: true, message: "Mailbox connected. Bridges reads it every few minutes." };
}

export async function disconnectMailboxAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(z.strictObject({}), formDataToObject(formData), (user) => disconnectMailbox(user.id));
  if (!outcome.ok) return outcome.state;
  revalidatePath("/settings");
  revalidatePath("/inbox");
  return { ok: true, message: "Mailbox disconnected: its password and everything read from it are deleted." };
}

function withoutPassword(values: Record<string, string> | undefined) {
  return values && Object.fromEntries(Object.entries(values).filter(([key]) => key !== "password"));
}
