import { randomUUID } from "node:crypto";
import { env } from "../env";
import { escapeHtml } from "../text";
import { isMailConfigured, sendMail } from "../jobs/mailer";

export type AccountMail = { to: string; subject: string; lines: string[]; link: { label: string; url: string } };

/**
 * Sends an account e-mail (reset link, sign-up link, "someone tried") through SMTP_URL, or, with no
 * SMTP configured, writes the link to the server log for the operator to pass on (README).
 * Not awaited by the requests that send it: answering before the SMTP round trip keeps an existing
 * address from answering slower than an unknown one.
 */
export function sendAccountMail(mail: AccountMail): Promise<void> {
  if (!isMailConfigured()) {
    console.log(`✉ No SMTP_URL: e-mail for ${mail.to} not sent. ${mail.subject}: ${mail.link.url}`);
    return Promise.resolve();
  }
  const text = [...mail.lines, "", `${mail.link.label}: ${mail.link.url}`, "", "— Bridges"].join("\n");
  const html = [
    ...mail.lines.map((line) => `<p>${escapeHtml(line)}</p>`),
    `<p><a href="${escapeHtml(mail.link.url)}">${escapeHtml(mail.link.label)}</a></p>`,
    "<p>— Bridges</p>",
  ].join("\n");
  return sendMail({ to: mail.to, subject: mail.subject, text, html, messageId: `<${randomUUID()}@bridges.account>` }, { from: env().MAIL_FROM })
    .then(() => undefined)
    .catch((error: unknown) => console.error(`Account e-mail to ${mail.to} failed:`, error instanceof Error ? error.message : error));
}
