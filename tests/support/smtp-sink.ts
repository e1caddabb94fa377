// A real SMTP server for tests: it accepts (or, on demand, refuses) messages and keeps every one
// it accepted, parsed by mailparser — an independent reading of what nodemailer produced.
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type SmtpSink = {
  url: string;
  messages: ParsedMail[];
  /** Refuse the next `count` messages with a temporary failure (451). */
  refuseNext(count: number): void;
  /** Resolves once `count` messages have arrived (fails after `timeoutMs`). */
  waitForMessages(count: number, timeoutMs?: number): Promise<ParsedMail[]>;
  close(): Promise<void>;
};

/** `delayMs` holds each message before accepting it, like a slow server (to kill a worker mid-send). */
export async function startSmtpSink({ delayMs = 0 } = {}): Promise<SmtpSink> {
  const messages: ParsedMail[] = [];
  let refusals = 0;
  let waiters: { count: number; resolve: () => void }[] = [];

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    size: 10 * 1024 * 1024,
    onData(stream, _session, callback) {
      if (refusals > 0) {
        refusals--;
        stream.resume();
        stream.on("end", () => callback(Object.assign(new Error("Mailbox busy, try again later"), { responseCode: 451 })));
        return;
      }
      simpleParser(stream)
        .then(async (mail) => {
          if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
          messages.push(mail);
          waiters = waiters.filter((waiter) => (messages.length >= waiter.count ? (waiter.resolve(), false) : true));
          callback();
        })
        .catch(callback);
    },
  });
  // A client killed mid-session (the reminder tests SIGKILL workers on purpose) resets its
  // connection; smtp-server reports that as an 'error' event, which unheard would crash the run.
  server.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "ECONNRESET" || error.code === "EPIPE") return;
    throw error;
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;

  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    refuseNext(count) {
      refusals = count;
    },
    waitForMessages(count, timeoutMs = 30_000) {
      if (messages.length >= count) return Promise.resolve(messages);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`Only ${messages.length} of ${count} messages arrived`)), timeoutMs);
        waiters.push({ count, resolve: () => (clearTimeout(timer), resolve(messages)) });
      });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
