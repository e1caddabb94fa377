"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runFormAction, runOneClick } from "@/lib/actions/form-action";
import { dismissFirstRunChecklist } from "@/lib/server/dashboard/dismiss-first-run-checklist";
import { loadDemoData } from "@/lib/server/demo/load-demo-data";
import type { FormState } from "@/lib/validation/form";

const noFields = z.strictObject({});

/** Fills an empty account with the demo's month of job search; a used account gets a message. */
export async function loadDemoDataAction(): Promise<FormState> {
  const outcome = await runFormAction(noFields, {}, (user) => loadDemoData(user.id));
  if (!outcome.ok) return outcome.state;
  revalidatePath("/", "layout");
  return { ok: true, message: `Demo data loaded: ${outcome.value.applications} applications and ${outcome.value.contacts} contacts.` };
}

export async function dismissChecklistAction() {
  await runOneClick((userId) => dismissFirstRunChecklist(userId));
  revalidatePath("/dashboard");
}
