// vCard 3.0 (RFC 2426), the version every address book imports. Written by hand: the format
// needs only escaping and line folding, not a dependency (docs/decisions/0004-csv-and-vcard.md).

export type VCardContact = {
  id: string;
  name: string;
  email?: string | null;
  phone?: string | null;
  linkedinUrl?: string | null;
  title?: string | null;
  company?: string | null;
  notes?: string | null;
  tags?: readonly string[];
  updatedAt?: Date;
};

/** Text value escaping (RFC 2426 §4): backslash, comma, semicolon and line breaks. */
export function escapeVCardText(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/\r\n|\r|\n/g, "\\n").replace(/,/g, "\\,").replace(/;/g, "\\;");
}

/** Folds a content line at 75 octets (RFC 2425 §5.8.1) without splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/** "Ana María López" → family "López", given "Ana María": a guess, as FN keeps the full name. */
function structuredName(name: string): string {
  const words = name.trim().split(/\s+/);
  const family = words.length > 1 ? words.pop()! : "";
  return [family, words.join(" "), "", "", ""].map(escapeVCardText).join(";");
}

export function toVCard(contact: VCardContact): string {
  const lines = ["BEGIN:VCARD", "VERSION:3.0", `UID:${escapeVCardText(contact.id)}`, `FN:${escapeVCardText(contact.name)}`, `N:${structuredName(contact.name)}`];
  if (contact.email) lines.push(`EMAIL;TYPE=INTERNET:${escapeVCardText(contact.email)}`);
  if (contact.phone) lines.push(`TEL:${escapeVCardText(contact.phone)}`);
  if (contact.company) lines.push(`ORG:${escapeVCardText(contact.company)}`);
  if (contact.title) lines.push(`TITLE:${escapeVCardText(contact.title)}`);
  if (contact.linkedinUrl) lines.push(`URL:${escapeVCardText(contact.linkedinUrl)}`);
  if (contact.tags?.length) lines.push(`CATEGORIES:${contact.tags.map(escapeVCardText).join(",")}`);
  if (contact.notes) lines.push(`NOTE:${escapeVCardText(contact.notes)}`);
  if (contact.updatedAt) lines.push(`REV:${contact.updatedAt.toISOString().replace(/\.\d{3}/, "")}`);
  lines.push("END:VCARD");
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
