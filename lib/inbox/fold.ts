// Text folding shared by the classifier and the matcher: rules are written once, in lower case
// and without accents, and read "Bewerbung", "BEWERBUNG" and "candidature reçue" alike.

/** Lower case, accents removed, ß → ss, curly quotes straightened, whitespace collapsed. */
export function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The body without what was quoted from earlier messages: lines starting with ">" and anything
 * after an "On … wrote:" / "Am … schrieb" / "Le … a écrit" / "El … escribió" / "-----Original Message-----" line.
 */
export function withoutQuotedReply(body: string): string {
  const lines = body.split(/\r?\n/);
  const kept: string[] = [];
  for (const line of lines) {
    const folded = fold(line);
    if (/^(on .{3,120} wrote:|am .{3,120} schrieb.{0,40}:|le .{3,120} a ecrit ?:|el .{3,120} escribio:|-{2,} ?(original message|urspr[u]ngliche nachricht|message d'origine|mensaje original) ?-{2,})$/.test(folded)) break;
    if (/^>/.test(line.trimStart())) continue;
    kept.push(line);
  }
  return kept.join("\n");
}

/**
 * Sentences of a text in their original spelling: paragraphs (blank lines) and list items break
 * them, a single line break inside a paragraph does not (mail wraps at 72 characters).
 */
export function sentences(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n|\n(?=\s*(?:[-*•]|\d+[.)])\s)/)
    .flatMap((paragraph) => paragraph.replace(/\s+/g, " ").split(/(?<=[.!?])\s+(?=[^a-z])/))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}
