"use client";

import { useActionState } from "react";
import { updatePreferencesAction } from "@/app/(app)/settings/actions";
import { FormMessage, SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/validation/form";

const HOURS = Array.from({ length: 24 }, (_, hour) => ({ value: String(hour), label: `${String(hour).padStart(2, "0")}:00` }));

export function PreferencesForm({ timeZones, defaults }: { timeZones: string[]; defaults: { timeZone: string; digestEnabled: boolean; digestHour: number } }) {
  const [state, action] = useActionState<FormState, FormData>(updatePreferencesAction, {});
  const errors = state.fieldErrors ?? {};
  const values = state.values;
  return (
    <form action={action} className="max-w-md space-y-4" noValidate>
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      <SelectField
        name="timeZone"
        label="Time zone"
        options={timeZones.map((zone) => ({ value: zone, label: zone.replaceAll("_", " ") }))}
        defaultValue={values?.timeZone ?? defaults.timeZone}
        errors={errors.timeZone}
        hint="Due moments, reminders and the digest follow this zone."
      />
      <div className="space-y-1">
        <label className="flex items-center gap-2 text-sm font-medium text-slate-700 dark:text-slate-200">
          <input
            type="checkbox"
            name="digestEnabled"
            defaultChecked={values ? values.digestEnabled === "on" : defaults.digestEnabled}
            className="size-4 rounded border-slate-300"
          />
          Daily digest
        </label>
        <p className="text-xs text-slate-500 dark:text-slate-400">One e-mail a day with everything that came due, instead of one per reminder.</p>
      </div>
      <SelectField name="digestHour" label="Digest hour" options={HOURS} defaultValue={values?.digestHour ?? String(defaults.digestHour)} errors={errors.digestHour} />
      <SubmitButton>Save</SubmitButton>
    </form>
  );
}
