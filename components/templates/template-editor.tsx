"use client";

import { useState } from "react";
import { useFormAction } from "@/components/ui/use-form-action";
import { CheckboxField } from "@/components/rejection/checkbox-field";
import { FormMessage, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { renderLetter, templateProblem } from "@/lib/letters/render-template";
import { LETTER_VARIABLES, SAMPLE_VALUES } from "@/lib/letters/variables";
import type { FormState } from "@/lib/validation/form";

type Props = {
  template: { name: string; subject: string; body: string; isDefault: boolean };
  action: (state: FormState, formData: FormData) => Promise<FormState>;
};

/** Name, subject and body with the variables at hand and a live preview on sample facts. */
export function TemplateEditor({ template, action }: Props) {
  const [state, formAction] = useFormAction(action, {});
  const [subject, setSubject] = useState(template.subject);
  const [body, setBody] = useState(template.body);
  const errors = state.fieldErrors ?? {};
  const problem = templateProblem(subject) ?? templateProblem(body);
  const preview = problem ? null : renderLetter({ subject, body }, SAMPLE_VALUES);

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <form action={formAction} noValidate className="space-y-4">
        <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
        <TextField name="name" label="Name" defaultValue={state.values?.name ?? template.name} maxLength={120} errors={errors.name} />
        <TextField name="subject" label="Subject" value={subject} onChange={(event) => setSubject(event.target.value)} errors={errors.subject} />
        <TextAreaField name="body" label="Body" rows={18} value={body} onChange={(event) => setBody(event.target.value)} errors={errors.body} className="font-mono text-xs" />
        <CheckboxField name="isDefault" label="Use as my default for these letters" defaultChecked={state.values ? state.values.isDefault === "on" : template.isDefault} />
        <SubmitButton>Save template</SubmitButton>
      </form>
      <div className="space-y-4">
        <section aria-labelledby="preview-heading" className="space-y-2 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
          <h2 id="preview-heading" className="text-sm font-medium uppercase tracking-wide text-slate-500">
            Preview
          </h2>
          {preview ? (
            <div aria-live="polite">
              <p className="font-medium">{preview.subject}</p>
              <p className="mt-3 whitespace-pre-wrap font-serif text-sm leading-relaxed">{preview.body}</p>
            </div>
          ) : (
            <p role="status" className="text-sm text-red-700 dark:text-red-400">
              {problem}
            </p>
          )}
        </section>
        <section aria-labelledby="variables-heading" className="space-y-2 text-sm">
          <h2 id="variables-heading" className="font-medium">
            Variables
          </h2>
          <p className="text-slate-600 dark:text-slate-400">
            Write <code>{"{{firstName}}"}</code> to insert a value; wrap text in <code>{"{{#detail}}…{{/detail}}"}</code> to show it only when it
            is known, or <code>{"{{^detail}}…{{/detail}}"}</code> only when it is not. Give several phrasings as{" "}
            <code>{"{{#oneOf}}one way{{or}}another way{{/oneOf}}"}</code>: each letter to the same panel takes the next one, so colleagues
            comparing notes do not find the same letter.
          </p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
            {Object.entries(LETTER_VARIABLES).map(([name, variable]) => (
              <div key={name} className="contents">
                <dt>
                  <code>{variable.type === "flag" ? `{{#${name}}}` : `{{${name}}}`}</code>
                </dt>
                <dd className="text-slate-600 dark:text-slate-400">{variable.description}</dd>
              </div>
            ))}
          </dl>
        </section>
      </div>
    </div>
  );
}
