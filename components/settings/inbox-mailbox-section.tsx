import { DisconnectMailboxForm, InboxMailboxForm } from "@/components/settings/inbox-mailbox-form";
import { SettingsSection } from "@/components/settings/settings-section";
import { formatMoment } from "@/components/timeline/dates";
import { keysFromEnv } from "@/lib/inbox-mailbox/secret-box";
import { dayIn } from "@/lib/schedule/follow-up-plan";
import { getMailbox, type MailboxStatus } from "@/lib/server/inbox/get-mailbox";
import { mailboxFormValues } from "@/lib/validation/inbox-mailbox";

/** Settings → Inbox: the IMAP mailbox Bridges reads, and how the last read went. */
export async function InboxMailboxSection({ userId, timeZone }: { userId: string; timeZone: string }) {
  const mailbox = await getMailbox(userId);
  const canKeepPasswords = keysFromEnv() !== null;
  return (
    <SettingsSection
      id="inbox"
      title="Inbox"
      description="Bridges reads an IMAP mailbox for rejections, confirmations and invitations, and proposes them on the Inbox page. Read only: nothing is marked read, moved or deleted."
    >
      {mailbox ? <MailboxStatusLine mailbox={mailbox} timeZone={timeZone} /> : null}
      {canKeepPasswords || mailbox ? (
        <InboxMailboxForm saved={mailboxFormValues(mailbox, dayIn(new Date(), timeZone))} connected={Boolean(mailbox)} />
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          This instance cannot keep a mailbox password yet: its administrator sets <code>ENCRYPTION_KEY</code> (see .env.example).
        </p>
      )}
      {/* Stays mounted after a disconnect, so that its message can say it is done. */}
      <DisconnectMailboxForm connected={Boolean(mailbox)} />
    </SettingsSection>
  );
}

function MailboxStatusLine({ mailbox, timeZone }: { mailbox: MailboxStatus; timeZone: string }) {
  const checked = mailbox.lastCheckedAt ? `Last checked ${formatMoment(mailbox.lastCheckedAt, timeZone)}` : "Not checked yet";
  return (
    <div role="status" className="rounded-md border border-slate-200 p-3 text-sm dark:border-slate-700">
      <p className="font-medium">
        {mailbox.lastError ? "Not connected" : mailbox.lastSuccessAt ? "Connected" : "Connected, waiting for the first read"} · {checked}
      </p>
      {mailbox.lastError ? (
        <p className="text-red-700 dark:text-red-400">
          {mailbox.lastError} Next try {formatMoment(mailbox.nextPollAt, timeZone)}.
        </p>
      ) : null}
    </div>
  );
}
