"use client";

import { useState } from "react";
import { useFormAction } from "@/components/ui/use-form-action";
import { regenerateCalendarTokenAction } from "@/app/(app)/settings/actions";
import { Button, buttonClasses } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

export function CalendarFeed({ feedUrl }: { feedUrl: string }) {
  const [state, regenerate] = useFormAction(regenerateCalendarTokenAction, {});
  const [copied, setCopied] = useState(false);
  const webcalUrl = feedUrl.replace(/^https?:\/\//, "webcal://");
  return (
    <div className="space-y-3">
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      <TextField name="calendarFeed" label="Calendar feed" readOnly value={feedUrl} onFocus={(event) => event.currentTarget.select()} hint="Private: anyone with this address can read your follow-ups and interviews." />
      <div className="flex flex-wrap items-center gap-2">
        <Button
          variant="secondary"
          onClick={async () => {
            await navigator.clipboard.writeText(feedUrl);
            setCopied(true);
          }}
        >
          {copied ? "Copied" : "Copy"}
        </Button>
        <a href={webcalUrl} className={buttonClasses("secondary")}>
          Subscribe in your calendar app
        </a>
        <form
          action={regenerate}
          onSubmit={(event) => {
            if (!window.confirm("Create a new address? Calendars subscribed to the old one will stop updating.")) event.preventDefault();
          }}
        >
          <SubmitButton variant="ghost">Regenerate</SubmitButton>
        </form>
      </div>
    </div>
  );
}
