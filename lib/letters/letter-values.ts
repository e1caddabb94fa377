import { TZDate } from "@date-fns/tz";
import type { InterviewKind, RejectionStage } from "@prisma/client";
import { format } from "date-fns";
import type { LetterValues } from "./variables";

const INTERVIEW_KIND_WORDS: Record<InterviewKind, string> = {
  phone_screen: "phone screen",
  technical: "technical interview",
  onsite: "on-site interview",
  panel: "panel interview",
  final: "final interview",
  other: "interview",
};

const HONORIFICS = new Set(["mr", "mrs", "ms", "mx", "dr", "prof", "sir", "dame"]);

/** The name to greet someone by: the first word of their name that is not a title. */
export function firstNameOf(name: string | null | undefined): string | null {
  if (!name || name.includes("@")) return null;
  const words = name.trim().split(/\s+/).filter((word) => !HONORIFICS.has(word.replace(/\.$/, "").toLowerCase()));
  return words[0] ?? null;
}

// Notes are the user's private impressions; a line like "Dana seemed unconvinced" must never
// end up in a letter to Dana.
const UNSENDABLE = /\b(weak|bad|boring|bored|rude|awkward|nervous|struggl\w*|fail\w*|red flag|unconvinced|didn'?t|wasn'?t|not|never|worr\w*|concern\w*|mess\w*|salary|pay)\b/i;
const MAX_DETAIL = 220;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A specific, friendly detail from interview notes to mention in a letter to `recipientName`:
 * preferably a sentence about them (rewritten to address them: "Dana asked…" → "you asked…"),
 * otherwise the first sendable sentence when they were the only interviewer.
 */
export function detailFromNotes(notes: string | null | undefined, recipientName: string, { onlyInterviewer }: { onlyInterviewer: boolean }): string | null {
  if (!notes?.trim()) return null;
  const sentences = notes
    .split(/\n+|(?<=[.!?])\s+/)
    .map((sentence) => sentence.replace(/^\s*(?:[-*•]|\d+[.)])\s*/, "").trim().replace(/[.!?;:,]+$/, ""))
    .filter((sentence) => sentence.length >= 12 && sentence.length <= MAX_DETAIL && !UNSENDABLE.test(sentence));

  const names = [recipientName.trim(), firstNameOf(recipientName)].filter((name): name is string => Boolean(name));
  const mentions = names.length ? new RegExp(`(?<![\\p{L}])(${names.map(escapeRegExp).join("|")})('s|’s)?(?![\\p{L}])`, "giu") : null;
  const aboutThem = mentions ? sentences.find((sentence) => sentence.search(mentions) >= 0) : undefined;
  const chosen = aboutThem ?? (onlyInterviewer ? sentences[0] : undefined);
  if (!chosen) return null;
  return mentions ? chosen.replace(mentions, (_match, _name, possessive) => (possessive ? "your" : "you")) : chosen;
}

export function interviewDateText(scheduledAt: Date, timeZone: string): string {
  return format(new TZDate(scheduledAt, timeZone), "d MMMM");
}

export type RejectionLetterFacts = {
  recipientName: string | null;
  company: string;
  role: string;
  senderName: string | null;
  timeZone: string;
  rejection: { stageReached: RejectionStage; closeSecond: boolean; renewedInterest: boolean; keepOnFile: boolean; feedback: string | null };
  // The recipient's own interview with the user, when they interviewed them.
  interview?: { scheduledAt: Date; kind: InterviewKind; notes: string | null; interviewerCount: number } | null;
};

/** Everything a thank-you-after-rejection letter can say, from what the user recorded. */
export function rejectionLetterValues(facts: RejectionLetterFacts): LetterValues {
  const { rejection, interview } = facts;
  return {
    firstName: firstNameOf(facts.recipientName),
    recipientName: facts.recipientName,
    company: facts.company,
    role: facts.role,
    senderName: facts.senderName,
    interviewed: Boolean(interview),
    interviewDate: interview ? interviewDateText(interview.scheduledAt, facts.timeZone) : null,
    interviewKind: interview ? INTERVIEW_KIND_WORDS[interview.kind] : null,
    detail:
      interview && facts.recipientName
        ? detailFromNotes(interview.notes, facts.recipientName, { onlyInterviewer: interview.interviewerCount === 1 })
        : null,
    finalist: rejection.closeSecond || rejection.stageReached === "final" || rejection.stageReached === "offer",
    closeSecond: rejection.closeSecond,
    renewedInterest: rejection.renewedInterest,
    keepOnFile: rejection.keepOnFile,
    feedback: Boolean(rejection.feedback?.trim()),
  };
}
