import { db } from "../../db";
import { AppError, notFound } from "../../errors";
import { sendMail, type MailMessage } from "../../jobs/mailer";
import type { LetterTextInput } from "../../validation/letter";
import { markLetterSent } from "./mark-letter-sent";

type Mailer = (message: MailMessage) => Promise<unknown>;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** Plain text first; the HTML part is the same text in paragraphs, with nothing interpreted. */
export function letterHtml(body: string): string {
  return body
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, "<br>")}</p>`)
    .join("\n");
}

/**
 * Sends a draft by e-mail through the app's SMTP server (the reminders' mailer), replies going
 * to the user, then records it as sent with the interaction and an e-mail delivery row. The
 * letter row stays locked while sending, so two clicks or two tabs cannot send it twice; if the
 * server refuses, nothing is recorded and the draft stays a draft.
 */
export async function sendLetter(userId: string, letterId: string, input: LetterTextInput, { mailer = sendMail as Mailer, now = new Date() } = {}) {
  return db.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Letter" WHERE id = ${letterId} AND "userId" = ${userId} FOR UPDATE`;
      const letter = await tx.letter.findFirst({
        where: { id: letterId, userId },
        select: { id: true, status: true, recipientEmail: true, user: { select: { email: true } } },
      });
      if (!letter) throw notFound("Letter");
      if (letter.status !== "draft") throw new AppError("CONFLICT", "This letter has already been sent or skipped.");
      if (!letter.recipientEmail) {
        throw new AppError("INVALID", "This person has no e-mail address. Use “Open in email”, then “Mark as sent”.");
      }
      const messageId = `<letter-${letter.id}@bridges.local>`;
      const html = letterHtml(input.body);
      try {
        await mailer({ to: letter.recipientEmail, subject: input.subject, text: input.body, html, messageId, replyTo: letter.user.email });
      } catch (error) {
        throw new AppError("INVALID", `The mail server did not accept the letter (${error instanceof Error ? error.message : "unknown error"}). Nothing was sent; try again later.`);
      }
      await markLetterSent(userId, letterId, input, { tx, now });
      await tx.delivery.create({
        data: { userId, channel: "email", dueAt: now, status: "sent", attempts: 1, toAddress: letter.recipientEmail, subject: input.subject, textBody: input.body, htmlBody: html, messageId, sentAt: now },
      });
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
