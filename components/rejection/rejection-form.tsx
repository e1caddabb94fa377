"use client";

import { useState } from "react";
import { Picker } from "@/components/ui/combobox";
import { FormMessage, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/validation/form";
import type { PickOption } from "@/lib/validation/pick";
import { NEW_SENDER, REJECTION_CHANNEL_LABELS, REJECTION_CHANNELS, REJECTION_STAGE_LABELS, REJECTION_STAGES } from "@/lib/validation/rejection-options";
import { CheckboxField } from "./checkbox-field";
import { useFormAction } from "@/components/ui/use-form-action";

export type RejectionFormDefaults = {
  receivedOn: string;
  stageReached: string;
  stageRound: string;
  channel: string;
  senderId: string;
  feedback: string;
  closeSecond: boolean;
  keepOnFile: boolean;
  renewedInterest: boolean;
  wantsReferrals: boolean;
  /** A sender not in the contacts yet, as an inbox proposal read them from the e-mail. */
  newSenderName?: string;
  newSenderEmail?: string;
};

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** Who `defaults.senderId` is, when it is a contact. */
  sender: PickOption | null;
  defaults: RejectionFormDefaults;
  company: string;
};

const stageOptions = REJECTION_STAGES.map((value) => ({ value, label: REJECTION_STAGE_LABELS[value] }));
const channelOptions = REJECTION_CHANNELS.map((value) => ({ value, label: REJECTION_CHANNEL_LABELS[value] }));

const someoneNew: PickOption = { value: NEW_SENDER, label: "Someone new…" };

export function RejectionForm({ action, sender: savedSender, defaults, company }: Props) {
  const [state, formAction] = useFormAction(action, {});
  const submitted = state.values;
  const errors = state.fieldErrors ?? {};
  const text = (name: keyof RejectionFormDefaults) => submitted?.[name] ?? String(defaults[name]);
  const checked = (name: keyof RejectionFormDefaults) => (submitted ? submitted[name] === "on" : Boolean(defaults[name]));
  const [stage, setStage] = useState(text("stageReached"));
  const [sender, setSender] = useState(text("senderId"));


  return (
    // A new key after each answer resets the uncontrolled fields to what the server sent back.
    <form key={JSON.stringify(submitted ?? {})} action={formAction} noValidate className="space-y-5">
      <FormMessage message={state.message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="receivedOn" label="Received on" type="date" required defaultValue={text("receivedOn")} errors={errors.receivedOn} />
        <SelectField name="channel" label="How it came" options={channelOptions} defaultValue={text("channel")} errors={errors.channel} />
        <SelectField
          name="stageReached"
          label="Stage reached"
          options={stageOptions}
          value={stage}
          onChange={(event) => setStage(event.target.value)}
          errors={errors.stageReached}
        />
        {stage === "interview" ? (
          <TextField name="stageRound" label="Round" type="number" min={1} max={20} defaultValue={text("stageRound")} errors={errors.stageRound} />
        ) : null}
      </div>

      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-700 dark:text-slate-200">Who sent it</legend>
        <Picker
          id="senderId"
          name="senderId"
          label="From whom"
          source="contacts"
          placeholder="Search your contacts"
          defaultOption={sender === NEW_SENDER ? someoneNew : savedSender?.value === sender ? savedSender : { value: sender, label: "" }}
          emptyOption={{ value: "", label: "Nobody in particular" }}
          extraOptions={[someoneNew]}
          onChange={setSender}
          errors={errors.senderId}
        />
        {sender === NEW_SENDER ? (
          <div className="grid gap-3 sm:grid-cols-2">
            <TextField name="newSenderName" label="Their name" autoComplete="off" defaultValue={submitted?.newSenderName ?? defaults.newSenderName} errors={errors.newSenderName} />
            <TextField name="newSenderEmail" label="Their email" type="email" autoComplete="off" defaultValue={submitted?.newSenderEmail ?? defaults.newSenderEmail} errors={errors.newSenderEmail} />
          </div>
        ) : null}
      </fieldset>

      <TextAreaField
        name="feedback"
        label="Feedback"
        rows={4}
        defaultValue={text("feedback")}
        errors={errors.feedback}
        hint="What they told you, if anything. It stays private; your letters only thank them for it."
      />

      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-700 dark:text-slate-200">What it means for what comes next</legend>
        <CheckboxField name="closeSecond" label="Close second" defaultChecked={checked("closeSecond")} hint="You were a finalist: the plan adds a check-in around 90 days, when the hire's probation ends." />
        <CheckboxField name="keepOnFile" label="Keep on file" defaultChecked={checked("keepOnFile")} hint="They said they would keep your details on file." />
        <CheckboxField name="renewedInterest" label={`Still interested in ${company}`} defaultChecked={checked("renewedInterest")} hint="Your letters will say you would welcome working with them in the future." />
        <CheckboxField name="wantsReferrals" label="Ask for referrals" defaultChecked={checked("wantsReferrals")} hint="The plan adds a request for related openings in about two weeks." />
      </fieldset>

      <SubmitButton>Save rejection</SubmitButton>
    </form>
  );
}
