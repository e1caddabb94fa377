import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";

// zxcvbn's score 3: "safely unguessable, moderate protection from an offline slow-hash attack"
// (fewer than 10^10 guesses would not find it). Common passwords, keyboard walks, dates, names
// and words with obvious substitutions score lower; long passphrases score higher (docs/decisions/0012).
const MIN_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;

function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
    // Past this, the estimate only gets slower: a 256-character password is not weak.
    maxLength: 256,
  });
  return estimator;
}

/** Why this password is too easy to guess, in words for the field; null when it is strong enough. */
export function weakPasswordReason(password: string, userInputs: string[] = []): string | null {
  const result = zxcvbn().check(password, userInputs);
  if (result.score >= MIN_SCORE) return null;
  const { warning, suggestions } = result.feedback;
  const advice = suggestions[0] ?? "Add more words or characters that are hard to guess.";
  return [warning, advice].filter(Boolean).join(" ") || "This password is too easy to guess.";
}
