// The letters step of a rejection: for each letter, what its editor shows about the recipient
// and what its checks compare it with (the other letters of the same rejection).
import type { LetterContext } from "./letter-checks";
import { addressOf } from "./person-detail";

type StepLetter = {
  id: string;
  body: string;
  detail: string | null;
  credited: boolean;
  recipientName: string | null;
  contact: { id: string; name: string; addressAs: string | null } | null;
};
type CreditableFacts = { feedback: string | null; keepOnFile: boolean; closeSecond: boolean };

/** "Rita gave the feedback and offered to keep your CV on file"; null when there is nothing to credit. */
export function creditLabel(firstName: string, facts: CreditableFacts): string | null {
  const deeds = [
    facts.feedback?.trim() ? "gave the feedback" : null,
    facts.keepOnFile ? "offered to keep your CV on file" : null,
    facts.closeSecond ? "said it was a close one" : null,
  ].filter(Boolean);
  if (!deeds.length) return null;
  const list = deeds.length === 1 ? deeds[0] : `${deeds.slice(0, -1).join(", ")} and ${deeds.at(-1)}`;
  return `${firstName} ${list} (thank them for it)`;
}

export function letterStep<L extends StepLetter>(letters: L[], rejection: CreditableFacts, signatureName: string | null) {
  const person = (letter: StepLetter) => ({ id: letter.contact?.id ?? letter.id, name: letter.contact?.name ?? letter.recipientName ?? "", addressAs: letter.contact?.addressAs });
  return letters.map((letter) => {
    const firstName = addressOf(person(letter)) ?? "them";
    const context: LetterContext = {
      signatureName,
      others: letters.filter((other) => other.id !== letter.id).map((other) => ({ ...person(other), detail: other.detail, body: other.body })),
    };
    return { letter, facts: { firstName, detail: letter.detail, credited: letter.credited, creditLabel: creditLabel(firstName, rejection) }, context };
  });
}
