// The IDLE side of the mailbox: one connection that signs in, opens the folder read-only
// (EXAMINE) and waits with IMAP IDLE for the server to say a message arrived. It reads nothing
// itself: "something arrived" is handed to the caller, who reads with readMailbox as the poll does.
import { offersIdle } from "./idle-policy";
import { clientFor, closeQuietly, type MailboxAddress } from "./read-mailbox";

export type WatchMailboxOptions = {
  /** Aborting closes the connection (LOGOUT) and ends the watch. */
  signal: AbortSignal;
  /** The folder is open and IDLE about to start: anything that arrived before is for the caller to read now. */
  onWatching: () => void;
  /** The server announced more messages in the folder (an EXISTS above the last count). */
  onArrival: () => void;
  timeoutMs?: number;
  /** IDLE is ended and sent again this often (RFC 2177 asks for less than 29 minutes). */
  maxIdleMs?: number;
};

/**
 * How a watch ended: "unsupported" — the server does not offer IDLE (the connection is closed at
 * once, the poll reads this mailbox); "dropped" — the connection went away; "stopped" — aborted.
 * A failure to connect, sign in or open the folder is thrown, as readMailbox throws it.
 */
export type WatchEnd = "unsupported" | "dropped" | "stopped";

/** After this many IDLE commands in a row that end at once, the connection is given up as broken. */
const MAX_QUICK_RETURNS = 5;
const QUICK_RETURN_MS = 1_000;
const LOGOUT_GRACE_MS = 2_000;

export async function watchMailbox(address: MailboxAddress, options: WatchMailboxOptions): Promise<WatchEnd> {
  const { signal } = options;
  if (signal.aborted) return "stopped";
  const client = clientFor(address, options.timeoutMs ?? 30_000, { maxIdleMs: options.maxIdleMs ?? 4 * 60 * 1000 });
  let leaving: Promise<void> | undefined;
  const leave = () => {
    // LOGOUT breaks the IDLE (DONE) and says goodbye; a server that does not answer is cut off.
    const timer = setTimeout(() => client.close(), LOGOUT_GRACE_MS);
    leaving = closeQuietly(client).finally(() => clearTimeout(timer));
  };
  signal.addEventListener("abort", leave, { once: true });
  try {
    await client.connect();
    if (signal.aborted) return "stopped";
    if (!offersIdle(client.capabilities.keys())) return "unsupported";
    await client.mailboxOpen(address.folder, { readOnly: true });
    client.on("exists", ({ count, prevCount }: { count: number; prevCount: number }) => {
      if (count > prevCount) options.onArrival();
    });
    options.onWatching();

    let quickReturns = 0;
    while (client.usable && !signal.aborted) {
      const startedAt = Date.now();
      // Resolves when IDLE ends: sent again after maxIdleMs, broken by a NOOP probing a quiet
      // socket, or the connection closing. `false` is a server that refused IDLE.
      if ((await client.idle()) === false) break;
      quickReturns = Date.now() - startedAt < QUICK_RETURN_MS ? quickReturns + 1 : 0;
      if (quickReturns >= MAX_QUICK_RETURNS) break;
    }
    return signal.aborted ? "stopped" : "dropped";
  } catch (error) {
    if (signal.aborted) return "stopped";
    throw error;
  } finally {
    signal.removeEventListener("abort", leave);
    await (leaving ?? closeQuietly(client));
  }
}
