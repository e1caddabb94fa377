"use client";

import { FormMessage, SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { PlanItemKind, PlanSummary } from "@/lib/schedule/follow-up-plan";
import type { FormState } from "@/lib/validation/form";
import { CheckboxField } from "./checkbox-field";
import { useFormAction } from "@/components/ui/use-form-action";

export type PlanFormItem = { kind: PlanItemKind; title: string; notes: string; contactId: string | null; dueOn: string; cadenceDays: number | null };

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  items: PlanFormItem[];
  contacts: { id: string; name: string }[];
};

const KIND_LABELS: Record<PlanItemKind, string> = {
  check_in: "Check-in, about 60 days on",
  second_check_in: "Check-in, about 90 days on",
  referral_request: "Referral request, about 2 weeks on",
  keep_in_touch: "Keep in touch, repeating",
};

const SUMMARY_LABELS: Record<PlanItemKind, string> = {
  check_in: "a check-in at ~60 days",
  second_check_in: "another at ~90 days",
  referral_request: "a referral request at ~2 weeks",
  keep_in_touch: "keep in touch",
};

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** "8 follow-ups for 5 people", and who gets what, before the details. */
export function PlanSummaryList({ summary, onCadence }: { summary: PlanSummary; onCadence: { id: string; name: string }[] }) {
  return (
    <section aria-labelledby="plan-summary" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm dark:border-slate-800 dark:bg-slate-900">
      <h2 id="plan-summary" className="text-base font-medium">
        {plural(summary.total, "follow-up")} for {plural(summary.people.length, "person", "people")}
      </h2>
      <ul className="space-y-1">
        {summary.people.map((person) => (
          <li key={person.contactId ?? "company"}>
            <span className="font-medium">{person.name}</span>: {person.kinds.map((kind) => SUMMARY_LABELS[kind]).join(", ")}
          </li>
        ))}
      </ul>
      {onCadence.length ? (
        <p className="text-slate-600 dark:text-slate-400">
          Already on a keep-in-touch cadence, so none is added: {onCadence.map((person) => person.name).join(", ")}.
        </p>
      ) : null}
    </section>
  );
}

/** The proposed follow-ups, each editable and optional, with why it is there, accepted together. */
export function PlanForm({ action, items, contacts }: Props) {
  const [state, formAction] = useFormAction(action, {});
  const submitted = state.values;
  const errors = state.fieldErrors ?? {};
  const contactOptions = [{ value: "", label: "Nobody in particular" }, ...contacts.map((contact) => ({ value: contact.id, label: contact.name }))];

  return (
    <form key={JSON.stringify(submitted ?? {})} action={formAction} noValidate className="space-y-4">
      <FormMessage message={state.message} />
      <ol className="space-y-4">
        {items.map((item, index) => {
          const name = (field: string) => `items.${index}.${field}`;
          const id = (field: string) => `items-${index}-${field}`;
          const value = (field: string, initial: string) => submitted?.[name(field)] ?? initial;
          return (
            <li key={index}>
              <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
                <legend className="px-1 text-xs font-medium uppercase tracking-wide text-slate-500">{KIND_LABELS[item.kind]}</legend>
                <input type="hidden" name={name("kind")} value={item.kind} />
                <input type="hidden" name={name("notes")} value={item.notes} />
                <CheckboxField id={id("include")} name={name("include")} label={`Keep “${item.title}”`} defaultChecked={submitted ? submitted[name("include")] === "on" : true} hint={item.notes ? `Why: ${item.notes}` : undefined} />
                <div className="grid gap-3 sm:grid-cols-[2fr_1fr]">
                  <TextField id={id("title")} name={name("title")} label="What" defaultValue={value("title", item.title)} errors={errors[name("title")]} />
                  <TextField id={id("dueOn")} name={name("dueOn")} label="Due on" type="date" defaultValue={value("dueOn", item.dueOn)} errors={errors[name("dueOn")]} />
                </div>
                <div className="grid gap-3 sm:grid-cols-[2fr_1fr]">
                  <SelectField id={id("contactId")} name={name("contactId")} label="With" options={contactOptions} defaultValue={value("contactId", item.contactId ?? "")} errors={errors[name("contactId")]} />
                  {item.kind === "keep_in_touch" ? (
                    <TextField id={id("cadenceDays")} name={name("cadenceDays")} label="Every (days)" type="number" min={1} max={730} defaultValue={value("cadenceDays", String(item.cadenceDays ?? ""))} errors={errors[name("cadenceDays")]} />
                  ) : null}
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <p className="text-sm text-slate-600 dark:text-slate-400">Each one is due at 9:00 on its day, in your time zone. Nothing is scheduled until you accept.</p>
      <SubmitButton>Accept plan</SubmitButton>
    </form>
  );
}
