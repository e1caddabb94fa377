// The personal line of a letter: something from the user's conversation with its recipient.
// A letter may only say what is true of its recipient, so a line comes from that person's own
// note, or from a clause of the interview notes that names them and nobody else on the panel.

const HONORIFICS = new Set(["mr", "mrs", "ms", "mx", "dr", "prof", "sir", "dame"]);

export type NamedPerson = { id: string; name: string; addressAs?: string | null };

/** The name to greet someone by: the first word of their name that is not a title (王芳 stays whole). */
export function firstNameOf(name: string | null | undefined): string | null {
  if (!name || name.includes("@")) return null;
  const words = name.trim().split(/\s+/).filter((word) => !HONORIFICS.has(word.replace(/\.$/, "").toLowerCase()));
  return words[0] ?? null;
}

/** How a letter addresses someone: their "How to address" when set, else their first name. */
export function addressOf(person: { name: string | null; addressAs?: string | null }): string | null {
  return person.addressAs?.trim() || firstNameOf(person.name);
}

/** Lower case without accents, so "Sofía" in a contact matches "Sofia" in a note. */
export function foldForMatching(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase();
}

/** Every way the notes may name someone: full name, first name, how to address them. */
export function namesOf(person: NamedPerson): string[] {
  const candidates = [person.name, firstNameOf(person.name), person.addressAs, firstNameOf(person.addressAs)];
  const names = new Set<string>();
  for (const candidate of candidates) {
    const folded = candidate ? foldForMatching(candidate.trim()) : "";
    if (folded.length >= 2 || /\p{Script=Han}|\p{Script=Hangul}|\p{Script=Hiragana}|\p{Script=Katakana}/u.test(folded)) names.add(folded);
  }
  // Longest first, so "dana smith" is replaced whole before "dana".
  return [...names].sort((a, b) => b.length - a.length);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// Scripts written without spaces have no word boundaries to look for.
const UNSPACED = /\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|\p{Script=Thai}/u;

function namePattern(names: string[]): RegExp | null {
  if (!names.length) return null;
  const alternatives = names.map((name) => (UNSPACED.test(name) ? escapeRegExp(name) : `(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`));
  // A possessive ("Dana's") is captured so that it can become "your".
  return new RegExp(`(?:${alternatives.join("|")})((?:'|’)s(?![\\p{L}]))?`, "gu");
}

/**
 * Notes cut at `.`, `;`, `!`, `?` and line breaks, bullets and leading joiners removed: the pieces
 * a personal line is taken from, so that "Dana asked about X; Eli focused on Y" gives two.
 */
export function splitClauses(notes: string): string[] {
  return notes
    .split(/\r?\n+|[;!?]+|\.+(?=\s|$)/)
    .map((clause) =>
      clause
        .replace(/^\s*(?:[-*•]|\d+[.)])\s*/, "")
        .replace(/^\s*(?:(?:and|but|also|then|plus)\s+)+/i, "")
        .replace(/[\s.,:;–—-]+$/, "")
        .trim(),
    )
    .filter(Boolean);
}

// Notes are the user's private impressions; a line like "Dana seemed unconvinced" must never
// end up in a letter to Dana.
const UNSENDABLE =
  /\b(weak|bad|boring|bored|rude|awkward|nervous|struggl\w*|fail\w*|red flag|unconvinced|didn'?t|wasn'?t|not|never|worr\w*|concern\w*|mess\w*|salary|pay|hate\w*|annoy\w*|seemed|skeptic\w*|sceptic\w*)\b/i;
const MIN_LINE = 8;
export const MAX_DETAIL = 220;

function isSendable(clause: string): boolean {
  return clause.length >= MIN_LINE && clause.length <= MAX_DETAIL && !UNSENDABLE.test(clause);
}

// After "you" replaces a name, the verb must agree: "you was" → "you were", "you leads" → "you lead".
const AGREEMENT: Record<string, string> = {
  is: "are",
  was: "were",
  has: "have",
  does: "do",
  "isn't": "aren't",
  "wasn't": "weren't",
  "hasn't": "haven't",
  "doesn't": "don't",
};
const NOT_VERBS = new Set(["always", "also", "thus", "us", "this", "as", "its", "his", "hers", "yours", "ours", "perhaps", "sometimes"]);

