// What the mailbox tests do to a test IMAP server (tests/support/dovecot.ts): folders, messages
// APPENDed as a mail server would deliver them, their flags, and connecting a user's mailbox.
import { randomBytes } from "node:crypto";
import { ImapFlow } from "imapflow";
import { saveMailbox } from "@/lib/server/inbox/save-mailbox";
import { mailboxSchema } from "@/lib/validation/inbox-mailbox";
import type { TestImapServer } from "./dovecot";

export function message({ id, from = "no-reply@lumenlabs.com", subject, body, date = new Date() }: { id: string; from?: string; subject: string; body: string; date?: Date }) {
  return `From: Lumen Labs <${from}>\r\nTo: alex@example.org\r\nSubject: ${subject}\r\nDate: ${date.toUTCString()}\r\nMessage-ID: <${id}@mail.test>\r\n\r\n${body}\r\n`;
}

export const confirmation = (id: string) =>
  message({ id, subject: "Thank you for applying to Lumen Labs", body: "Hi Alex,\r\n\r\nThank you for applying for the Product Analyst role at Lumen Labs. We have received your application and our team will review it.\r\n\r\nLumen Labs Recruiting" });
export const rejection = (id: string) =>
  message({ id, subject: "Your application to Lumen Labs", body: "Hi Alex,\r\n\r\nThank you for your interest in the Product Analyst role. Unfortunately, we have decided to move forward with other candidates.\r\n\r\nLumen Labs Recruiting" });

/** `server()`: the test file's server, started in its beforeAll. */
export function mailboxKit(server: () => TestImapServer) {
  // A client of the test's own (not the app's), for setting up and looking at the folder.
  async function imap<T>(work: (client: ImapFlow) => Promise<T>): Promise<T> {
    const { host, port, username, password } = server();
    const client = new ImapFlow({ host, port, secure: false, auth: { user: username, pass: password }, logger: false });
    client.on("error", () => undefined);
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.logout();
    }
  }

  return {
    imap,
    /** Each test has its own folder, so tests never see each other's messages. */
    async newFolder() {
      const folder = `Jobs-${randomBytes(4).toString("hex")}`;
      await imap((client) => client.mailboxCreate(folder));
      return folder;
    },
    async append(folder: string, ...sources: string[]) {
      await imap(async (client) => {
        for (const source of sources) await client.append(folder, source);
      });
    },
    /** A message that arrived (its INTERNALDATE, what the start date compares with) on `arrived`. */
    async appendArrived(folder: string, source: string, arrived: Date) {
      await imap((client) => client.append(folder, source, [], arrived));
    },
    async flagsIn(folder: string) {
      return imap(async (client) => {
        await client.mailboxOpen(folder, { readOnly: true });
        const flags: string[][] = [];
        for await (const item of client.fetch("1:*", { flags: true })) flags.push([...(item.flags ?? [])]);
        return flags;
      });
    },
    /** Connects the user's mailbox to `folder` (Settings → Inbox), reading from yesterday on. */
    async connect(userId: string, folder: string, overrides: Record<string, string> = {}) {
      const input = mailboxSchema.parse({
        host: server().host,
        port: String(server().port),
        username: server().username,
        password: server().password,
        folder,
        startDate: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
        ...overrides,
      });
      return saveMailbox(userId, input);
    },
  };
}
