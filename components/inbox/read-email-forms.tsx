"use client";

import { useId, useState, useTransition } from "react";
import { useFormAction } from "@/components/ui/use-form-action";
import { useRouter } from "next/navigation";
import { CheckboxField } from "@/components/rejection/checkbox-field";
import { FormMessage, TextAreaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { MAX_EMAIL_BYTES, READ_BYTES } from "@/lib/inbox/limits";
import type { FormState } from "@/lib/validation/form";

type Props = {
  pasteAction: (state: FormState, formData: FormData) => Promise<FormState>;
  uploadAction: (formData: FormData) => Promise<{ ok: boolean; message: string }>;
};

type FileAnswer = { name: string; ok: boolean; message: string };

/** "Paste an email" and "Email file" (.eml, several at once, dropped or chosen). */
export function ReadEmailForms({ pasteAction, uploadAction }: Props) {
  const [state, formAction] = useFormAction(pasteAction, {});
  const [answers, setAnswers] = useState<FileAnswer[]>([]);
  const [dragging, setDragging] = useState(false);
  const [keepUploaded, setKeepUploaded] = useState(false);
  const [reading, startReading] = useTransition();
  const router = useRouter();
  const fileInputId = useId();

  function readFiles(files: File[]) {
    if (files.length === 0) return;
    startReading(async () => {
      const results: FileAnswer[] = [];
      // One request per file, each at most READ_BYTES: no upload limit is ever reached.
      for (const file of files) {
        if (file.size > MAX_EMAIL_BYTES) {
          results.push({ name: file.name, ok: false, message: `larger than ${MAX_EMAIL_BYTES / 1024 / 1024} MB; Bridges reads messages up to that size.` });
          continue;
        }
        const formData = new FormData();
        formData.append("file", file.slice(0, READ_BYTES), file.name);
        if (keepUploaded) formData.append("keepFullMessage", "on");
        const answer = await uploadAction(formData).catch(() => ({ ok: false, message: "could not be sent; try again." }));
        results.push({ name: file.name, ...answer });
        setAnswers([...results]);
      }
      setAnswers(results);
      router.refresh();
    });
  }

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <form action={formAction} noValidate className="space-y-3 rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900">
        <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
        <TextAreaField
          name="source"
          label="Paste an email"
          rows={8}
          className="font-mono text-xs"
          defaultValue={state.ok ? "" : state.values?.source}
          key={state.ok ? `read-${state.message}` : "paste"}
          errors={state.fieldErrors?.source}
          hint="The whole message with its headers: in most mail programs “Show original” or “View source”."
        />
        <CheckboxField name="keepFullMessage" label="Keep the full message" hint="Otherwise Bridges keeps only its headers and the sentences that decided (at most 2 kB)." />
        <SubmitButton>Read email</SubmitButton>
      </form>

      <div
        className={`space-y-3 rounded-xl border-2 border-dashed p-5 ${dragging ? "border-brand-500 bg-brand-50 dark:bg-slate-800" : "border-slate-300 bg-white dark:border-slate-700 dark:bg-slate-900"}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          readFiles([...event.dataTransfer.files]);
        }}
      >
        <label htmlFor={fileInputId} className="block text-sm font-medium text-slate-700 dark:text-slate-200">
          Email file
        </label>
        <input
          id={fileInputId}
          type="file"
          multiple
          accept=".eml,message/rfc822"
          disabled={reading}
          aria-describedby={`${fileInputId}-hint`}
          onChange={(event) => {
            readFiles([...(event.target.files ?? [])]);
            event.target.value = "";
          }}
          className="block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-medium dark:file:bg-slate-800"
        />
        <p id={`${fileInputId}-hint`} className="text-xs text-slate-500 dark:text-slate-400">
          One or more .eml files (saved from your mail program), chosen here or dropped on this box; up to {MAX_EMAIL_BYTES / 1024 / 1024} MB each.
        </p>
        <CheckboxField
          name="keepUploadedFullMessage"
          label="Keep the full messages"
          checked={keepUploaded}
          onChange={(event) => setKeepUploaded(event.target.checked)}
        />
        {reading ? (
          <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
            Reading…
          </p>
        ) : null}
        {answers.length ? (
          <ul aria-label="Files read" className="space-y-1 text-sm">
            {answers.map((answer, index) => (
              <li key={`${answer.name}-${index}`} className={answer.ok ? "text-emerald-700 dark:text-emerald-300" : "text-red-700 dark:text-red-300"}>
                {answer.name}: {answer.message}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
