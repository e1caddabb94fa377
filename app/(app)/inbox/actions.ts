"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActionUser } from "@/lib/auth/current-user";
import { runFormAction, runOneClick, toId } from "@/lib/actions/form-action";
import { isAppError } from "@/lib/errors";
import { flash } from "@/lib/flash";
import { READ_BYTES } from "@/lib/inbox/limits";
import { applyProposal, type ApplyOutcome } from "@/lib/server/inbox/apply-proposal";
import { readEmail } from "@/lib/server/inbox/read-email";
import { chooseProposalApplication, dismissProposal } from "@/lib/server/inbox/resolve-proposal";
import { formDataToObject, type FormState } from "@/lib/validation/form";
import { applyProposalSchema, chooseApplicationSchema, pasteEmailSchema } from "@/lib/validation/inbox";

function revalidateInbox() {
  revalidatePath("/inbox");
  revalidatePath("/", "layout");
}

const READ_AGAIN = "Bridges had read this email before; its proposal is below.";

export async function pasteEmailAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const raw = formDataToObject(formData);
  const outcome = await runFormAction(pasteEmailSchema, raw, (user, input) => readEmail(user.id, input.source, { source: "paste", keepFullMessage: input.keepFullMessage }));
  if (!outcome.ok) return outcome.state;
  if (!outcome.value.ok) return { fieldErrors: { source: [outcome.value.message] }, values: raw };
  revalidateInbox();
  return { ok: true, message: outcome.value.duplicate ? READ_AGAIN : "Email read: its proposal is below." };
}

export type UploadAnswer = { ok: boolean; message: string };

/** One .eml file (the browser sends each on its own, cut to its first READ_BYTES). */
export async function uploadEmailAction(formData: FormData): Promise<UploadAnswer> {
  let userId: string;
  try {
    userId = (await requireActionUser()).id;
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message };
    throw error;
  }
  // A forged call may send anything in place of the form.
  const file = formData instanceof FormData ? formData.get("file") : null;
  if (!(file instanceof Blob)) return { ok: false, message: "Choose an .eml file." };
  const bytes = Buffer.from(await file.slice(0, READ_BYTES).arrayBuffer());
  const result = await readEmail(userId, bytes, { source: "upload", keepFullMessage: formData.get("keepFullMessage") === "on" });
  if (!result.ok) return { ok: false, message: result.message };
  revalidateInbox();
  return { ok: true, message: result.duplicate ? READ_AGAIN : "Read: its proposal is below." };
}

function nextPage(proposalId: string, outcome: ApplyOutcome) {
  if (outcome.next === "rejection") return `/applications/${outcome.applicationId}/rejection?proposal=${encodeURIComponent(proposalId)}`;
  if (outcome.next === "interview") {
    const at = outcome.interviewAt ? `?interviewAt=${encodeURIComponent(outcome.interviewAt)}` : "?addInterview=1";
    return `/applications/${outcome.applicationId}${at}#add-interview-form`;
  }
  return `/applications/${outcome.applicationId}`;
}

export async function applyProposalAction(proposalId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(applyProposalSchema, formDataToObject(formData), (user, input) => applyProposal(user.id, toId(proposalId), input, user.timeZone));
  if (!outcome.ok) return outcome.state;
  revalidateInbox();
  for (const path of ["/applications", "/board", "/dashboard"]) revalidatePath(path);
  if (outcome.value.next !== "rejection") await flash(outcome.value.next === "interview" ? "Moved to Interviewing: add the interview" : "Application updated from the email");
  redirect(nextPage(proposalId, outcome.value));
}

export async function chooseApplicationAction(proposalId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(chooseApplicationSchema, formDataToObject(formData), (user, input) =>
    chooseProposalApplication(user.id, toId(proposalId), input.applicationId),
  );
  if (!outcome.ok) return outcome.state;
  revalidateInbox();
  return { ok: true, message: "Application chosen." };
}

export async function dismissProposalAction(proposalId: string) {
  await runOneClick((userId) => dismissProposal(userId, toId(proposalId)));
  revalidateInbox();
}
