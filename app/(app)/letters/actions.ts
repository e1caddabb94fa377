"use server";

import { revalidatePath } from "next/cache";
import { revalidateRecordPage, runFormAction, runUndo, toId } from "@/lib/actions/form-action";
import { requireActionUser } from "@/lib/auth/current-user";
import { isAppError } from "@/lib/errors";
import { isMailConfigured } from "@/lib/jobs/mailer";
import { markLetterSent } from "@/lib/server/letters/mark-letter-sent";
import { sendLetter } from "@/lib/server/letters/send-letter";
import { skipLetter } from "@/lib/server/letters/skip-letter";
import { unskipLetter } from "@/lib/server/letters/unskip-letter";
import { redraftRejectionLetter } from "@/lib/server/letters/draft-rejection-letters";
import { updateLetter } from "@/lib/server/letters/update-letter";
import { formDataToObject, formOf, type FormState } from "@/lib/validation/form";
import { LETTER_INTENTS, letterFormSchema, type LetterIntent } from "@/lib/validation/letter";

const DONE: Record<LetterIntent, string> = {
  save: "Draft saved.",
  markSent: "Marked as sent, and noted on their timeline.",
  send: "Sent, and noted on their timeline.",
  skip: "Skipped. It no longer counts as owed.",
  redraft: "Re-drafted with what you chose.",
};
const KEPT_EDITS = "Saved. The letter has your own edits, so it was not re-drafted: add the line yourself where it fits.";

function revalidateLetters(letterId: string) {
  revalidatePath("/letters");
  revalidateRecordPage("/letters", letterId);
  revalidatePath("/dashboard");
  revalidatePath("/applications/[id]/rejection/letters", "page");
}

/** Every button of the letter editor: the pressed one arrives as `intent`. */
export async function letterAction(letterId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const intent = formOf(formData).get("intent");
  const values = formDataToObject(formData, { omit: ["intent"] });
  if (!LETTER_INTENTS.includes(intent as LetterIntent)) return { message: "Choose what to do with the letter.", values };

  if (intent === "skip") {
    try {
      await skipLetter((await requireActionUser()).id, toId(letterId));
    } catch (error) {
      if (isAppError(error)) return { message: error.message, values };
      throw error;
    }
  } else {
    if (intent === "send" && !isMailConfigured()) return { message: "Sending needs an SMTP server (SMTP_URL). Use “Open in email” instead.", values };
    // The value: whether the letter now holds what was asked (false: a re-draft kept the user's edits).
    const outcome = await runFormAction(letterFormSchema, values, async (user, { subject, body, detail, credited }) => {
      // Inside the action: a forged id is "not found" on the form, never a 500.
      const id = toId(letterId);
      if (intent === "redraft") return (await redraftRejectionLetter(user.id, id, { subject, body, detail, credited })).redrafted;
      if (intent === "send") await sendLetter(user.id, id, { subject, body });
      else if (intent === "markSent") await markLetterSent(user.id, id, { subject, body });
      // The editor of a letter without recipient facts posts no line: leave the stored one alone.
      else await updateLetter(user.id, id, "detail" in values ? { subject, body, detail, credited } : { subject, body });
      return true;
    });
    if (!outcome.ok) return outcome.state;
    if (!outcome.value) {
      revalidateLetters(letterId);
      return { ok: true, message: KEPT_EDITS, values };
    }
  }
  revalidateLetters(letterId);
  // After a re-draft the new text comes from the server, not from what was posted.
  return { ok: true, message: DONE[intent as LetterIntent], values: intent === "redraft" ? undefined : values };
}

/** The toast's "Undo" after Skip: the letter is owed again, as it was. */
export async function undoSkipLetterAction(letterId: string): Promise<FormState> {
  return runUndo(
    (userId) => unskipLetter(userId, toId(letterId)),
    () => {
      revalidateLetters(letterId);
      return { ok: true, message: "Undone: the letter is back among those to write." };
    },
  );
}
