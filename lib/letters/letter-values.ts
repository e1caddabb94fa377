import { TZDate } from "@date-fns/tz";
import type { InterviewKind, LetterAudience, RejectionStage } from "@prisma/client";
import { format } from "date-fns";
import { addressOf } from "./person-detail";
import type { LetterValues } from "./variables";

export { firstNameOf } from "./person-detail";

const INTERVIEW_KIND_WORDS: Record<InterviewKind, string> = {
  phone_screen: "phone screen",
  technical: "technical interview",
  onsite: "on-site interview",
  panel: "panel interview",
  final: "final interview",
  other: "interview",
};

export function interviewDateText(scheduledAt: Date, timeZone: string): string {
  return format(new TZDate(scheduledAt, timeZone), "d MMMM");
}

/** How far the user got, as a letter says it: "the final round", "the second interview round". */
export function stageText(stage: RejectionStage, round: number | null): string {
  const ordinals = ["first", "second", "third", "fourth", "fifth"];
  switch (stage) {
    case "applied":
      return "the application stage";
    case "screen":
      return "the screening call";
    case "interview":
      if (!round) return "the interviews";
      return ordinals[round - 1] ? `the ${ordinals[round - 1]} interview round` : `interview round ${round}`;
    case "final":
      return "the final round";
    case "offer":
      return "the offer stage";
  }
}

export type RejectionLetterFacts = {
  recipient: { name: string | null; addressAs?: string | null };
  audience: LetterAudience;
  // This person gave the feedback, offered to keep the CV on file, or said it was close: only
  // they are thanked for it.
  credited: boolean;
  // The personal line, as the user last left it.
  detail: string | null;
  company: string;
  role: string;
  senderName: string | null;
  timeZone: string;
  rejection: {
    stageReached: RejectionStage;
    stageRound: number | null;
    closeSecond: boolean;
    renewedInterest: boolean;
    keepOnFile: boolean;
    feedback: string | null;
  };
  // The recipient's own (latest) interview with the user, when they interviewed them.
  interview?: { scheduledAt: Date; kind: InterviewKind } | null;
};

/** Everything a thank-you-after-rejection letter may say to this recipient, and nothing else. */
export function rejectionLetterValues(facts: RejectionLetterFacts): LetterValues {
  const { rejection, interview, credited } = facts;
  return {
    firstName: addressOf(facts.recipient),
    recipientName: facts.recipient.name,
    company: facts.company,
    role: facts.role,
    senderName: facts.senderName,
    interviewed: Boolean(interview),
    interviewDate: interview ? interviewDateText(interview.scheduledAt, facts.timeZone) : null,
    interviewKind: interview ? INTERVIEW_KIND_WORDS[interview.kind] : null,
    detail: facts.detail,
    stage: stageText(rejection.stageReached, rejection.stageRound),
    finalist: rejection.closeSecond || rejection.stageReached === "final" || rejection.stageReached === "offer",
    closeSecond: credited && rejection.closeSecond,
    renewedInterest: rejection.renewedInterest,
    keepOnFile: credited && rejection.keepOnFile,
    feedback: credited && Boolean(rejection.feedback?.trim()),
  };
}
