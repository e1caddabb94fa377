"use client";

import { useEffect, useState } from "react";
import { readClippedPostingAction } from "@/app/(app)/applications/new/actions";
import { ApplicationForm, type ApplicationFormValues } from "@/components/applications/application-form";
import { FormMessage } from "@/components/ui/field";
import { requestFailureMessage } from "@/lib/actions/body-limit";
import { CLIP_MESSAGE, CLIP_READY } from "@/lib/postings/bookmarklet";
import type { FormState } from "@/lib/validation/form";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial: ApplicationFormValues;
};

/**
 * /applications/new opened by the "Save to Bridges" bookmarklet: tells the posting's tab it is
 * ready, takes the page it sends (only from that tab), has it read on the server and starts the
 * form from what was read. Nothing is saved until the user presses Save.
 */
export function ClippedApplicationForm({ initial, ...props }: Props) {
  const [values, setValues] = useState(initial);
  const [status, setStatus] = useState<{ message: string; tone: "success" | "error" } | null>(null);

  useEffect(() => {
    const source = window.opener as Window | null;
    if (!source) return;
    const receive = async (event: MessageEvent) => {
      const data = event.data as { type?: unknown; url?: unknown; html?: unknown } | null;
      if (event.source !== source || data?.type !== CLIP_MESSAGE) return;
      window.removeEventListener("message", receive);
      setStatus({ message: "Reading the posting…", tone: "success" });
      let reading;
      try {
        reading = await readClippedPostingAction({ url: data.url, html: data.html });
      } catch (error) {
        return setStatus({ message: requestFailureMessage(error), tone: "error" });
      }
      if (!reading.ok) return setStatus({ message: reading.message, tone: "error" });
      setValues((current) => ({ ...current, ...reading.values }));
      setStatus({ message: "Filled in from the posting: check it, then save.", tone: "success" });
    };
    window.addEventListener("message", receive);
    source.postMessage(CLIP_READY, "*");
    return () => window.removeEventListener("message", receive);
  }, []);

  return (
    <div className="space-y-4">
      <FormMessage message={status?.message} tone={status?.tone} />
      <ApplicationForm key={JSON.stringify(values)} initial={values} {...props} />
    </div>
  );
}
