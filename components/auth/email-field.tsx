import { TextField } from "@/components/ui/field";
import type { FormState } from "@/lib/validation/form";

/** The account's address on the log-in, sign-up and forgot-password forms, kept after a refusal. */
export function EmailField({ state }: { state: FormState }) {
  return <TextField name="email" label="Email" type="email" autoComplete="email" required defaultValue={state.values?.email} errors={state.fieldErrors?.email} />;
}
