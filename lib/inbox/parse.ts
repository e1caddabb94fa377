// One e-mail's source (an .eml file, a pasted "Show original", an IMAP fetch) read into what the
// classifier and the matcher need. Bad input is an answer, never a throw: a message for the user.
import { createHash } from "node:crypto";
import { simpleParser, type AddressObject } from "mailparser";
import { MAX_EMAIL_BYTES, READ_BYTES } from "./limits";

export { MAX_EMAIL_BYTES, READ_BYTES };

// Headers kept with a proposal: what decides bulk mail and auto-replies, and nothing personal.
const KEPT_HEADERS = ["list-unsubscribe", "list-id", "precedence", "auto-submitted", "x-autoreply", "x-autorespond"] as const;

export type ParsedEmail = {
  messageId: string;
  from: { address: string | null; name: string | null };
  replyTo: string | null;
  subject: string;
  date: Date;
  text: string;
  headers: Partial<Record<(typeof KEPT_HEADERS)[number], string>>;
};

export type ParseResult = { ok: true; email: ParsedEmail } | { ok: false; message: string };

const NOT_AN_EMAIL =
  "This does not look like an email. Paste the whole message with its headers (in most mail programs: “Show original” or “View source”), or upload the .eml file.";

// A header block starts the source: "Name: value" lines, with at least one of these among them.
function looksLikeMime(head: string): boolean {
  const block = head.replace(/^\uFEFF/, "").replace(/^\s+/, "").split(/\r?\n\r?\n/, 1)[0] ?? "";
  const firstLine = block.split(/\r?\n/, 1)[0] ?? "";
  if (!/^[!-9;-~]+:/.test(firstLine) && !/^From \S+/.test(firstLine)) return false;
  return /^(from|date|subject|message-id|received|return-path|mime-version):/im.test(block);
}

function firstAddress(value: AddressObject | AddressObject[] | undefined) {
  const object = Array.isArray(value) ? value[0] : value;
  const entry = object?.value.find((item) => item.address) ?? object?.value[0];
  if (!entry) return null;
  return { address: entry.address?.trim().toLowerCase() || null, name: entry.name?.trim() || null };
}

const clean = (text: string) => text.replaceAll("\u0000", "").replace(/[\uD800-\uDFFF]/g, (char, index, whole) => {
  // Keep surrogate pairs, drop lone halves (Postgres refuses them).
  const code = char.charCodeAt(0);
  const next = whole.charCodeAt(index + 1);
  const previous = whole.charCodeAt(index - 1);
  if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) return char;
  if (code >= 0xdc00 && previous >= 0xd800 && previous <= 0xdbff) return char;
  return "";
});

/** Reads one message. `source` is the raw RFC 5322 text (bytes or a string). */
export async function parseEmail(source: Buffer | string): Promise<ParseResult> {
  const bytes = typeof source === "string" ? Buffer.from(source, "utf8") : source;
  if (bytes.length === 0) return { ok: false, message: "The email is empty." };
  if (bytes.length > MAX_EMAIL_BYTES) return { ok: false, message: `This email is larger than ${MAX_EMAIL_BYTES / 1024 / 1024} MB; Bridges reads messages up to that size.` };
  const head = bytes.subarray(0, READ_BYTES);
  if (!looksLikeMime(head.subarray(0, 64 * 1024).toString("latin1"))) return { ok: false, message: NOT_AN_EMAIL };

  let parsed: Awaited<ReturnType<typeof simpleParser>>;
  try {
    parsed = await simpleParser(head, { skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true, maxHtmlLengthToParse: 1024 * 1024 });
  } catch {
    return { ok: false, message: "This email could not be read: its structure is broken. Try saving it again from your mail program." };
  }

  const from = firstAddress(parsed.from);
  if (!from?.address) return { ok: false, message: "This email has no sender (no From line), so Bridges cannot tell who wrote it." };
  // mailparser puts "now" in place of a Date line it cannot read; the line itself must parse.
  const dateLine = parsed.headerLines.find((line) => line.key === "date")?.line.replace(/^date:\s*/i, "").replace(/\([^)]*\)/g, "").trim();
  if (!dateLine || Number.isNaN(Date.parse(dateLine)) || !parsed.date || Number.isNaN(parsed.date.getTime())) {
    return { ok: false, message: "This email has no date (no Date line), so Bridges cannot tell when it arrived." };
  }

  const headers: ParsedEmail["headers"] = {};
  for (const line of parsed.headerLines) {
    const key = line.key as (typeof KEPT_HEADERS)[number];
    if (KEPT_HEADERS.includes(key)) headers[key] = clean(line.line.slice(line.line.indexOf(":") + 1).trim()).slice(0, 500);
  }

  const messageId = parsed.messageId?.trim().slice(0, 300) || `<${createHash("sha256").update(bytes).digest("hex")}@no-message-id.bridges>`;
  return {
    ok: true,
    email: {
      messageId: clean(messageId),
      from: { address: clean(from.address).slice(0, 254), name: from.name ? clean(from.name).slice(0, 200) : null },
      replyTo: firstAddress(parsed.replyTo)?.address?.slice(0, 254) ?? null,
      subject: clean(parsed.subject ?? "").slice(0, 500),
      date: parsed.date,
      text: clean(parsed.text ?? "").slice(0, 100_000),
      headers,
    },
  };
}
