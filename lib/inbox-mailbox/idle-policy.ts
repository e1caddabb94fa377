// When the worker keeps a mailbox's connection open with IMAP IDLE, and when it waits for the poll
// instead (docs/decisions/0019-imap-mailbox.md). Pure: the IMAP side is watch-mailbox.ts.

/**
 * Whether the server offers IDLE (RFC 2177; part of IMAP4rev2), read from the capabilities it
 * names after sign-in (a server may name more, or fewer, than in its greeting).
 */
export function offersIdle(capabilities: Iterable<string>): boolean {
  for (const capability of capabilities) {
    const name = capability.toUpperCase();
    if (name === "IDLE" || name === "IMAP4REV2") return true;
  }
  return false;
}

/**
 * The wait after the n-th failure in a row: `firstMs`, doubled each time, capped at `maxMs`. The
 * poll's back-off and the IDLE connection's reconnects both wait by it.
 */
export function doubledDelayMs(failures: number, firstMs: number, maxMs: number) {
  return Math.min(firstMs * 2 ** Math.max(0, failures - 1), Math.max(firstMs, maxMs));
}
