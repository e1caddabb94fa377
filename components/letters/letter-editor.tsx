"use client";

import { useState } from "react";
import { useFormStatus } from "react-dom";
import { undoSkipLetterAction } from "@/app/(app)/letters/actions";
import { showUndoToast } from "@/components/layout/toaster";
import { buttonClasses, type ButtonVariant } from "@/components/ui/button";
import { FormMessage, TextAreaField, TextField } from "@/components/ui/field";
import { countWords, lengthHint, letterWarnings, type LetterContext } from "@/lib/letters/letter-checks";
import { mailtoHref } from "@/lib/letters/mailto";
import type { FormState } from "@/lib/validation/form";
import type { LetterIntent } from "@/lib/validation/letter";
import { useFormAction } from "@/components/ui/use-form-action";

export type EditableLetter = { id: string; subject: string; body: string; recipientEmail: string | null; status: "draft" | "sent" | "skipped" };

/** A rejection letter's facts about its recipient, which the user sees and edits before a re-draft. */
export type LetterFacts = {
  firstName: string;
  detail: string | null;
  credited: boolean;
  // "Rita gave the feedback and offered to keep your CV on file", when there is something to credit.
  creditLabel: string | null;
};

type Props = {
  letter: EditableLetter;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  canSend: boolean;
  facts?: LetterFacts;
  context?: LetterContext;
};

function IntentButton({ intent, variant = "secondary", children }: { intent: LetterIntent; variant?: ButtonVariant; children: string }) {
  const { pending, data } = useFormStatus();
  const busy = pending && data?.get("intent") === intent;
  return (
    <button type="submit" name="intent" value={intent} disabled={pending} aria-busy={busy} className={buttonClasses(variant)}>
      {busy ? <span aria-hidden className="size-3.5 animate-spin rounded-full border-2 border-current border-t-transparent" /> : null}
      {children}
    </button>
  );
}

/**
 * Subject and body, editable, with every way out: copy the text, open it in the user's mail
 * program, send it from the app (when SMTP is configured), record it as sent, or skip it.
 */
export function LetterEditor({ letter, action, canSend, facts, context }: Props) {
  const [state, formAction] = useFormAction(async (previous: FormState, formData: FormData) => {
    const result = await action(previous, formData);
    if (result.ok && formData.get("intent") === "skip") showUndoToast("Letter skipped.", () => undoSkipLetterAction(letter.id));
    return result;
  }, {});
  const [subject, setSubject] = useState(state.values?.subject ?? letter.subject);
  const [body, setBody] = useState(state.values?.body ?? letter.body);
  // A re-draft changes the letter on the server: show its new text.
  const [drafted, setDrafted] = useState({ subject: letter.subject, body: letter.body });
  if (drafted.subject !== letter.subject || drafted.body !== letter.body) {
    setDrafted({ subject: letter.subject, body: letter.body });
    setSubject(letter.subject);
    setBody(letter.body);
  }
  const [copied, setCopied] = useState<string | null>(null);
  const errors = state.fieldErrors ?? {};
  const editable = letter.status === "draft";
  const idFor = (field: string) => `${field}-${letter.id}`;
  const words = countWords(body);
  const hint = lengthHint(words);
  const warnings = editable && context ? letterWarnings(body, context) : [];

  async function copy() {
    try {
      await navigator.clipboard.writeText(body);
      setCopied("Letter copied. Paste it into your e-mail.");
    } catch {
      setCopied("Your browser did not allow copying: select the text and copy it yourself.");
    }
  }

  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      {facts && editable ? (
        <fieldset className="space-y-3 rounded-lg bg-slate-50 p-3 dark:bg-slate-800/50">
          <legend className="sr-only">What the letter says about {facts.firstName}</legend>
          <TextField
            id={idFor("detail")}
            name="detail"
            label={`Something from your conversation with ${facts.firstName}`}
            defaultValue={state.values?.detail ?? facts.detail ?? ""}
            maxLength={220}
            errors={errors.detail}
            hint="Optional. Only what is true of this person; it goes into the letter when you re-draft it."
          />
          {facts.creditLabel ? (
            <label className="flex items-start gap-2 text-sm">
              <input type="checkbox" name="credited" defaultChecked={state.values ? state.values.credited === "on" : facts.credited} className="mt-0.5 size-4" />
              <span>{facts.creditLabel}</span>
            </label>
          ) : (
            <input type="hidden" name="credited" value={facts.credited ? "on" : ""} />
          )}
          <IntentButton intent="redraft">Re-draft letter</IntentButton>
        </fieldset>
      ) : null}
      <TextField
        id={idFor("subject")}
        name="subject"
        label="Subject"
        value={subject}
        onChange={(event) => setSubject(event.target.value)}
        readOnly={!editable}
        maxLength={300}
        errors={errors.subject}
      />
      <TextAreaField
        id={idFor("body")}
        name="body"
        label="Body"
        rows={16}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        readOnly={!editable}
        errors={errors.body}
        className="font-serif leading-relaxed"
      />
      <p className="text-xs text-slate-600 dark:text-slate-400" aria-live="polite">
        <span>{words} words</span>
        {hint ? <span> · {hint}</span> : null}
      </p>
      {warnings.length ? (
        <div role="region" aria-label="Before you send" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-200">
          <p className="font-medium">Before you send</p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5">
            {warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" onClick={copy} className={buttonClasses("secondary")}>
          Copy
        </button>
        {/* A real mailto: link, so it also works as a link; "button" is its name in the product's contract. */}
        <a
          role="button"
          href={mailtoHref({ to: letter.recipientEmail, subject, body })}
          className={buttonClasses("secondary")}
          onKeyDown={(event) => {
            if (event.key === " ") {
              event.preventDefault();
              event.currentTarget.click();
            }
          }}
        >
          Open in email
        </a>
        {editable ? (
          <>
            {canSend && letter.recipientEmail ? <IntentButton intent="send" variant="primary">Send</IntentButton> : null}
            <IntentButton intent="markSent" variant={canSend && letter.recipientEmail ? "secondary" : "primary"}>
              Mark as sent
            </IntentButton>
            <IntentButton intent="save" variant="ghost">
              Save draft
            </IntentButton>
            <IntentButton intent="skip" variant="ghost">
              Skip
            </IntentButton>
          </>
        ) : null}
      </div>
      <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
        {copied}
      </p>
      {editable && !letter.recipientEmail ? (
        <p className="text-xs text-slate-500 dark:text-slate-400">No e-mail address on file for this person: open it in your mail program and add the address there.</p>
      ) : null}
    </form>
  );
}
