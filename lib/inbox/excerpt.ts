import { sentences, withoutQuotedReply } from "./fold";

/** At most this many bytes of a message are kept with its proposal. */
export const EXCERPT_MAX_BYTES = 2048;

function capBytes(text: string, max: number): string {
  if (Buffer.byteLength(text) <= max) return text;
  let cut = text.slice(0, max);
  while (Buffer.byteLength(cut) > max - 1) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/**
 * What is kept of a message: the sentence that decided its class with the one before and after
 * it, or the opening of the message when no rule matched; never more than 2 kB.
 */
export function excerptOf(text: string, evidence: string): string {
  const all = sentences(withoutQuotedReply(text));
  const index = evidence ? all.findIndex((sentence) => sentence.includes(evidence.slice(0, 200))) : -1;
  const picked = index >= 0 ? all.slice(Math.max(0, index - 1), index + 2) : all.slice(0, 4);
  return capBytes(picked.join(" ") || evidence, EXCERPT_MAX_BYTES);
}

const POSTING_HOSTS =
  /https:\/\/(?:boards\.greenhouse\.io|job-boards\.greenhouse\.io|jobs\.lever\.co|jobs\.ashbyhq\.com|[\w-]+\.myworkdayjobs\.com|jobs\.smartrecruiters\.com|apply\.workable\.com|[\w-]+\.teamtailor\.com\/jobs|[\w-]+\.jobs\.personio\.(?:de|com)\/job|[\w-]+\.bamboohr\.com\/careers|[\w-]+\.recruitee\.com\/o|jobs\.jobvite\.com|[\w-]+\.icims\.com\/jobs)\/[^\s<>"')\]]*/i;

/** The job posting a message links to on an ATS, if any. */
export function postingUrlOf(text: string): string | null {
  const url = POSTING_HOSTS.exec(text)?.[0]?.replace(/[.,;:!?]+$/, "");
  return url && url.length <= 2048 ? url : null;
}
