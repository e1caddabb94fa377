"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction, toId, toIds } from "@/lib/actions/form-action";
import { logRejectionFromProposal } from "@/lib/server/inbox/apply-proposal";
import { logRejection } from "@/lib/server/rejections/log-rejection";
import { formDataToObject, type FormState } from "@/lib/validation/form";
import { logRejectionSchema } from "@/lib/validation/rejection";

export async function logRejectionAction(applicationId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(logRejectionSchema, formDataToObject(formData), (user, input) => logRejection(user.id, toId(applicationId), input));
  if (!outcome.ok) return outcome.state;
  onToLetters(applicationId);
}

/** Save rejection on a form an inbox proposal filled: the same logRejection, then the proposal is applied. */
export async function logRejectionFromProposalAction(applicationId: string, proposalId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(logRejectionSchema, formDataToObject(formData), (user, input) => logRejectionFromProposal(user.id, ...toIds(proposalId, applicationId), input));
  if (!outcome.ok) return outcome.state;
  revalidatePath("/inbox");
  revalidatePath("/", "layout");
  onToLetters(applicationId);
}

function onToLetters(applicationId: string): never {
  for (const path of ["/applications", "/board", "/dashboard", "/letters", `/applications/${applicationId}`]) revalidatePath(path);
  redirect(`/applications/${applicationId}/rejection/letters`);
}
