// The most a server action call may send. Next.js refuses more, but answers with a 500 (its
// action handler has a TODO to make that a 413), which the browser shows as "An unexpected
// response"; proxy.ts answers 413 with a sentence instead, before Next.js reads the body.
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

export const BODY_TOO_LARGE_MESSAGE = "That is too large to send in one go (over 1 MB). Shorten it and try again.";

/**
 * What to tell the user when a server action call failed before it could answer (the 413 above,
 * a 500, the network): the 413's own sentence, or an invitation to try again.
 */
export function requestFailureMessage(error: unknown): string {
  if (error instanceof Error && error.message === BODY_TOO_LARGE_MESSAGE) return BODY_TOO_LARGE_MESSAGE;
  return "That did not go through. Check your connection and try again.";
}
