/**
 * The first `max` characters of `text`, counted in code points, so that a cut never splits an
 * emoji or any other astral character into a lone surrogate (which Postgres and Prisma refuse).
 */
export function truncate(text: string, max: number, ellipsis = ""): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return chars.slice(0, Math.max(0, max - ellipsis.length)).join("") + ellipsis;
}

/** Text for an HTML e-mail body or attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
