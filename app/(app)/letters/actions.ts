"use server";

import { revalidatePath } from "next/cache";
import { revalidateRecordPage, runFormAction } from "@/lib/actions/form-action";
import { requireActionUser } from "@/lib/auth/current-user";
import { isAppError } from "@/lib/errors";
import { isMailConfigured } from "@/lib/jobs/mailer";
import { markLetterSent } from "@/lib/server/letters/mark-letter-sent";
import { sendLetter } from "@/lib/server/letters/send-letter";
import { skipLetter } from "@/lib/server/letters/skip-letter";
import { updateLetter } from "@/lib/server/letters/update-letter";
import { formDataToObject, type FormState } from "@/lib/validation/form";
import { LETTER_INTENTS, letterTextSchema, type LetterIntent } from "@/lib/validation/letter";

const DONE: Record<LetterIntent, string> = {
  save: "Draft saved.",
  markSent: "Marked as sent, and noted on their timeline.",
  send: "Sent, and noted on their timeline.",
  skip: "Skipped. It no longer counts as owed.",
};

function revalidateLetters(letterId: string) {
  revalidatePath("/letters");
  revalidateRecordPage("/letters", letterId);
  revalidatePath("/dashboard");
  revalidatePath("/applications/[id]/rejection/letters", "page");
}

/** Every button of the letter editor: the pressed one arrives as `intent`. */
export async function letterAction(letterId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const intent = formData.get("intent");
  const values = formDataToObject(formData, { omit: ["intent"] });
  if (!LETTER_INTENTS.includes(intent as LetterIntent)) return { message: "Choose what to do with the letter.", values };

  if (intent === "skip") {
    try {
      await skipLetter((await requireActionUser()).id, letterId);
    } catch (error) {
      if (isAppError(error)) return { message: error.message, values };
      throw error;
    }
  } else {
    if (intent === "send" && !isMailConfigured()) return { message: "Sending needs an SMTP server (SMTP_URL). Use “Open in email” instead.", values };
    const outcome = await runFormAction(letterTextSchema, values, (user, input) => {
      if (intent === "send") return sendLetter(user.id, letterId, input);
      if (intent === "markSent") return markLetterSent(user.id, letterId, input);
      return updateLetter(user.id, letterId, input);
    });
    if (!outcome.ok) return outcome.state;
  }
  revalidateLetters(letterId);
  return { ok: true, message: DONE[intent as LetterIntent], values };
}
