import { z } from "zod";
import { checkbox, cleanString, requiredCalendarDate } from "./fields";

const HOST = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

/** Settings → Inbox: the IMAP mailbox. A blank app password keeps the saved one (it is never shown back). */
export const mailboxSchema = z.strictObject({
  host: cleanString({ error: "Enter the IMAP server, like imap.example.com" })
    .trim()
    .toLowerCase()
    .refine((value) => HOST.test(value), "Enter the IMAP server's name, like imap.example.com"),
  port: cleanString({ error: "Enter the port, usually 993" })
    .trim()
    .regex(/^\d{1,5}$/, "Enter a port number between 1 and 65535 (usually 993)")
    .transform(Number)
    .refine((port) => port >= 1 && port <= 65535, "Enter a port number between 1 and 65535 (usually 993)"),
  username: cleanString({ error: "Enter the username" }).trim().min(1, "Enter the username (often your e-mail address)").max(320, "Use at most 320 characters"),
  password: cleanString().max(500, "Use at most 500 characters").optional().transform((value) => value || null),
  folder: cleanString()
    .trim()
    .max(200, "Use at most 200 characters")
    .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), "Use a folder name without control characters")
    .optional()
    .transform((value) => value || "INBOX"),
  tls: checkbox,
  startDate: requiredCalendarDate("Enter the first day to read from"),
  autoApply: checkbox,
});
export type MailboxInput = z.output<typeof mailboxSchema>;

/** A saved mailbox as the form's field values (the password is never among them). */
export function mailboxFormValues(saved: { host: string; port: number; username: string; folder: string; tls: boolean; startDate: Date; autoApply: boolean } | null, today: string): Record<string, string> {
  if (!saved) return { host: "", port: "993", username: "", folder: "INBOX", tls: "on", startDate: today, autoApply: "" };
  return {
    host: saved.host,
    port: String(saved.port),
    username: saved.username,
    folder: saved.folder,
    tls: saved.tls ? "on" : "",
    startDate: saved.startDate.toISOString().slice(0, 10),
    autoApply: saved.autoApply ? "on" : "",
  };
}
