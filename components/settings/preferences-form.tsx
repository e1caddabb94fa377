"use client";

import { useSyncExternalStore } from "react";
import { useFormAction } from "@/components/ui/use-form-action";
import { updatePreferencesAction } from "@/app/(app)/settings/actions";
import { CheckboxField } from "@/components/rejection/checkbox-field";
import { FormMessage, SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

const HOURS = Array.from({ length: 24 }, (_, hour) => ({ value: String(hour), label: `${String(hour).padStart(2, "0")}:00` }));

// The ~420 zones are listed by the browser, not sent by the server: in the page's HTML and its
// RSC payload they made up a third of /settings. The server renders the saved zone alone; the
// rest arrive on hydration, with the saved zone kept first should the browser not know it.
let browserZones: string[] | undefined;
const noSubscription = () => () => {};
const listBrowserZones = () => (browserZones ??= Intl.supportedValuesOf("timeZone"));
const noZones = () => undefined;

function timeZoneOptions(current: string, zones: string[] | undefined) {
  const choices = !zones ? [current] : zones.includes(current) ? zones : [current, ...zones];
  return choices.map((zone) => ({ value: zone, label: zone.replaceAll("_", " ") }));
}

/** `saved`: the stored preferences as field values (preferencesFormValues). */
export function PreferencesForm({ saved }: { saved: Record<string, string> }) {
  const [state, action] = useFormAction(updatePreferencesAction, {});
  const errors = state.fieldErrors ?? {};
  const zones = useSyncExternalStore(noSubscription, listBrowserZones, noZones);
  // After a save the action hands back what was saved, after an error what was typed. React resets
  // a form once its action ends, and a select keeps its first default through a reset: a new key
  // remounts the fields with these values, so a second save never puts the old ones back.
  const values = state.values ?? saved;
  return (
    <form key={JSON.stringify(values)} action={action} className="max-w-md space-y-4" noValidate>
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      <SelectField
        name="timeZone"
        label="Time zone"
        options={timeZoneOptions(saved.timeZone ?? "UTC", zones)}
        defaultValue={values.timeZone}
        errors={errors.timeZone}
        hint="Due moments, reminders and the digest follow this zone."
      />
      <TextField
        name="reminderTime"
        label="Reminder time"
        type="time"
        required
        defaultValue={values.reminderTime}
        errors={errors.reminderTime}
        hint="Follow-ups, letters and snoozes Bridges schedules for you are due at this time of day."
        className="w-40"
      />
      <CheckboxField
        name="weekdaysOnly"
        label="Weekdays only"
        defaultChecked={values.weekdaysOnly === "on"}
        hint="What Bridges schedules for you lands on Monday to Friday; a date you pick yourself stays as you chose it."
      />
      <CheckboxField
        name="digestEnabled"
        label="Daily digest"
        defaultChecked={values.digestEnabled === "on"}
        hint="One e-mail a day with everything that came due, instead of one per reminder."
      />
      <SelectField name="digestHour" label="Digest hour" options={HOURS} defaultValue={values.digestHour} errors={errors.digestHour} />
      <SubmitButton>Save</SubmitButton>
    </form>
  );
}
