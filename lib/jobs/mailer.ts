import nodemailer, { type Transporter } from "nodemailer";
import { env } from "../env";

export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Stable across retries, so a message sent twice is recognisably the same message. */
  messageId: string;
  replyTo?: string;
};

// One pooled transport per SMTP server: connections are reused across messages.
const transports = new Map<string, Transporter>();

function transportFor(smtpUrl: string): Transporter {
  let transport = transports.get(smtpUrl);
  if (!transport) {
    transport = nodemailer.createTransport({
      url: smtpUrl,
      pool: true,
      maxConnections: 5,
      // A hung server must fail the attempt well before a delivery's lease runs out.
      connectionTimeout: 15_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    } as Parameters<typeof nodemailer.createTransport>[0]);
    transports.set(smtpUrl, transport);
  }
  return transport;
}

export function isMailConfigured(smtpUrl = env().SMTP_URL): boolean {
  return Boolean(smtpUrl);
}

/** Sends one message over SMTP_URL from MAIL_FROM; throws when the server refuses it or none is configured. */
export async function sendMail(message: MailMessage, { smtpUrl = env().SMTP_URL, from = env().MAIL_FROM } = {}) {
  if (!smtpUrl) throw new Error("No SMTP server is configured (set SMTP_URL).");
  const info = await transportFor(smtpUrl).sendMail({
    from,
    to: message.to,
    replyTo: message.replyTo,
    subject: message.subject,
    text: message.text,
    html: message.html,
    messageId: message.messageId,
  });
  return { messageId: message.messageId, accepted: info.accepted.map(String) };
}

/** Closes pooled SMTP connections (worker shutdown, tests). */
export function closeMailTransports() {
  for (const transport of transports.values()) transport.close();
  transports.clear();
}
