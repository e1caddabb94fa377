"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { FormMessage } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/validation/form";

type Props = {
  name: string;
  contacts: number;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
};

/** "Delete company", confirmed first; the server refuses while applications still point at it. */
export function DeleteCompany({ name, contacts, action }: Props) {
  const [state, formAction] = useFormAction(action, {});
  const kept = contacts ? ` Its ${contacts} contact${contacts === 1 ? "" : "s"} will stay, without a company.` : "";
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        if (!window.confirm(`Delete ${name}?${kept}`)) event.preventDefault();
      }}
      className="space-y-2"
    >
      <FormMessage message={state.message} />
      <SubmitButton variant="ghost">
        Delete company
      </SubmitButton>
    </form>
  );
}
