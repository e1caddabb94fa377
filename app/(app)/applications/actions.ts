"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { revalidateRecordPage, runFormAction, runOneClick, runUndo, toId, toIds } from "@/lib/actions/form-action";
import { createApplication } from "@/lib/server/applications/create-application";
import { deleteApplication } from "@/lib/server/applications/delete-application";
import { restoreApplication } from "@/lib/server/applications/restore-application";
import { updateApplication } from "@/lib/server/applications/update-application";
import { addInterview } from "@/lib/server/interviews/add-interview";
import { deleteInterview } from "@/lib/server/interviews/delete-interview";
import { setInterviewOutcome } from "@/lib/server/interviews/set-interview-outcome";
import { updateInterview } from "@/lib/server/interviews/update-interview";
import { addNote } from "@/lib/server/notes/add-note";
import { deleteNote } from "@/lib/server/notes/delete-note";
import { applicationSchemaFor } from "@/lib/validation/application";
import { formDataToObject, type FormState } from "@/lib/validation/form";
import { interviewFormToObject, interviewOutcomeSchema, interviewSchema } from "@/lib/validation/interview";
import { noteSchema } from "@/lib/validation/note";

function revalidatePipeline(applicationId?: string) {
  revalidatePath("/applications");
  revalidatePath("/board");
  revalidatePath("/dashboard");
  revalidateRecordPage("/applications", applicationId);
}

export async function createApplicationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction((user) => applicationSchemaFor(user.timeZone), formDataToObject(formData), (user, input) => createApplication(user.id, input));
  if (!outcome.ok) return outcome.state;
  revalidatePipeline();
  redirect(`/applications/${outcome.value.id}`);
}

export async function updateApplicationAction(applicationId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction((user) => applicationSchemaFor(user.timeZone), formDataToObject(formData), (user, input) =>
    updateApplication(user.id, toId(applicationId), input),
  );
  if (!outcome.ok) return outcome.state;
  revalidatePipeline(applicationId);
  redirect(`/applications/${applicationId}`);
}

export async function deleteApplicationAction(applicationId: string) {
  await runOneClick((userId) => deleteApplication(userId, toId(applicationId)));
  revalidatePipeline(applicationId);
  redirect(`/applications?deleted=${encodeURIComponent(applicationId)}`);
}

/** The toast's "Undo" after Delete: the application is back where it was. */
export async function undoDeleteApplicationAction(applicationId: string): Promise<FormState> {
  return runUndo(
    (userId) => restoreApplication(userId, toId(applicationId)),
    () => {
      revalidatePipeline(applicationId);
      return { ok: true, message: "Restored." };
    },
  );
}

export async function addInterviewAction(applicationId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(
    (user) => interviewSchema(user.timeZone),
    interviewFormToObject(formData),
    (user, input) => addInterview(user.id, toId(applicationId), input),
  );
  if (!outcome.ok) return outcome.state;
  revalidatePipeline(applicationId);
  revalidatePath("/contacts");
  redirect(`/applications/${applicationId}#interviews`);
}

export async function updateInterviewAction(interviewId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(
    (user) => interviewSchema(user.timeZone),
    interviewFormToObject(formData),
    (user, input) => updateInterview(user.id, toId(interviewId), input),
  );
  if (!outcome.ok) return outcome.state;
  revalidatePipeline(outcome.value.applicationId);
  revalidatePath("/contacts");
  redirect(`/applications/${outcome.value.applicationId}#interviews`);
}

export async function setInterviewOutcomeAction(applicationId: string, interviewId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(interviewOutcomeSchema, formDataToObject(formData), (user, input) =>
    setInterviewOutcome(user.id, toIds(applicationId, interviewId)[1], input.outcome),
  );
  if (!outcome.ok) return outcome.state;
  revalidatePipeline(applicationId);
  return { ok: true, message: "Outcome saved." };
}

export async function deleteInterviewAction(applicationId: string, interviewId: string) {
  await runOneClick((userId) => deleteInterview(userId, toIds(applicationId, interviewId)[1]));
  revalidatePipeline(applicationId);
}

export async function addApplicationNoteAction(applicationId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(noteSchema, formDataToObject(formData), (user, input) =>
    addNote(user.id, { applicationId: toId(applicationId) }, input),
  );
  if (!outcome.ok) return outcome.state;
  revalidatePipeline(applicationId);
  return { ok: true, message: "Note added." };
}

export async function deleteApplicationNoteAction(applicationId: string, noteId: string) {
  await runOneClick((userId) => deleteNote(userId, toIds(applicationId, noteId)[1]));
  revalidatePipeline(applicationId);
}
