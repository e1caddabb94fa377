import { db } from "../../db";
import { AppError } from "../../errors";
import { describeMailboxError } from "../../inbox-mailbox/mailbox-error";
import { checkMailbox, type MailboxAddress } from "../../inbox-mailbox/read-mailbox";
import { keysFromEnv, MissingEncryptionKeyError, open, seal } from "../../inbox-mailbox/secret-box";
import type { MailboxInput } from "../../validation/inbox-mailbox";

export type SaveMailboxResult = { problem: string | null };

/**
 * Connects the user's mailbox (or changes it): the app password is sealed (AES-256-GCM), the
 * connection is tried once so Settings can say at once whether it works, and the mailbox is saved
 * either way — the worker keeps trying with back-off. A blank password keeps the saved one.
 */
export async function saveMailbox(userId: string, input: MailboxInput, { now = new Date(), check = checkMailbox } = {}): Promise<SaveMailboxResult> {
  const keys = keysFromEnv();
  if (!keys) throw new AppError("INVALID", new MissingEncryptionKeyError().message);
  const existing = await db.inboxMailbox.findFirst({ where: { userId } });
  const password = input.password ?? (existing ? open(existing.passwordSealed, keys)?.plaintext : null);
  if (!password) {
    const message = existing ? "The saved app password can no longer be read (the encryption key changed): enter it again" : "Enter the app password";
    throw new AppError("INVALID", message, { password: [message] });
  }

  const address: MailboxAddress = { host: input.host, port: input.port, tls: input.tls, username: input.username, password, folder: input.folder };
  let problem: string | null = null;
  try {
    await check(address);
  } catch (error) {
    problem = describeMailboxError(error, address).message;
  }

  // Another server, account, folder or start date: read from the start date again (each message still only once).
  const moved =
    !existing ||
    existing.host !== input.host ||
    existing.port !== input.port ||
    existing.username !== input.username ||
    existing.folder !== input.folder ||
    existing.startDate.getTime() !== input.startDate.getTime();
  const fields = {
    host: input.host,
    port: input.port,
    tls: input.tls,
    username: input.username,
    passwordSealed: seal(password, keys),
    folder: input.folder,
    startDate: input.startDate,
    autoApply: input.autoApply,
    lastCheckedAt: now,
    lastError: problem,
    failures: problem ? 1 : 0,
    nextPollAt: now,
    ...(moved ? { uidValidity: null, lastUid: 0n } : {}),
  };
  await db.inboxMailbox.upsert({ where: { userId }, create: { userId, ...fields }, update: fields });
  return { problem };
}
