// What a careful reader would catch in a letter before it goes: pure, so the editor can show it
// as the user types. Warnings, not refusals: the user knows their letter best.
import { foldForMatching, namesOf, type NamedPerson } from "./person-detail";

export const WORDS_MIN = 80;
export const WORDS_MAX = 200;

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}

/** Sentences and lines, folded, for comparing letters: "Best wishes," on its own line is one. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?])\s+/)
    .map((sentence) => foldForMatching(sentence).replace(/\s+/g, " ").trim())
    .filter(Boolean);
}

/** The share of the shorter letter's sentences that the other letter also has. */
export function sharedSentenceRatio(a: string, b: string): number {
  const first = new Set(sentencesOf(a));
  const second = new Set(sentencesOf(b));
  const smaller = Math.min(first.size, second.size);
  if (!smaller) return 0;
  let shared = 0;
  for (const sentence of first) if (second.has(sentence)) shared++;
  return shared / smaller;
}

export type OtherRecipient = NamedPerson & { detail?: string | null; body?: string | null };

export type LetterContext = {
  // Who signs: the user's display name.
  signatureName: string | null;
  // The other people this rejection's letters go to (and others on the panel).
  others: OtherRecipient[];
};

const PLACEHOLDER = /\{\{|\}\}|\[(?:first ?name|name|company|role|date|title|your name|x+)\]|<(?:first ?name|name|company|role)>|\b(?:TODO|TBD|XXX+)\b/i;
const GREETING = /^(?:dear|hi|hello|hey|good (?:morning|afternoon|evening)|greetings|bonjour|hallo|hola)\b|^[\p{L}][\p{L} .'’-]{0,40},$/iu;
// Short lines every letter has ("Best wishes,", a name) are not worth a warning.
const MIN_WORDS_TO_COMPARE = 5;

const contains = (haystack: string, name: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "u").test(haystack);

export function letterWarnings(body: string, context: LetterContext): string[] {
  const warnings: string[] = [];
  const folded = foldForMatching(body);
  const lines = body.split("\n").map((line) => line.trim()).filter(Boolean);

  const placeholder = PLACEHOLDER.exec(body);
  if (placeholder) warnings.push(`A placeholder is left in: “${placeholder[0]}”.`);

  if (!lines.length || !GREETING.test(lines[0]!)) warnings.push("It does not start with a greeting (for example “Dear Dana,”).");

  const ending = foldForMatching(lines.slice(-3).join(" "));
  if (context.signatureName?.trim()) {
    if (!contains(ending, foldForMatching(context.signatureName.trim()))) warnings.push(`It does not end with your name (${context.signatureName.trim()}).`);
  } else {
    warnings.push("It is not signed: add your name at the end, or set it in Settings so letters are signed for you.");
  }

  const mine = new Set(sentencesOf(body).filter((sentence) => sentence.split(" ").length >= MIN_WORDS_TO_COMPARE));
  for (const other of context.others) {
    const label = other.name.trim() || "someone else";
    const named = namesOf(other).find((name) => contains(folded, name));
    if (named) warnings.push(`It mentions ${label}, who is not this letter's recipient.`);
    const topic = other.detail ? foldForMatching(other.detail).trim() : "";
    if (topic.length >= 12 && folded.includes(topic)) warnings.push(`It mentions what you talked about with ${label}.`);
    if (other.body) {
      const shared = sentencesOf(other.body).find((sentence) => mine.has(sentence));
      if (shared) warnings.push(`It has a sentence in common with the letter to ${label}: “${shared.slice(0, 80)}${shared.length > 80 ? "…" : ""}”.`);
    }
  }
  return warnings;
}

/** A word count as the editor shows it, with a hint when the letter is outside 80–200 words. */
export function lengthHint(words: number): string | null {
  if (words < WORDS_MIN) return `Short: a thank-you reads best at ${WORDS_MIN}–${WORDS_MAX} words.`;
  if (words > WORDS_MAX) return `Long: a thank-you reads best at ${WORDS_MIN}–${WORDS_MAX} words; people read short letters.`;
  return null;
}
