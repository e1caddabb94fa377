// The IMAP side of the mailbox: sign in, open the folder read-only (EXAMINE), list the messages
// after the last UID read that arrived on or after the start date, hand each one's source over.
// Nothing here writes to the mailbox: no \Seen (EXAMINE, and BODY.PEEK), no move, no delete.
import { ImapFlow } from "imapflow";
import { READ_BYTES } from "../inbox/limits";

export type MailboxAddress = { host: string; port: number; tls: boolean; username: string; password: string; folder: string };

/** A saved mailbox's connection, with its app password unsealed. */
export function mailboxAddress(mailbox: Omit<MailboxAddress, "password">, password: string): MailboxAddress {
  return { host: mailbox.host, port: mailbox.port, tls: mailbox.tls, username: mailbox.username, password, folder: mailbox.folder };
}

/** Where the last read stopped. UIDs only compare within one UIDVALIDITY of the folder. */
export type MailboxPosition = { uidValidity: bigint | null; lastUid: bigint };

export type ReadMailboxOptions = {
  since: Date;
  /** Called for each new message, oldest first; the position moves past it only once this resolves. */
  onMessage: (source: Buffer, uid: bigint) => Promise<void>;
  /** Called after each message with the new position, so that a failure later loses nothing. */
  onProgress?: (position: MailboxPosition) => Promise<void>;
  /** Stops after this many messages (the rest on the next poll). */
  limit?: number;
  timeoutMs?: number;
};

/** One IMAP connection; IDLE only where the caller asks for it (`client.idle()`, watch-mailbox.ts). */
export function clientFor(address: MailboxAddress, timeoutMs: number, { maxIdleMs }: { maxIdleMs?: number } = {}) {
  const client = new ImapFlow({
    host: address.host,
    port: address.port,
    secure: address.tls,
    // TLS off (port 143): upgraded with STARTTLS when the server offers it (docs/inbox.md).
    auth: { user: address.username, pass: address.password },
    logger: false,
    disableAutoIdle: true,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    // A quiet socket is probed with a NOOP: an idling connection is quiet until IDLE is sent again.
    socketTimeout: Math.max(timeoutMs * 4, (maxIdleMs ?? 0) + timeoutMs),
    // IDLE is ended and sent again this often: servers and NAT routers drop a connection quiet for long.
    ...(maxIdleMs ? { maxIdleTime: maxIdleMs } : {}),
  });
  // A dropped socket is reported on the client as well as to the pending command: the command's
  // rejection is what this module acts on; an unhandled 'error' event would end the process.
  client.on("error", () => undefined);
  return client;
}

/** Signs in and opens the folder read-only: what Settings checks when a mailbox is saved. */
export async function checkMailbox(address: MailboxAddress, timeoutMs = 15_000): Promise<void> {
  const client = clientFor(address, timeoutMs);
  try {
    await client.connect();
    await client.mailboxOpen(address.folder, { readOnly: true });
  } finally {
    await closeQuietly(client);
  }
}

/** Reads the new messages from `position` on and returns where it stopped. */
export async function readMailbox(address: MailboxAddress, position: MailboxPosition, options: ReadMailboxOptions): Promise<MailboxPosition & { read: number }> {
  const client = clientFor(address, options.timeoutMs ?? 30_000);
  try {
    await client.connect();
    const mailbox = await client.mailboxOpen(address.folder, { readOnly: true });
    const uidValidity = BigInt(mailbox.uidValidity);
    // A new UIDVALIDITY means the server renumbered the folder: start over (Message-IDs keep each message once).
    let lastUid = position.uidValidity === uidValidity ? position.lastUid : 0n;
    if (position.uidValidity !== uidValidity) await options.onProgress?.({ uidValidity, lastUid });

    const found = mailbox.exists === 0 ? [] : await client.search({ uid: `${lastUid + 1n}:*`, since: options.since }, { uid: true });
    // "n:*" always includes the highest UID, even one below n: keep only the new ones.
    const uids = (found || []).map((uid) => BigInt(uid)).filter((uid) => uid > lastUid).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    let read = 0;
    for (const uid of uids.slice(0, options.limit ?? uids.length)) {
      // BODY.PEEK[]<0.READ_BYTES>: the start of the message (headers and text come first), unread stays unread.
      const message = await client.fetchOne(String(uid), { uid: true, source: { start: 0, maxLength: READ_BYTES } }, { uid: true });
      if (message && message.source) await options.onMessage(message.source, uid);
      lastUid = uid;
      read += 1;
      await options.onProgress?.({ uidValidity, lastUid });
    }
    return { uidValidity, lastUid, read };
  } finally {
    await closeQuietly(client);
  }
}

export async function closeQuietly(client: ImapFlow) {
  try {
    if (client.usable) await client.logout();
  } catch {
    // The connection is gone already.
  }
  client.close();
}