function agreeWithYou(word: string): string {
  const lower = word.toLowerCase();
  if (AGREEMENT[lower]) return AGREEMENT[lower];
  if (NOT_VERBS.has(lower) || !/^[a-z]{3,}s$/.test(lower) || lower.endsWith("ss")) return word;
  if (lower.endsWith("ies") && lower.length > 4) return word.slice(0, -3) + "y";
  if (/(?:sh|ch|x|z|ss)es$/.test(lower)) return word.slice(0, -2);
  if (lower.endsWith("uses") && lower.length > 5) return word.slice(0, -2);
  return word.slice(0, -1);
}

const PREPOSITION_OR_END = /^(?:$|[,.;:!?)]|about|and|or|but|for|to|with|at|in|on|that|how|why|what|if|when|from|of|so|as|again|too|back)\b/i;

/**
 * A clause about the recipient, rewritten to address them: "Dana asked about X" → "you asked
 * about X", "Dana's team" → "your team", "she was" → "you were".
 */
export function addressClause(clause: string, pattern: RegExp): string {
  let text = clause.replace(pattern, (_match, possessive: string | undefined) => (possessive ? "\u0000your" : "\u0000you"));
  text = text
    .replace(/\b(?:she|he)\b/gi, "\u0000you")
    .replace(/\b(?:his)\b/gi, "\u0000your")
    .replace(/\b(?:him)\b/gi, "\u0000you")
    .replace(/\b(?:herself|himself)\b/gi, "yourself")
    .replace(/\bher\b(\s*)(\S*)/gi, (_match, space: string, next: string) => (PREPOSITION_OR_END.test(next) ? `\u0000you${space}${next}` : `\u0000your${space}${next}`));
  return text.replace(/\u0000you(\s+)([\p{L}']+)/gu, (_match, space: string, word: string) => `you${space}${agreeWithYou(word)}`).replace(/\u0000/g, "");
}

export type InterviewNotes = {
  notes: string | null;
  interviewerIds: string[];
};

/**
 * The personal line for `person`, from the interview notes of one application: the first clause
 * that names them and no one else among `people`; else, for an interview where they were the
 * only interviewer, its first clause that names no one. Null when nothing fits.
 */
export function detailFromNotes(interviews: InterviewNotes[], person: NamedPerson, people: NamedPerson[]): string | null {
  const own = namesOf(person);
  const mine = namePattern(own);
  if (!mine) return null;
  const ownSet = new Set(own);
  const othersNames = people.filter((other) => other.id !== person.id).flatMap(namesOf).filter((name) => !ownSet.has(name));
  // Non-global copies for `test`: a global pattern's lastIndex would carry over between clauses.
  const namesMe = new RegExp(mine.source, "u");
  const others = namePattern(othersNames);
  const namesOthers = others ? new RegExp(others.source, "u") : null;
  const namesSomeoneElse = (folded: string) => namesOthers?.test(folded) ?? false;

  const clausesOf = (interview: InterviewNotes) => (interview.notes ? splitClauses(interview.notes).filter(isSendable) : []);
  for (const interview of interviews) {
    for (const clause of clausesOf(interview)) {
      const folded = foldForMatching(clause);
      if (namesMe.test(folded) && !namesSomeoneElse(folded)) {
        return tidyLine(addressFolded(clause, folded, mine));
      }
    }
  }
  for (const interview of interviews) {
    if (interview.interviewerIds.length !== 1 || interview.interviewerIds[0] !== person.id) continue;
    const clause = clausesOf(interview).find((candidate) => !namesSomeoneElse(foldForMatching(candidate)));
    if (clause) return tidyLine(addressClause(clause, /(?!)/gu));
  }
  return null;
}

// Names are matched on folded text; the replacement keeps the user's own spelling elsewhere.
function addressFolded(clause: string, folded: string, pattern: RegExp): string {
  // NFKD folding can change length (ligatures, accents): work on the original when it aligns.
  if (folded.length !== clause.length) return addressClause(folded, pattern);
  let out = "";
  let last = 0;
  // matchAll works on its own copy of the (global) pattern.
  for (const match of folded.matchAll(pattern)) {
    out += clause.slice(last, match.index) + "\u0001" + (match[1] ? "s" : "");
    last = match.index + match[0].length;
  }
  out += clause.slice(last);
  return addressClause(out, /\u0001(s)?/gu);
}

/** A line as a letter quotes it: one line, no trailing stop, at most MAX_DETAIL characters. */
export function tidyLine(line: string | null | undefined): string | null {
  const text = (line ?? "").replace(/\s+/g, " ").replace(/[\s.;:,!]+$/, "").trim();
  if (!text) return null;
  return Array.from(text).slice(0, MAX_DETAIL).join("");
}
