// A reminder as a ready-made RFC 5322 message (text and HTML alternatives). nodemailer's composer
// builds each message through a tree of streams, header objects and a random boundary: at 100,000
// reminders that was a third of a worker's CPU. These messages are always the same shape, so they
// are written here in one pass and handed to the transport as `raw`; anything outside that shape
// (a non-ASCII address, a header line break) returns null and goes through nodemailer's composer.
import { randomBytes } from "node:crypto";
import addressparser from "nodemailer/lib/addressparser";
import mimeFuncs from "nodemailer/lib/mime-funcs";

export type RawMessage = { envelope: { from: string; to: string[] }; raw: string };

type Parts = { from: string; to: string; replyTo?: string; subject: string; text: string; html: string; messageId: string; date?: Date };

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
// Characters that make a display name need quotes (RFC 5322 specials).
const NAME_SPECIALS = /[()<>[\]:;@\\,."]/;
const BOUNDARY_BASE = randomBytes(8).toString("hex");
let boundaryCounter = 0;

/** One mailbox, "Name <address>" or "address", or null when it is not plain ASCII and single. */
function mailbox(value: string): { header: string; address: string } | null {
  const parsed = addressparser(value);
  if (parsed.length !== 1 || !("address" in parsed[0]!)) return null;
  const { name, address } = parsed[0];
  if (!address || !PRINTABLE_ASCII.test(address) || /[\s<>]/.test(address)) return null;
  if (!name) return { header: `<${address}>`, address };
  if (!PRINTABLE_ASCII.test(name)) return { header: `${mimeFuncs.encodeWords(name, "Q", 52)} <${address}>`, address };
  const quoted = NAME_SPECIALS.test(name) ? `"${name.replace(/(["\\])/g, "\\$1")}"` : name;
  return { header: `${quoted} <${address}>`, address };
}

function header(key: string, value: string) {
  return mimeFuncs.foldLines(`${key}: ${value}`, 76);
}

/** 7bit when the text allows it (the usual case), otherwise base64 of its UTF-8. */
function body(contentType: string, content: string) {
  const crlf = content.replace(/\r?\n|\r/g, "\r\n");
  const plain = PRINTABLE_ASCII.test(crlf.replace(/\r\n|\t/g, "")) && crlf.split("\r\n").every((line) => line.length <= 998);
  if (plain) return `Content-Type: ${contentType}; charset=utf-8\r\nContent-Transfer-Encoding: 7bit\r\n\r\n${crlf}`;
  const encoded = Buffer.from(content, "utf8").toString("base64").replace(/.{76}(?=.)/g, "$&\r\n");
  return `Content-Type: ${contentType}; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${encoded}`;
}

export function composeRaw(parts: Parts): RawMessage | null {
  const from = mailbox(parts.from);
  const to = mailbox(parts.to);
  const replyTo = parts.replyTo ? mailbox(parts.replyTo) : undefined;
  if (!from || !to || replyTo === null) return null;
  const singleLine = /^[^\r\n]*$/;
  if (![parts.subject, parts.messageId].every((value) => singleLine.test(value)) || !PRINTABLE_ASCII.test(parts.messageId)) return null;

  const subject = PRINTABLE_ASCII.test(parts.subject) ? parts.subject : mimeFuncs.encodeWords(parts.subject, "Q", 52);
  const boundary = `--_BrR-${BOUNDARY_BASE}-${(boundaryCounter++).toString(36)}`;
  const raw = [
    header("From", from.header),
    header("To", to.header),
    ...(replyTo ? [header("Reply-To", replyTo.header)] : []),
    header("Subject", subject),
    header("Message-ID", parts.messageId),
    `Date: ${(parts.date ?? new Date()).toUTCString().replace(/GMT/, "+0000")}`,
    "MIME-Version: 1.0",
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    "",
    `--${boundary}`,
    body("text/plain", parts.text),
    `--${boundary}`,
    body("text/html", parts.html),
    `--${boundary}--`,
    "",
  ].join("\r\n");
  return { envelope: { from: from.address, to: [to.address] }, raw };
}
